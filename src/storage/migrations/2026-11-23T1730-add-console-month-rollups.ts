/**
 * Frozen: monthly twins of `console_flow_day` and `console_product_day`, so that a long period (the
 * volumes' 90 days) reads its whole months from one row per month and only the days at its edges from the
 * daily tables (see docs/console.md). Counted with the daily tables, from the same watermark; they start as
 * sums of what the daily tables hold.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>, engine: 'sqlite' | 'postgres'): Promise<void> {
  const clustered = engine === 'sqlite' ? sql`without rowid` : sql``
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
  await sql`insert into console_flow_month (month, from_region, to_region, category, uom, movements, quantity_milli)
    select substr(day, 1, 7), from_region, to_region, category, uom, sum(movements), sum(quantity_milli) from console_flow_day
    group by substr(day, 1, 7), from_region, to_region, category, uom`.execute(db)
  await sql`insert into console_product_month (month, product_id, region_code, category, events)
    select substr(day, 1, 7), product_id, region_code, max(category), sum(events) from console_product_day
    group by substr(day, 1, 7), product_id, region_code`.execute(db)
}
