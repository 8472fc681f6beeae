import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** Serial counters for the platform's own codes, and the public query log of each code. */
export function createCodeRepository(db: Kysely<Database>) {
  return {
    /**
     * Reserves `count` serials under a prefix and returns the first. Runs inside the caller's transaction:
     * the row update takes the row lock (PostgreSQL) or the write lock (SQLite), so concurrent allocations
     * never overlap.
     */
    async reserveSerials(prefix: string, count: number): Promise<number> {
      await db.insertInto('code_counter').values({ prefix, next_serial: 1 }).onConflict((oc) => oc.column('prefix').doNothing()).execute()
      const row = await db.updateTable('code_counter')
        .set((eb) => ({ next_serial: eb('next_serial', '+', count) }))
        .where('prefix', '=', prefix)
        .returning('next_serial')
        .executeTakeFirstOrThrow()
      return Number(row.next_serial) - count
    },
    async recordQuery(id: string, unitId: string, queriedAt: string, channel: string): Promise<void> {
      await db.insertInto('code_query').values({ id, unit_id: unitId, queried_at: queriedAt, channel }).execute()
    },
    async countQueries(unitId: string): Promise<{ count: number; firstAt?: string }> {
      const row = await db.selectFrom('code_query')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('queried_at').as('first')])
        .where('unit_id', '=', unitId)
        .executeTakeFirstOrThrow()
      return { count: Number(row.n), firstAt: (row.first as string | null) ?? undefined }
    },
  }
}

export type CodeRepository = ReturnType<typeof createCodeRepository>
