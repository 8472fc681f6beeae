/**
 * Frozen: coarser console rollups, so that each console figure reads rows per region, per party or per
 * month instead of per party × day (see docs/console.md):
 *
 * - `console_region_day`: events per day × county × category (events per day, days with a report);
 * - `console_party_span`: per party × category, the first and last day it reported (who is active);
 * - `console_party_month`, `console_flow_month`, `console_product_month`: the monthly twins of
 *   `console_party_day`, `console_flow_day` and `console_product_day` (period sums: whole months from one
 *   row per month, the days at a period's edges from the daily tables).
 *
 * Like the tables of 2026-11-23T1640-create-console they are derived and counted from the same watermark,
 * in the same transaction as the daily tables; they start as sums of what the daily tables hold.
 */
import { sql, type Kysely } from 'kysely'

const PARTY_COUNTERS = ['events', 'complete', 'flagged', 'corrected', 'delay_5m', 'delay_1h', 'delay_6h', 'delay_24h', 'delay_72h', 'delay_7d', 'delay_late'] as const

export async function up(db: Kysely<any>, engine: 'sqlite' | 'postgres'): Promise<void> {
  const clustered = engine === 'sqlite' ? sql`without rowid` : sql``
  await db.schema.createTable('console_region_day')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_region_day_pk', ['day', 'region_code', 'category'])
    .modifyEnd(clustered)
    .execute()
  await db.schema.createTable('console_party_span')
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('first_day', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_party_span_pk', ['party_id', 'category'])
    .modifyEnd(clustered)
    .execute()
  await db.schema.createIndex('console_party_span_last_idx').on('console_party_span').columns(['last_day', 'region_code']).execute()
  let partyMonth = db.schema.createTable('console_party_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
  for (const column of PARTY_COUNTERS) partyMonth = partyMonth.addColumn(column, 'integer', (c) => c.notNull())
  await partyMonth.addPrimaryKeyConstraint('console_party_month_pk', ['month', 'party_id', 'category']).modifyEnd(clustered).execute()
  await db.schema.createTable('console_flow_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('from_region', 'text', (c) => c.notNull())
    .addColumn('to_region', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('uom', 'text', (c) => c.notNull())
    .addColumn('movements', 'integer', (c) => c.notNull())
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_flow_month_pk', ['month', 'from_region', 'to_region', 'category', 'uom'])
    .modifyEnd(clustered)
    .execute()
  await db.schema.createTable('console_product_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_product_month_pk', ['month', 'product_id', 'region_code'])
    .modifyEnd(clustered)
    .execute()

  await sql`insert into console_region_day (day, region_code, category, events)
    select day, region_code, category, sum(events) from console_party_day group by day, region_code, category`.execute(db)
  await sql`insert into console_party_span (party_id, category, region_code, first_day, last_day)
    select party_id, category, max(region_code), min(day), max(day) from console_party_day where party_id <> '' group by party_id, category`.execute(db)
  const counters = sql.join(PARTY_COUNTERS.map((c) => sql.ref(c)))
  const sums = sql.join(PARTY_COUNTERS.map((c) => sql`sum(${sql.ref(c)})`))
  await sql`insert into console_party_month (month, party_id, category, region_code, ${counters})
    select substr(day, 1, 7), party_id, category, max(region_code), ${sums} from console_party_day group by substr(day, 1, 7), party_id, category`.execute(db)
  await sql`insert into console_flow_month (month, from_region, to_region, category, uom, movements, quantity_milli)
    select substr(day, 1, 7), from_region, to_region, category, uom, sum(movements), sum(quantity_milli) from console_flow_day
    group by substr(day, 1, 7), from_region, to_region, category, uom`.execute(db)
  await sql`insert into console_product_month (month, product_id, region_code, category, events)
    select substr(day, 1, 7), product_id, region_code, max(category), sum(events) from console_product_day
    group by substr(day, 1, 7), product_id, region_code`.execute(db)
}
