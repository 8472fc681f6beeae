/**
 * Frozen: credit records, the quality blacklist and random inspection draws. A fix is a new migration.
 *
 * - `credit_snapshot`: append-only history of each party's computed credit (score, grade, reasons as JSON).
 * - `credit_current`: derived, one row per party pointing at its newest snapshot (replaced in place when a
 *   new snapshot is appended); it exists so that lists sort and page on the server. The history stays in
 *   `credit_snapshot`, from which this table can be rebuilt.
 * - `blacklist_entry` (质量失信黑名单) and `blacklist_revocation` (early removal): both append-only; an
 *   entry is never changed, a revocation is a row of its own (at most one per entry).
 * - `inspection_draw` (双随机): one row per draw with everything needed to repeat it (seed, algorithm,
 *   candidates with weights, inspectors) and its result.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('credit_snapshot')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('credit_snapshot_party_idx').on('credit_snapshot').columns(['party_id', 'computed_at']).execute()

  await db.schema.createTable('credit_current')
    .addColumn('party_id', 'text', (c) => c.primaryKey().references('party.id'))
    .addColumn('snapshot_id', 'text', (c) => c.notNull().references('credit_snapshot.id'))
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('credit_current_region_idx').on('credit_current').columns(['region_code', 'score']).execute()
  await db.schema.createIndex('credit_current_grade_idx').on('credit_current').columns(['grade', 'score']).execute()

  await db.schema.createTable('blacklist_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('party_id', 'text', (c) => c.notNull().references('party.id'))
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text', (c) => c.notNull())
    .addColumn('decision_title', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('blacklist_entry_party_idx').on('blacklist_entry').column('party_id').execute()
  await db.schema.createIndex('blacklist_entry_uscc_idx').on('blacklist_entry').column('uscc').execute()
  await db.schema.createIndex('blacklist_entry_valid_idx').on('blacklist_entry').columns(['valid_to', 'valid_from']).execute()

  await db.schema.createTable('blacklist_revocation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().unique().references('blacklist_entry.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text', (c) => c.notNull())
    .addColumn('revoked_by', 'text', (c) => c.notNull())
    .execute()

  await db.schema.createTable('inspection_draw')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('region_prefix', 'text', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('party_kinds', 'text', (c) => c.notNull())
    .addColumn('target_count', 'integer', (c) => c.notNull())
    .addColumn('per_target', 'integer', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('seed_source', 'text', (c) => c.notNull())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('candidates_hash', 'text', (c) => c.notNull())
    .addColumn('candidates', 'text', (c) => c.notNull())
    .addColumn('inspectors', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('inspection_draw_region_idx').on('inspection_draw').columns(['region_prefix', 'created_at']).execute()
}
