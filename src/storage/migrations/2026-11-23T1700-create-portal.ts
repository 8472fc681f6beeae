/**
 * Frozen: the enterprise portal. A fix is a new migration.
 *
 * - `portal_licence`: licences and certificates an enterprise keeps on the platform, append-only: adding
 *   or renewing one is a row (`action` = 'add'), withdrawing one is another row (`action` = 'withdraw')
 *   naming the same type and number; the current set is the newest row per (party, type, number).
 * - Indexes for the portal's own reads: shipments addressed to a party (expected receipts, partner view)
 *   and a party's products.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('portal_licence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('portal_licence_party_idx').on('portal_licence').columns(['party_id', 'recorded_at']).execute()
  await db.schema.createIndex('custody_counterparty_idx').on('custody').columns(['counterparty_id', 'role']).execute()
  await db.schema.createIndex('product_party_idx').on('product').column('party_id').execute()
}
