/**
 * The console's rollups: reading what is new since the watermark and adding it to the counters.
 *
 * Watermark rule (per source: `event`, `event_error`): every row with record_time <= watermark is counted;
 * a row above it is counted exactly when its id is in `console_seen`. The refresh (services/console/
 * refresh-rollups.ts) moves the watermark only up to a settled horizon (now − a margin longer than any
 * capture transaction), so a capture that commits late is still above the watermark and still picked up.
 * Each batch is one transaction that first claims the watermark row with a compare-and-set: two refreshes
 * racing on the same rows cannot both count them (the loser updates nothing and rolls back).
 */
import type { Kysely } from 'kysely'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type {
  ConsoleFlowDayTable, ConsoleFlowMonthTable, ConsolePartyDayTable, ConsoleProductMonthTable, ConsolePartyMonthTable, ConsolePartySpanTable, ConsoleProductDayTable, ConsoleRegionDayTable,
} from '../console-schema.js'
import type { Database } from '../schema.js'

export type RollupSource = 'event' | 'event_error'

export interface RollupCursor {
  recordTime: string
  id: string
}

export interface NewEventRow {
  id: string
  recordTime: string
  eventTime: string
  partyId: string | null
  category: string | null
  findings: string
  regionCode: string | null
}

export interface NewErrorRow {
  id: string
  recordTime: string
  eventTime: string
  partyId: string | null
  category: string | null
  regionCode: string | null
}

export interface CustodyMovement {
  eventRowId: string
  role: string
  quantityMilli: number | null
  uom: string | null
  fromRegion: string | null
  toRegion: string | null
  productId: string | null
  productCategory: string | null
}

export type PartyDayRow = ConsolePartyDayTable
export type FlowDayRow = ConsoleFlowDayTable
export type ProductDayRow = ConsoleProductDayTable
export type RegionDayRow = ConsoleRegionDayTable
export type PartySpanRow = ConsolePartySpanTable
export type PartyMonthRow = ConsolePartyMonthTable
export type FlowMonthRow = ConsoleFlowMonthTable
export type ProductMonthRow = ConsoleProductMonthTable

/** A stale claim: another refresh moved the watermark first; the transaction must roll back. */
export class WatermarkMovedError extends Error {
  constructor() {
    super('console watermark moved by a concurrent refresh')
    this.name = 'WatermarkMovedError'
  }
}

const DERIVED_TABLES = [
  'console_party_day', 'console_flow_day', 'console_product_day', 'console_region_day', 'console_party_span', 'console_party_month', 'console_flow_month', 'console_product_month',
] as const
const PARTY_DAY_COUNTERS = ['events', 'complete', 'flagged', 'corrected', 'delay_5m', 'delay_1h', 'delay_6h', 'delay_24h', 'delay_72h', 'delay_7d', 'delay_late'] as const

export function createConsoleRollupRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'maxParameters'>) {
  const notSeen = (source: RollupSource, idColumn: 'event.id' | 'event_error.id') => ({ not, exists, selectFrom }: any) =>
    not(exists(selectFrom('console_seen').select('console_seen.row_id').where('console_seen.source', '=', source).whereRef('console_seen.row_id', '=', idColumn)))
  /** Rows after the cursor in (record_time, id) order; no cursor: every row (record_time is never empty). */
  const afterCursor = (table: 'event' | 'event_error', after: RollupCursor | undefined) => (eb: any) => after === undefined
    ? eb(`${table}.record_time`, '>', '')
    // The leading range keeps the scan on the (record_time, id) index from the cursor on.
    : eb.and([eb(`${table}.record_time`, '>=', after.recordTime), eb.or([eb(`${table}.record_time`, '>', after.recordTime), eb(`${table}.id`, '>', after.id)])])

  return {
    /** The newest row by (record_time, id): an index lookup that tells whether anything arrived. */
    async newestKey(source: RollupSource): Promise<string> {
      const row = await db.selectFrom(source).select([`${source}.record_time as record_time`, `${source}.id as id`]).orderBy(`${source}.record_time`, 'desc').orderBy(`${source}.id`, 'desc').limit(1).executeTakeFirst()
      return row ? `${row.record_time}|${row.id}` : ''
    },

    async watermark(source: RollupSource): Promise<string> {
      const row = await db.selectFrom('console_watermark').select('record_time').where('source', '=', source).executeTakeFirst()
      return row?.record_time ?? ''
    },

    /** Rows above the watermark, and how many of them are already counted: equal means nothing new. */
    async tailCounts(source: RollupSource, watermark: string): Promise<{ above: number; seen: number }> {
      const above = await db.selectFrom(source).select((eb) => eb.fn.countAll<number>().as('n')).where(`${source}.record_time`, '>', watermark).executeTakeFirstOrThrow()
      const seen = await db.selectFrom('console_seen').select((eb) => eb.fn.countAll<number>().as('n')).where('source', '=', source).where('record_time', '>', watermark).executeTakeFirstOrThrow()
      return { above: Number(above.n), seen: Number(seen.n) }
    },

    /** The newest counted row above the watermark (console_seen_time_idx), where the read path resumes. */
    async newestSeen(source: RollupSource, watermark: string): Promise<RollupCursor | undefined> {
      const row = await db.selectFrom('console_seen').select(['record_time', 'row_id']).where('source', '=', source).where('record_time', '>', watermark)
        .orderBy('record_time', 'desc').orderBy('row_id', 'desc').limit(1).executeTakeFirst()
      return row ? { recordTime: row.record_time, id: row.row_id } : undefined
    },

    /** Claims the watermark for this transaction: moves it from `from` to `to`, or throws WatermarkMovedError. */
    async claimWatermark(source: RollupSource, from: string, to: string, at: string): Promise<void> {
      const result = await db.updateTable('console_watermark').set({ record_time: to, updated_at: at })
        .where('source', '=', source).where('record_time', '=', from).executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) throw new WatermarkMovedError()
    },

    async newEvents(watermark: string, after: RollupCursor | undefined, limit: number): Promise<NewEventRow[]> {
      const rows = await db.selectFrom('event').leftJoin('party', 'party.id', 'event.party_id')
        .select(['event.id', 'event.record_time', 'event.event_time', 'event.party_id', 'event.category', 'event.findings', 'party.region_code'])
        .where('event.record_time', '>', watermark)
        .where(afterCursor('event', after))
        .where(notSeen('event', 'event.id'))
        .orderBy('event.record_time').orderBy('event.id').limit(limit).execute()
      return rows.map((r) => ({ id: r.id, recordTime: r.record_time, eventTime: r.event_time, partyId: r.party_id, category: r.category, findings: r.findings, regionCode: r.region_code }))
    },

    async newErrorDeclarations(watermark: string, after: RollupCursor | undefined, limit: number): Promise<NewErrorRow[]> {
      const rows = await db.selectFrom('event_error').innerJoin('event', 'event.id', 'event_error.event_row_id').leftJoin('party', 'party.id', 'event.party_id')
        .select(['event_error.id', 'event_error.record_time', 'event.event_time', 'event.party_id', 'event.category', 'party.region_code'])
        .where('event_error.record_time', '>', watermark)
        .where(afterCursor('event_error', after))
        .where(notSeen('event_error', 'event_error.id'))
        .orderBy('event_error.record_time').orderBy('event_error.id').limit(limit).execute()
      return rows.map((r) => ({ id: r.id, recordTime: r.record_time, eventTime: r.event_time, partyId: r.party_id, category: r.category, regionCode: r.region_code }))
    },

    /** Custody rows of the events, with both ends' regions and the unit's product. */
    async movementsOf(eventRowIds: string[]): Promise<CustodyMovement[]> {
      const movements: CustodyMovement[] = []
      for (const chunk of chunkRows(eventRowIds, 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('custody')
          .leftJoin('party as sender', 'sender.id', 'custody.party_id')
          .leftJoin('party as receiver', 'receiver.id', 'custody.counterparty_id')
          .leftJoin('trace_unit', 'trace_unit.id', 'custody.unit_id')
          .leftJoin('product', 'product.id', 'trace_unit.product_id')
          .select(['custody.event_row_id', 'custody.role', 'custody.quantity_milli', 'custody.uom', 'sender.region_code as from_region', 'receiver.region_code as to_region', 'product.id as product_id', 'product.category as product_category'])
          .where('custody.event_row_id', 'in', chunk).execute()
        for (const r of rows) {
          movements.push({
            eventRowId: r.event_row_id, role: r.role, quantityMilli: r.quantity_milli === null ? null : Number(r.quantity_milli), uom: r.uom,
            fromRegion: r.from_region, toRegion: r.to_region, productId: r.product_id, productCategory: r.product_category,
          })
        }
      }
      return movements
    },

    async addPartyDays(rows: PartyDayRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 15, dialect.maxParameters)) {
        await db.insertInto('console_party_day').values(chunk)
          .onConflict((oc) => oc.columns(['day', 'party_id', 'category']).doUpdateSet((eb) => Object.fromEntries(
            PARTY_DAY_COUNTERS.map((c) => [c, eb(eb.ref(`console_party_day.${c}`), '+', eb.ref(`excluded.${c}`))]),
          ))).execute()
      }
    },

    async addFlowDays(rows: FlowDayRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 7, dialect.maxParameters)) {
        await db.insertInto('console_flow_day').values(chunk)
          .onConflict((oc) => oc.columns(['day', 'from_region', 'to_region', 'category', 'uom']).doUpdateSet((eb) => ({
            movements: eb(eb.ref('console_flow_day.movements'), '+', eb.ref('excluded.movements')),
            quantity_milli: eb(eb.ref('console_flow_day.quantity_milli'), '+', eb.ref('excluded.quantity_milli')),
          }))).execute()
      }
    },

    async addProductDays(rows: ProductDayRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 5, dialect.maxParameters)) {
        await db.insertInto('console_product_day').values(chunk)
          .onConflict((oc) => oc.columns(['day', 'product_id', 'region_code']).doUpdateSet((eb) => ({
            events: eb(eb.ref('console_product_day.events'), '+', eb.ref('excluded.events')),
          }))).execute()
      }
    },

    async addRegionDays(rows: RegionDayRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 4, dialect.maxParameters)) {
        await db.insertInto('console_region_day').values(chunk)
          .onConflict((oc) => oc.columns(['day', 'region_code', 'category']).doUpdateSet((eb) => ({
            events: eb(eb.ref('console_region_day.events'), '+', eb.ref('excluded.events')),
          }))).execute()
      }
    },

    /** Widens each party × category's span of reporting days to take in the new ones. */
    async widenPartySpans(rows: PartySpanRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 5, dialect.maxParameters)) {
        await db.insertInto('console_party_span').values(chunk)
          .onConflict((oc) => oc.columns(['party_id', 'category']).doUpdateSet((eb) => ({
            first_day: eb.case().when('excluded.first_day', '<', eb.ref('console_party_span.first_day')).then(eb.ref('excluded.first_day')).else(eb.ref('console_party_span.first_day')).end(),
            last_day: eb.case().when('excluded.last_day', '>', eb.ref('console_party_span.last_day')).then(eb.ref('excluded.last_day')).else(eb.ref('console_party_span.last_day')).end(),
          }))).execute()
      }
    },

    async addPartyMonths(rows: PartyMonthRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 15, dialect.maxParameters)) {
        await db.insertInto('console_party_month').values(chunk)
          .onConflict((oc) => oc.columns(['month', 'party_id', 'category']).doUpdateSet((eb) => Object.fromEntries(
            PARTY_DAY_COUNTERS.map((c) => [c, eb(eb.ref(`console_party_month.${c}`), '+', eb.ref(`excluded.${c}`))]),
          ))).execute()
      }
    },

    async addFlowMonths(rows: FlowMonthRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 7, dialect.maxParameters)) {
        await db.insertInto('console_flow_month').values(chunk)
          .onConflict((oc) => oc.columns(['month', 'from_region', 'to_region', 'category', 'uom']).doUpdateSet((eb) => ({
            movements: eb(eb.ref('console_flow_month.movements'), '+', eb.ref('excluded.movements')),
            quantity_milli: eb(eb.ref('console_flow_month.quantity_milli'), '+', eb.ref('excluded.quantity_milli')),
          }))).execute()
      }
    },

    async addProductMonths(rows: ProductMonthRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, 5, dialect.maxParameters)) {
        await db.insertInto('console_product_month').values(chunk)
          .onConflict((oc) => oc.columns(['month', 'product_id', 'region_code']).doUpdateSet((eb) => ({
            events: eb(eb.ref('console_product_month.events'), '+', eb.ref('excluded.events')),
          }))).execute()
      }
    },

    /** Empties every derived table and sets the watermarks back: the next refresh counts everything again. */
    async clearRollups(): Promise<void> {
      for (const table of DERIVED_TABLES) await db.deleteFrom(table).execute()
      await db.deleteFrom('console_seen').execute()
      await db.updateTable('console_watermark').set({ record_time: '' }).execute()
    },

    /** Every derived row, table by table in a fixed order (quantities as numbers): what a check compares. */
    async derivedRows(): Promise<Record<string, Record<string, unknown>[]>> {
      const rows: Record<string, Record<string, unknown>[]> = {}
      for (const table of DERIVED_TABLES) {
        const found = await db.selectFrom(table).selectAll().execute() as Record<string, unknown>[]
        rows[table] = found.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'quantity_milli' ? Number(v) : v])))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      }
      return rows
    },

    /** Marks rows above the (new) watermark as counted and forgets the marks at or below it. */
    async markSeen(source: RollupSource, rows: { id: string; recordTime: string }[], watermark: string): Promise<void> {
      const above = rows.filter((r) => r.recordTime > watermark).map((r) => ({ source, row_id: r.id, record_time: r.recordTime }))
      for (const chunk of chunkRows(above, 3, dialect.maxParameters)) await db.insertInto('console_seen').values(chunk).execute()
      await db.deleteFrom('console_seen').where('source', '=', source).where('record_time', '<=', watermark).execute()
    },
  }
}

export type ConsoleRollupRepository = ReturnType<typeof createConsoleRollupRepository>
