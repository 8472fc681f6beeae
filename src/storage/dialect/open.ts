import type { Dialect } from './dialect.js'
import { openPostgres } from './postgres.js'
import { openSqlite } from './sqlite.js'

/** `sqlite:<path>` (or `sqlite::memory:`) or `postgres://…`; the URL was validated by config. */
export function openDialect(databaseUrl: string): Dialect {
  if (databaseUrl.startsWith('sqlite:')) return openSqlite(databaseUrl.slice('sqlite:'.length))
  return openPostgres(databaseUrl)
}
