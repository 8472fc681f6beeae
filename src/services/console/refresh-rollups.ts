/**
 * Brings the console's rollups up to date from their watermark, without touching capture and without
 * rescanning the event table: each call reads only the events (and error declarations) recorded since
 * the watermark that are not yet counted, in batches of one short transaction each.
 *
 * The watermark only moves up to a settled horizon, `now − settleMs`: a capture transaction takes its
 * record time when it starts and may commit later, so rows just below "now" may still appear. Rows above
 * the watermark are counted once and remembered in `console_seen` until the horizon passes them.
 *
 * Two passes share that rule:
 * - `catchUpRollups` (every console read): when the newest row changed, counts only the rows after the
 *   newest one already counted (an index range from that key); the watermark stays. Its cost depends on
 *   what is new, never on the size of the tail above the watermark. Nothing new: one index lookup.
 * - `refreshRollups` (the background worker, src/workers/console-rollups.ts, and the bench's one-off
 *   build): also finds rows that committed late with an older record time, and moves the watermark up to
 *   the horizon (forgetting the marks below it). A pass that finds nothing new costs two index counts.
 */
import type { Clock } from '../clock.js'
import type { Log } from '../log.js'
import type { Repositories, Store } from '../../storage/store.js'
import {
  WatermarkMovedError, type FlowDayRow, type NewErrorRow, type NewEventRow, type PartyDayRow, type ProductDayRow, type RollupCursor, type RollupSource,
} from '../../storage/repositories/console-rollup-repository.js'
import { DELAY_COLUMNS, delayBucket, qualityOf, shanghaiDay } from './figures.js'

/** Longer than any capture transaction (the largest capture the API accepts takes well under a minute). */
export const SETTLE_MS = 120_000
const BATCH = 5000
/**
 * How often the worker makes a full pass. Between full passes a read only looks at the newest row (one
 * index lookup) and counts what is newer than the newest counted row: a capture that commits late with
 * an older record time is therefore counted by the worker's next full pass, within RECHECK_MS.
 */
export const RECHECK_MS = 5000
const lastChecks = new WeakMap<Store, Map<RollupSource, { newest: string; atMs: number }>>()

export interface RollupDeps {
  store: Store
  clock: Clock
  log?: Log
  settleMs?: number
  recheckMs?: number
  batchSize?: number
}

export interface RefreshReport {
  events: number
  errorDeclarations: number
}

const iso = (ms: number) => new Date(ms).toISOString()
const maxText = (a: string, b: string) => (a > b ? a : b)
const minText = (a: string, b: string) => (a < b ? a : b)

function emptyPartyDay(day: string, partyId: string, category: string, regionCode: string): PartyDayRow {
  const row = { day, party_id: partyId, category, region_code: regionCode, events: 0, complete: 0, flagged: 0, corrected: 0 } as PartyDayRow
  for (const column of DELAY_COLUMNS) row[column] = 0
  return row
}

/** The party-day deltas summed up to a coarser key (region × day, party × month, party × category). */
function coarser<T>(rows: PartyDayRow[], key: (row: PartyDayRow) => string, start: (row: PartyDayRow) => T, add: (into: T, row: PartyDayRow) => void): T[] {
  const sums = new Map<string, T>()
  for (const row of rows) {
    const k = key(row)
    let into = sums.get(k)
    if (into === undefined) sums.set(k, (into = start(row)))
    add(into, row)
  }
  return [...sums.values()]
}

const PARTY_DAY_COUNTERS = ['events', 'complete', 'flagged', 'corrected', ...DELAY_COLUMNS] as const

/** Daily deltas summed per month: the same row without its day, zeroed, then added to. */
function monthly<R extends { day: string }>(rows: R[], key: (row: R) => string, add: (into: Omit<R, 'day'> & { month: string }, row: R) => void): (Omit<R, 'day'> & { month: string })[] {
  const sums = new Map<string, Omit<R, 'day'> & { month: string }>()
  for (const row of rows) {
    const month = row.day.slice(0, 7)
    const k = `${month}|${key(row)}`
    let into = sums.get(k)
    if (into === undefined) {
      const { day: _day, ...rest } = row
      const zeroed: Record<string, unknown> = { ...rest, month }
      for (const counter of ['movements', 'quantity_milli', ...PARTY_DAY_COUNTERS]) if (counter in zeroed) zeroed[counter] = 0
      into = zeroed as Omit<R, 'day'> & { month: string }
      sums.set(k, into)
    }
    add(into, row)
  }
  return [...sums.values()]
}

class Deltas {
  readonly partyDays = new Map<string, PartyDayRow>()
  readonly flows = new Map<string, FlowDayRow>()
  readonly products = new Map<string, ProductDayRow>()

  partyDay(day: string, partyId: string | null, category: string | null, regionCode: string | null): PartyDayRow {
    const key = `${day}|${partyId ?? ''}|${category ?? ''}`
    let row = this.partyDays.get(key)
    if (!row) this.partyDays.set(key, (row = emptyPartyDay(day, partyId ?? '', category ?? '', regionCode ?? '')))
    return row
  }

  flow(day: string, from: string, to: string, category: string, uom: string, quantityMilli: number): void {
    const key = `${day}|${from}|${to}|${category}|${uom}`
    const row = this.flows.get(key) ?? { day, from_region: from, to_region: to, category, uom, movements: 0, quantity_milli: 0 }
    row.movements += 1
    row.quantity_milli = Number(row.quantity_milli) + quantityMilli
    this.flows.set(key, row)
  }

  product(day: string, productId: string, regionCode: string, category: string): void {
    const key = `${day}|${productId}|${regionCode}`
    const row = this.products.get(key) ?? { day, product_id: productId, region_code: regionCode, category, events: 0 }
    row.events += 1
    this.products.set(key, row)
  }

  async save(tx: Repositories): Promise<void> {
    const partyDays = [...this.partyDays.values()]
    await tx.consoleRollups.addPartyDays(partyDays)
    await tx.consoleRollups.addRegionDays(coarser(partyDays, (r) => `${r.day}|${r.region_code}|${r.category}`, (r) => ({ day: r.day, region_code: r.region_code, category: r.category, events: 0 }), (into, r) => { into.events += r.events }))
    await tx.consoleRollups.addPartyMonths(monthly(partyDays, (r) => `${r.party_id}|${r.category}`, (into, r) => { for (const c of PARTY_DAY_COUNTERS) into[c] += r[c] }))
    await tx.consoleRollups.widenPartySpans(coarser(partyDays.filter((r) => r.party_id !== ''), (r) => `${r.party_id}|${r.category}`,
      (r) => ({ party_id: r.party_id, category: r.category, region_code: r.region_code, first_day: r.day, last_day: r.day }),
      (into, r) => { into.first_day = minText(into.first_day, r.day); into.last_day = maxText(into.last_day, r.day) }))
    const flows = [...this.flows.values()]
    const products = [...this.products.values()]
    await tx.consoleRollups.addFlowDays(flows)
    await tx.consoleRollups.addProductDays(products)
    await tx.consoleRollups.addFlowMonths(monthly(flows, (r) => `${r.from_region}|${r.to_region}|${r.category}|${r.uom}`, (into, r) => {
      into.movements += r.movements
      into.quantity_milli = Number(into.quantity_milli) + Number(r.quantity_milli)
    }))
    await tx.consoleRollups.addProductMonths(monthly(products, (r) => `${r.product_id}|${r.region_code}`, (into, r) => { into.events += r.events }))
  }
}

async function countEvents(tx: Repositories, rows: NewEventRow[], deltas: Deltas): Promise<void> {
  const byId = new Map(rows.map((r) => [r.id, r]))
  for (const row of rows) {
    const counters = deltas.partyDay(shanghaiDay(row.eventTime), row.partyId, row.category, row.regionCode)
    const quality = qualityOf(row.findings)
    counters.events += 1
    if (quality.complete) counters.complete += 1
    if (quality.flagged) counters.flagged += 1
    counters[delayBucket(row.eventTime, row.recordTime)] += 1
  }
  const productsSeen = new Set<string>()
  for (const movement of await tx.consoleRollups.movementsOf(rows.map((r) => r.id))) {
    const event = byId.get(movement.eventRowId)
    if (!event) continue
    const day = shanghaiDay(event.eventTime)
    const category = movement.productCategory ?? event.category ?? ''
    if (movement.role === 'shipped') deltas.flow(day, movement.fromRegion ?? event.regionCode ?? '', movement.toRegion ?? '', category, movement.uom ?? '', movement.quantityMilli ?? 0)
    const productKey = `${event.id}|${movement.productId}`
    if (movement.productId && !productsSeen.has(productKey)) {
      productsSeen.add(productKey)
      deltas.product(day, movement.productId, event.regionCode ?? '', category)
    }
  }
}

function countDeclarations(rows: NewErrorRow[], deltas: Deltas): void {
  for (const row of rows) deltas.partyDay(shanghaiDay(row.eventTime), row.partyId, row.category, row.regionCode).corrected += 1
}

interface SourceSpec<R extends { id: string; recordTime: string }> {
  source: RollupSource
  read(tx: Repositories, watermark: string, after: RollupCursor | undefined, limit: number): Promise<R[]>
  count(tx: Repositories, rows: R[], deltas: Deltas): Promise<void>
}

const EVENTS: SourceSpec<NewEventRow> = { source: 'event', read: (tx, w, a, l) => tx.consoleRollups.newEvents(w, a, l), count: countEvents }
const DECLARATIONS: SourceSpec<NewErrorRow> = {
  source: 'event_error', read: (tx, w, a, l) => tx.consoleRollups.newErrorDeclarations(w, a, l), count: async (_tx, rows, deltas) => countDeclarations(rows, deltas),
}

type Pass = 'full' | 'new'

async function refreshSource<R extends { id: string; recordTime: string }>(deps: RollupDeps, spec: SourceSpec<R>, pass: Pass): Promise<number> {
  const { store } = deps
  const now = deps.clock.now()
  const batch = deps.batchSize ?? BATCH
  // Fast path: nothing newer than at the last check (a full pass: made less than RECHECK_MS ago).
  const newest = await store.consoleRollups.newestKey(spec.source)
  const checks = lastChecks.get(store) ?? new Map<RollupSource, { newest: string; atMs: number }>()
  lastChecks.set(store, checks)
  const last = checks.get(spec.source)
  if (last && last.newest === newest && (pass === 'new' || performance.now() - last.atMs < (deps.recheckMs ?? RECHECK_MS))) return 0
  if (pass === 'new') return countNewest(deps, spec, newest, checks)
  let watermark = await store.consoleRollups.watermark(spec.source)
  const horizon = maxText(watermark, iso(Date.parse(now) - (deps.settleMs ?? SETTLE_MS)))
  const tail = await store.consoleRollups.tailCounts(spec.source, watermark)
  if (tail.above === tail.seen) {
    // Nothing new: only move the watermark (and forget the marks below it), without reading events.
    if (tail.seen > 0 && horizon > watermark) {
      await store.transaction(async (tx) => {
        await tx.consoleRollups.claimWatermark(spec.source, watermark, horizon, now)
        await tx.consoleRollups.markSeen(spec.source, [], horizon)
      })
    }
    checks.set(spec.source, { newest, atMs: performance.now() })
    return 0
  }
  let cursor: RollupCursor | undefined
  let counted = 0
  for (;;) {
    const from = watermark
    const step = await store.transaction(async (tx) => {
      await tx.consoleRollups.claimWatermark(spec.source, from, from, now)
      const rows = await spec.read(tx, from, cursor, batch)
      const last = rows.at(-1)
      const full = rows.length === batch
      // A full batch may stop inside a run of rows sharing one record time: the watermark stays below it.
      const next = full && last ? maxText(from, minText(horizon, iso(Date.parse(last.recordTime) - 1))) : horizon
      const deltas = new Deltas()
      await spec.count(tx, rows, deltas)
      await deltas.save(tx)
      await tx.consoleRollups.markSeen(spec.source, rows, next)
      if (next !== from) await tx.consoleRollups.claimWatermark(spec.source, from, next, now)
      return { rows: rows.length, next, full, last }
    })
    counted += step.rows
    watermark = step.next
    cursor = step.last ? { recordTime: step.last.recordTime, id: step.last.id } : cursor
    if (!step.full) {
      checks.set(spec.source, { newest, atMs: performance.now() })
      return counted
    }
  }
}

/**
 * The read path's pass: counts the rows after the newest counted one (above the watermark), batch by
 * batch, leaving the watermark where it is. Each batch claims the watermark row first, so a concurrent
 * pass waits and then starts after what this one counted.
 */
async function countNewest<R extends { id: string; recordTime: string }>(deps: RollupDeps, spec: SourceSpec<R>, newest: string, checks: Map<RollupSource, { newest: string; atMs: number }>): Promise<number> {
  const { store } = deps
  const now = deps.clock.now()
  const batch = deps.batchSize ?? BATCH
  let counted = 0
  for (;;) {
    const step = await store.transaction(async (tx) => {
      const watermark = await tx.consoleRollups.watermark(spec.source)
      await tx.consoleRollups.claimWatermark(spec.source, watermark, watermark, now)
      const after = await tx.consoleRollups.newestSeen(spec.source, watermark)
      const rows = await spec.read(tx, watermark, after, batch)
      const deltas = new Deltas()
      await spec.count(tx, rows, deltas)
      await deltas.save(tx)
      await tx.consoleRollups.markSeen(spec.source, rows, watermark)
      return { rows: rows.length, full: rows.length === batch }
    })
    counted += step.rows
    if (!step.full) {
      // Not a full check: the next full pass still looks for late commits.
      checks.set(spec.source, { newest, atMs: checks.get(spec.source)?.atMs ?? Number.NEGATIVE_INFINITY })
      return counted
    }
  }
}

async function runPasses(deps: RollupDeps, pass: Pass): Promise<RefreshReport> {
  try {
    const events = await refreshSource(deps, EVENTS, pass)
    const errorDeclarations = await refreshSource(deps, DECLARATIONS, pass)
    if (events + errorDeclarations > 0) deps.log?.debug({ events, errorDeclarations }, 'console rollups refreshed')
    return { events, errorDeclarations }
  } catch (error) {
    if (error instanceof WatermarkMovedError) return { events: 0, errorDeclarations: 0 }
    throw error
  }
}

/** The full pass: counts what is new, late commits included, and moves the watermark to the horizon. */
export function refreshRollups(deps: RollupDeps): Promise<RefreshReport> {
  return runPasses(deps, 'full')
}

/** The read path's pass: counts the rows recorded after the newest one already counted (see above). */
export function catchUpRollups(deps: RollupDeps): Promise<RefreshReport> {
  return runPasses(deps, 'new')
}

/** Rebuilds the rollups from the events (they are derived tables): empties them, then one full pass. */
export async function rebuildRollups(deps: RollupDeps): Promise<RefreshReport> {
  await deps.store.transaction((tx) => tx.consoleRollups.clearRollups())
  lastChecks.delete(deps.store)
  return refreshRollups(deps)
}
