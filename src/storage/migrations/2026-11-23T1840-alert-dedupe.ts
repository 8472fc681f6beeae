/**
 * Frozen: at most one active alert per identity. An alert's `dedup_key` is its rule, subject and the key the
 * rule dedupes by (`rule|kind:id|key`); until now "one active alert per key" rested on a read before the
 * insert, which two captures committing at once on PostgreSQL could both pass. A partial unique index on the
 * key of the active alerts (open, acknowledged, investigating) lets the insert be idempotent; a closed alert
 * keeps its key, so the same finding may open a new alert later.
 *
 * Duplicates already raised are settled first: per key the oldest active alert stays, each later one gets an
 * appended `dismissed` transition by `system` naming the one kept.
 */
import type { Kysely } from 'kysely'
import { v7 as uuidv7 } from 'uuid'

const ACTIVE = ['open', 'acknowledged', 'investigating']
const PAGE = 500

export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString()
  const keys = (await db.selectFrom('alert').select('dedup_key').where('status', 'in', ACTIVE)
    .groupBy('dedup_key').having((eb) => eb.fn.countAll(), '>', 1).execute()).map((r) => r.dedup_key as string)
  for (let i = 0; i < keys.length; i += PAGE) {
    const rows = await db.selectFrom('alert').select(['id', 'dedup_key', 'status']).where('status', 'in', ACTIVE)
      .where('dedup_key', 'in', keys.slice(i, i + PAGE)).orderBy('dedup_key').orderBy('created_at').orderBy('id').execute()
    const kept = new Map<string, string>()
    for (const row of rows) {
      const keep = kept.get(row.dedup_key)
      if (keep === undefined) {
        kept.set(row.dedup_key, row.id)
        continue
      }
      await db.insertInto('alert_transition').values({
        id: uuidv7(), alert_id: row.id, from_status: row.status, to_status: 'dismissed', actor: 'system', at: now,
        note: `重复预警，保留 ${keep} / Duplicate of alert ${keep}`,
      }).execute()
      await db.updateTable('alert').set({ status: 'dismissed', updated_at: now }).where('id', '=', row.id).execute()
    }
  }
  // Kysely types a partial index's condition over the indexed columns only; `status` is a column of `alert`
  // all the same, and the builder writes it (and the literals) without raw SQL.
  await db.schema.createIndex('alert_active_dedup_uq').on('alert').column('dedup_key').unique()
    .where('status' as 'dedup_key', 'in', ACTIVE).execute()
}
