/**
 * The demo's only source of randomness: sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through
 * splitmix32. Same seed → same sequence on every platform, so the demo data is reproducible; nothing here
 * reads Math.random or the clock.
 */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number, stream = 0) {
    let state = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    // sfc32 needs a few rounds before its output is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint32()
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  /** Uniform in [min, max) rounded to `decimals` places. */
  decimal(min: number, max: number, decimals: number): number {
    const factor = 10 ** decimals
    return Math.round((min + this.float() * (max - min)) * factor) / factor
  }

  chance(probability: number): boolean {
    return this.float() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.float() * items.length)]
  }

  /** One entry, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.float() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return entries[entries.length - 1][0]
  }

  /** `count` distinct entries in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items]
    const n = Math.min(count, copy.length)
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.float() * (copy.length - i))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy.slice(0, n)
  }

  /**
   * Splits a whole number of steps (e.g. tenths of a kilogram) into `parts` positive shares that add up
   * exactly, each at least `minShare` of an even split, so quantities always balance.
   */
  split(total: number, parts: number, minShare = 0.5): number[] {
    if (parts <= 1) return [total]
    const floor = Math.max(1, Math.floor((total / parts) * minShare))
    if (floor * parts > total) throw new Error(`cannot split ${total} into ${parts} shares`)
    const weights = Array.from({ length: parts }, () => 0.2 + this.float())
    const sum = weights.reduce((a, b) => a + b, 0)
    const spare = total - floor * parts
    const shares = weights.map((w) => floor + Math.floor((spare * w) / sum))
    shares[0] += total - shares.reduce((a, b) => a + b, 0)
    return shares
  }
}
