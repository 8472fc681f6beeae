/**
 * Streams the demo into the database: master data first, then chain after chain. Events wait in a window
 * of at most GENERATION_WINDOW (about 10 k, so memory stays flat at any size); when it fills, the units its
 * events name are registered in one transaction and the events are captured through `captureEvents` in
 * batches of CAPTURE_BATCH, exactly as an enterprise system would send them.
 */
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { CategoryCode } from '../../domain/categories.js'
import { captureEvents } from '../capture/capture-events.js'
import type { Clock } from '../clock.js'
import type { Log } from '../log.js'
import type { Store } from '../../storage/store.js'
import { createCatalogue, demoScale } from './catalogue/catalogue.js'
import { ChainKit, type EventOut } from './chain-kit.js'
import { CHAIN_KINDS, type ChainSample } from './chains/index.js'
import { IdentityRegistry } from './identity.js'
import { CITIES, CITY_KEYS, type CityKey } from './places.js'
import { Random } from './random.js'
import { Scheduler } from './scheduler.js'
import { codeOf, UnitRegistry, type DemoUnit } from './units.js'

export const CAPTURE_BATCH = 1000
const GENERATION_WINDOW = CAPTURE_BATCH
const PROGRESS_EVERY = 100_000
/** Events spread over the days before the clock's now. */
export const DEMO_WINDOW_DAYS = 60
const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
/** Random streams of one seed: catalogue, identifiers, schedule, then one per chain. */
const STREAM = { identifiers: 1, catalogue: 2, schedule: 3, chains: 1000 } as const

export interface DemoDeps {
  store: Store
  clock: Clock
  log: Log
  /** GB/T 2260 code of the platform: the issuer part of the platform codes the demo gets. */
  platformRegion: string
}

export interface DemoOptions {
  events: number
  seed: number
}

/** A complete chain of each kind: a code at its start and one that reached consumers or users. */
export interface DemoSample {
  chain: string
  category: CategoryCode
  rootCode: string
  endCode: string
}

export interface DemoSummary {
  parties: number
  products: number
  events: number
  samples: DemoSample[]
}

class EventWindow implements EventOut {
  accepted = 0
  pending: (() => Record<string, unknown>)[] = []

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.accepted >= this.limit
  }

  accept(units: DemoUnit[], render: () => Record<string, unknown>): boolean {
    if (this.full) return false
    for (const unit of units) unit.used = true
    this.pending.push(render)
    this.accepted++
    return true
  }
}

/**
 * A full collection whenever the heap passes this budget keeps the load's memory flat: its live heap stays
 * near 25 MB, but V8 otherwise lets garbage grow past 100 MB before its first full collection, which is
 * what pushed the process over its 300 MB budget. `--expose-gc` set at run time reaches V8 through a
 * fresh context.
 */
const HEAP_BUDGET_BYTES = 64 * 1024 * 1024

function exposeGc(): (() => void) | undefined {
  v8.setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  return typeof gc === 'function' ? (gc as () => void) : undefined
}

/**
 * better-sqlite3 answers synchronously, so a load would otherwise never leave the microtask queue: timers,
 * signals and V8's idle-time garbage collection wait until it ends.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export async function generateDemo(deps: DemoDeps, options: DemoOptions): Promise<DemoSummary> {
  if (!Number.isInteger(options.events) || options.events < 0) throw new Error(`demo size must be a whole number of events, got ${options.events}`)
  // Whole minutes: the same clock reading always gives the same times, and none lies ahead of the clock.
  const nowMs = Math.floor(Date.parse(deps.clock.now()) / MINUTE_MS) * MINUTE_MS
  const ids = new IdentityRegistry(new Random(options.seed, STREAM.identifiers))
  const masterData = { store: deps.store, clock: deps.clock, platformRegion: deps.platformRegion }
  const catalogue = await createCatalogue(masterData, new Random(options.seed, STREAM.catalogue), ids, demoScale(options.events), nowMs)
  const units = new UnitRegistry()
  const window = new EventWindow(options.events)
  const scheduler = new Scheduler(CHAIN_KINDS, new Random(options.seed, STREAM.schedule))
  const samples = new Map<string, { category: CategoryCode; sample: ChainSample }>()
  const cityWeights = CITY_KEYS.map((key): [CityKey, number] => [key, CITIES[key].weight])
  let captured = 0
  const collectGarbage = exposeGc()
  let nextProgress = PROGRESS_EVERY

  const flush = async (final: boolean) => {
    await units.issuePending(deps.store, masterData)
    while (window.pending.length >= CAPTURE_BATCH || (final && window.pending.length > 0)) {
      const batch = window.pending.splice(0, CAPTURE_BATCH).map((render) => render())
      const report = await captureEvents({ store: deps.store, clock: deps.clock, log: deps.log, captureLimit: CAPTURE_BATCH }, batch, '/events')
      if (report.created !== batch.length) deps.log.warn({ created: report.created, duplicates: report.duplicates, sent: batch.length }, 'demo batch held duplicate events')
      captured += report.created
      if (collectGarbage && v8.getHeapStatistics().used_heap_size > HEAP_BUDGET_BYTES) collectGarbage()
      await yieldToEventLoop()
      if (captured >= nextProgress) {
        deps.log.info({ events: captured, of: options.events }, 'demo data loading')
        nextProgress += PROGRESS_EVERY
      }
    }
  }

  for (let chain = 0; !window.full; chain++) {
    const kind = scheduler.next()
    const rng = new Random(options.seed, STREAM.chains + chain)
    const city = rng.weighted(cityWeights)
    const windowMs = DEMO_WINDOW_DAYS * DAY_MS
    const start = nowMs - windowMs + Math.floor(rng.float() * Math.max(0, windowMs - kind.spanDays * DAY_MS) / MINUTE_MS) * MINUTE_MS
    const kit = new ChainKit(window, units, rng, kind.category, start, nowMs)
    const before = window.accepted
    const sample = kind.build({ kit, catalogue, ids, rng, city })
    scheduler.record(kind, window.accepted - before)
    if (kit.complete && !samples.has(kind.name)) samples.set(kind.name, { category: kind.category, sample })
    if (window.pending.length >= GENERATION_WINDOW) await flush(false)
  }
  await flush(true)
  return {
    parties: catalogue.parties.length,
    products: catalogue.productCount,
    events: captured,
    samples: [...samples.entries()].map(([chain, { category, sample }]) => ({ chain, category, rootCode: codeOf(sample.root), endCode: codeOf(sample.end) })),
  }
}
