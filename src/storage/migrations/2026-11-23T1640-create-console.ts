/**
 * Frozen: the supervision console's rollups (监管驾驶舱) and the operator's coverage targets.
 *
 * The rollups are derived tables (STYLE: derived tables may be rebuilt from events): counters per day ×
 * party × category, per day × from-region × to-region, per day × product × region, brought up to date from
 * a watermark on `event.record_time` (see src/storage/repositories/console-rollup-repository.ts). They are
 * the one place where counters are added to in place; the events they count stay append-only.
 *
 * - `console_watermark`: per source (`event`, `event_error`), every row with record_time <= `record_time`
 *   is counted; rows above it are counted exactly when their id is in `console_seen`.
 * - `console_target`: append-only history of coverage targets; the newest row per region × category × year
 *   is the one in force.
 */
import type { Kysely } from 'kysely'

const DELAY_COLUMNS = ['delay_5m', 'delay_1h', 'delay_6h', 'delay_24h', 'delay_72h', 'delay_7d', 'delay_late'] as const

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('console_watermark')
    .addColumn('source', 'text', (c) => c.primaryKey())
    .addColumn('record_time', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.insertInto('console_watermark').values([
    { source: 'event', record_time: '', updated_at: '' },
    { source: 'event_error', record_time: '', updated_at: '' },
  ]).execute()

  await db.schema.createTable('console_seen')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('record_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_seen_pk', ['source', 'row_id'])
    .execute()
  await db.schema.createIndex('console_seen_time_idx').on('console_seen').columns(['source', 'record_time']).execute()

  let partyDay = db.schema.createTable('console_party_day')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addColumn('complete', 'integer', (c) => c.notNull())
    .addColumn('flagged', 'integer', (c) => c.notNull())
    .addColumn('corrected', 'integer', (c) => c.notNull())
  for (const column of DELAY_COLUMNS) partyDay = partyDay.addColumn(column, 'integer', (c) => c.notNull())
  await partyDay.addPrimaryKeyConstraint('console_party_day_pk', ['day', 'party_id', 'category']).execute()
  await db.schema.createIndex('console_party_day_region_idx').on('console_party_day').columns(['region_code', 'day']).execute()
  await db.schema.createIndex('console_party_day_party_idx').on('console_party_day').columns(['party_id', 'day']).execute()

  await db.schema.createTable('console_flow_day')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('from_region', 'text', (c) => c.notNull())
    .addColumn('to_region', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('uom', 'text', (c) => c.notNull())
    .addColumn('movements', 'integer', (c) => c.notNull())
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_flow_day_pk', ['day', 'from_region', 'to_region', 'category', 'uom'])
    .execute()

  await db.schema.createTable('console_product_day')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_product_day_pk', ['day', 'product_id', 'region_code'])
    .execute()

  await db.schema.createTable('console_target')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('enterprise_share_percent', 'integer', (c) => c.notNull())
    .addColumn('county_share_percent', 'integer', (c) => c.notNull())
    .addColumn('set_by', 'text')
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('console_target_key_idx').on('console_target').columns(['region_code', 'category', 'year', 'set_at']).execute()

  // The rollup refresh reads new events by record time and their custody rows by event.
  await db.schema.createIndex('event_record_time_idx').on('event').columns(['record_time', 'id']).execute()
  await db.schema.createIndex('custody_event_row_idx').on('custody').column('event_row_id').execute()
  await db.schema.createIndex('event_error_record_time_idx').on('event_error').columns(['record_time', 'id']).execute()
}
