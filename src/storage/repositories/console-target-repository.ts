/** Coverage targets (覆盖率目标) set by the operator: an append-only history, the newest row in force. */
import type { Kysely } from 'kysely'
import type { ConsoleTargetTable } from '../console-schema.js'
import type { Database } from '../schema.js'

export type ConsoleTargetRow = ConsoleTargetTable

export function createConsoleTargetRepository(db: Kysely<Database>) {
  return {
    async insertMany(rows: ConsoleTargetRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('console_target').values(rows).execute()
    },
    /** The target in force for each region × category × year (the newest row of each). */
    async current(): Promise<ConsoleTargetRow[]> {
      const rows = await db.selectFrom('console_target').selectAll().orderBy('set_at', 'desc').orderBy('id', 'desc').limit(10_000).execute()
      const seen = new Set<string>()
      return rows.filter((r) => {
        const key = `${r.region_code}|${r.category}|${r.year}`
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
    },
  }
}
