/**
 * Frozen: coarser console rollups, so that each console figure reads rows per region, per party or per
 * month instead of per party × day (see docs/console.md):
 *
 * - `console_region_day`: events per day × county × category (events per day, days with a report);
 * - `console_party_span`: per party × category, the first and last day it reported (who is active);
 * - `console_party_month`: events per month × party × category (open data's monthly figures).
 *
 * Like the tables of 2026-11-23T1640-create-console they are derived and counted from the same watermark,
 * in the same transaction as `console_party_day`; they start as a sum of what `console_party_day` holds.
 */
import { sql, type Kysely } from 'kysely'

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
  await db.schema.createTable('console_party_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('console_party_month_pk', ['month', 'party_id', 'category'])
    .modifyEnd(clustered)
    .execute()

  await sql`insert into console_region_day (day, region_code, category, events)
    select day, region_code, category, sum(events) from console_party_day group by day, region_code, category`.execute(db)
  await sql`insert into console_party_span (party_id, category, region_code, first_day, last_day)
    select party_id, category, max(region_code), min(day), max(day) from console_party_day where party_id <> '' group by party_id, category`.execute(db)
  await sql`insert into console_party_month (month, party_id, category, region_code, events)
    select substr(day, 1, 7), party_id, category, max(region_code), sum(events) from console_party_day group by substr(day, 1, 7), party_id, category`.execute(db)
}
