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
import type { ExpressionBuilder, Kysely } from 'kysely'

const PARTY_COUNTERS = ['events', 'complete', 'flagged', 'corrected', 'delay_5m', 'delay_1h', 'delay_6h', 'delay_24h', 'delay_72h', 'delay_7d', 'delay_late'] as const

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('console_region_day')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_region_day_pk', ['day', 'region_code', 'category'])
    .execute()
  await db.schema.createTable('console_party_span')
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('first_day', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_party_span_pk', ['party_id', 'category'])
    .execute()
  await db.schema.createIndex('console_party_span_last_idx').on('console_party_span').columns(['last_day', 'region_code']).execute()
  let partyMonth = db.schema.createTable('console_party_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
  for (const column of PARTY_COUNTERS) partyMonth = partyMonth.addColumn(column, 'integer', (c) => c.notNull())
  await partyMonth.addPrimaryKeyConstraint('console_party_month_pk', ['month', 'party_id', 'category']).execute()
  await db.schema.createTable('console_flow_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('from_region', 'text', (c) => c.notNull())
    .addColumn('to_region', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('uom', 'text', (c) => c.notNull())
    .addColumn('movements', 'integer', (c) => c.notNull())
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_flow_month_pk', ['month', 'from_region', 'to_region', 'category', 'uom'])
    .execute()
  await db.schema.createTable('console_product_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_product_month_pk', ['month', 'product_id', 'region_code'])
    .execute()

  const month = (eb: ExpressionBuilder<any, any>) => eb.fn<string>('substr', ['day', eb.lit(1), eb.lit(7)])
  await db.insertInto('console_region_day').columns(['day', 'region_code', 'category', 'events'])
    .expression(db.selectFrom('console_party_day').select((eb) => ['day', 'region_code', 'category', eb.fn.sum('events').as('events')]).groupBy(['day', 'region_code', 'category'])).execute()
  await db.insertInto('console_party_span').columns(['party_id', 'category', 'region_code', 'first_day', 'last_day'])
    .expression(db.selectFrom('console_party_day').where('party_id', '<>', '')
      .select((eb) => ['party_id', 'category', eb.fn.max('region_code').as('region_code'), eb.fn.min('day').as('first_day'), eb.fn.max('day').as('last_day')]).groupBy(['party_id', 'category'])).execute()
  await db.insertInto('console_party_month').columns(['month', 'party_id', 'category', 'region_code', ...PARTY_COUNTERS])
    .expression(db.selectFrom('console_party_day')
      .select((eb) => [month(eb).as('month'), 'party_id', 'category', eb.fn.max('region_code').as('region_code'), ...PARTY_COUNTERS.map((c) => eb.fn.sum(c).as(c))])
      .groupBy([month, 'party_id', 'category'])).execute()
  await db.insertInto('console_flow_month').columns(['month', 'from_region', 'to_region', 'category', 'uom', 'movements', 'quantity_milli'])
    .expression(db.selectFrom('console_flow_day')
      .select((eb) => [month(eb).as('month'), 'from_region', 'to_region', 'category', 'uom', eb.fn.sum('movements').as('movements'), eb.fn.sum('quantity_milli').as('quantity_milli')])
      .groupBy([month, 'from_region', 'to_region', 'category', 'uom'])).execute()
  await db.insertInto('console_product_month').columns(['month', 'product_id', 'region_code', 'category', 'events'])
    .expression(db.selectFrom('console_product_day')
      .select((eb) => [month(eb).as('month'), 'product_id', 'region_code', eb.fn.max('category').as('category'), eb.fn.sum('events').as('events')])
      .groupBy([month, 'product_id', 'region_code'])).execute()
}
