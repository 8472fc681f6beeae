/**
 * Which chain runs next: each kind once in catalogue order, then whichever kind is furthest below its
 * share of the events written so far (with a little seeded jitter, so kinds interleave irregularly).
 */
import type { ChainKind } from './chains/index.js'
import type { Random } from './random.js'

/** Events of jitter: enough to shuffle neighbours, too little to skew the shares. */
const JITTER_EVENTS = 40

export class Scheduler {
  private readonly emitted = new Map<ChainKind, number>()
  private total = 0
  private opened = 0

  constructor(private readonly kinds: readonly ChainKind[], private readonly rng: Random) {
    const shares = kinds.reduce((sum, k) => sum + k.share, 0)
    if (Math.abs(shares - 1) > 1e-9) throw new Error(`demo chain shares add up to ${shares}, not 1`)
  }

  next(): ChainKind {
    if (this.opened < this.kinds.length) return this.kinds[this.opened++]
    let best = this.kinds[0]
    let bestScore = -Infinity
    for (const kind of this.kinds) {
      const score = kind.share * this.total - (this.emitted.get(kind) ?? 0) + this.rng.float() * JITTER_EVENTS
      if (score > bestScore) {
        best = kind
        bestScore = score
      }
    }
    return best
  }

  record(kind: ChainKind, events: number): void {
    this.emitted.set(kind, (this.emitted.get(kind) ?? 0) + events)
    this.total += events
  }
}
