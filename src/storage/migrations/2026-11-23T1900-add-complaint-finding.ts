/**
 * Frozen: the finding on the merits of a complaint (核查结论), recorded with the answer —
 * `substantiated` (属实), `unsubstantiated` (不属实) or `undetermined` (无法查实). It goes on the
 * `complaint_event` row that answers, and is restated on `complaint` like the answer. Complaints answered
 * before this migration have none: they count as undetermined.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaint_event').addColumn('finding', 'text').execute()
  await db.schema.alterTable('complaint').addColumn('finding', 'text').execute()
}
