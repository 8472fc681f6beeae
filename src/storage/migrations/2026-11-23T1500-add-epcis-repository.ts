/**
 * Frozen: the EPCIS 2.0 repository. A fix is a new migration, never an edit here.
 *
 * - `event.hash_id`: the CBV event hash ID (`ni:///sha-256;…?ver=CBV2.0`), unique, so that the same event
 *   captured again under another eventID (from another system) is recognised. Rows captured before this
 *   migration keep NULL (both engines allow many NULLs in a unique index).
 * - `epcis_capture_job`: asynchronous captures of `POST /epcis/capture`, worked off by the capture worker.
 * - `epcis_query`: named queries of `/epcis/queries`.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('event').addColumn('hash_id', 'text').execute()
  await db.schema.createIndex('event_hash_id_idx').on('event').column('hash_id').unique().execute()

  await db.schema.createTable('epcis_capture_job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    // waiting → running → finished
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('success', 'integer')
    .addColumn('capture_error_behaviour', 'text', (c) => c.notNull())
    .addColumn('event_count', 'integer', (c) => c.notNull())
    // The EPCIS document in JSON form, cleared once the job has finished.
    .addColumn('document', 'text')
    .addColumn('errors', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('epcis_capture_job_state_idx').on('epcis_capture_job').columns(['state', 'created_at']).execute()

  await db.schema.createTable('epcis_query')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}
