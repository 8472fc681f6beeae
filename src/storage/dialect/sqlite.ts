import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import type { Database } from '../schema.js'
import type { Dialect } from './dialect.js'

/** Page cache per connection: 64 MiB (negative = KiB), so trace walks on a large database stay in memory. */
const CACHE_SIZE_KIB = 65_536

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
  connection.pragma(`cache_size = -${CACHE_SIZE_KIB}`)
  connection.pragma('temp_store = MEMORY')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) })
  // better-sqlite3 runs on one connection, so a statement run here joins any transaction Kysely has open on it.
  const statements = new Map<string, BetterSqlite3.Statement>()
  const insertPrepared = (table: string, rows: object[]) => {
    const columns = Object.keys(rows[0])
    const cacheKey = `${table}(${columns.join(',')})`
    let statement = statements.get(cacheKey)
    if (!statement) {
      statement = connection.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`)
      statements.set(cacheKey, statement)
    }
    for (const row of rows) {
      const record = row as Record<string, unknown>
      statement.run(columns.map((c) => record[c] ?? null))
    }
  }
  return {
    engine: 'sqlite',
    db,
    maxParameters: SQLITE_MAX_PARAMETERS,
    insertRows: async (executor, table, rows) => {
      if (rows.length === 0) return
      // Outside a transaction, open one: the statements below must run while this caller holds the connection.
      if (!executor.isTransaction) return executor.transaction().execute(async () => insertPrepared(table, rows))
      insertPrepared(table, rows)
    },
    isUniqueViolation: (error) => (error as { code?: string })?.code?.startsWith('SQLITE_CONSTRAINT_UNIQUE') === true || (error as { code?: string })?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY',
    migrationSchema: async () => undefined,
    ping: async () => {
      await sql`select 1`.execute(db)
    },
    close: () => db.destroy(),
  }
}
