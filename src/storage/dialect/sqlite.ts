import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import type { Database } from '../schema.js'
import type { Dialect } from './dialect.js'

/** SQLite allows 32,766 bound parameters per statement since 3.32. */
const SQLITE_MAX_PARAMETERS = 32_766
const BUSY_TIMEOUT_MS = 5_000

export function openSqlite(path: string): Dialect {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const connection = new BetterSqlite3(path)
  // WAL lets readers run beside the one writer; NORMAL sync keeps every committed transaction across a
  // process crash (kill -9); only a power loss may drop the last transactions.
  connection.pragma('journal_mode = WAL')
  connection.pragma('synchronous = NORMAL')
  connection.pragma('foreign_keys = ON')
  connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) })
  return {
    engine: 'sqlite',
    db,
    maxParameters: SQLITE_MAX_PARAMETERS,
    isUniqueViolation: (error) => (error as { code?: string })?.code?.startsWith('SQLITE_CONSTRAINT_UNIQUE') === true || (error as { code?: string })?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY',
    migrationSchema: async () => undefined,
    ping: async () => {
      await sql`select 1`.execute(db)
    },
    close: () => db.destroy(),
  }
}
