import { DatabaseUnusableError, type Dialect } from './dialect.js'
import { openPostgres } from './postgres.js'
import { openSqlite, type SqliteOpenOptions } from './sqlite.js'

const SQLITE_PREFIX = 'sqlite:'

/** `sqlite:<path>` (or `sqlite::memory:`) or `postgres://…`; the URL was validated by config. */
export function openDialect(databaseUrl: string, options: SqliteOpenOptions = {}): Dialect {
  if (databaseUrl.startsWith(SQLITE_PREFIX)) return openSqlite(databaseUrl.slice(SQLITE_PREFIX.length), options)
  return openPostgres(databaseUrl)
}

/** The file of an SQLite database URL; whole-file operations (restore) exist only for SQLite. */
export function sqliteFileOf(databaseUrl: string): string {
  const path = databaseUrl.startsWith(SQLITE_PREFIX) ? databaseUrl.slice(SQLITE_PREFIX.length) : undefined
  if (path === undefined) throw new DatabaseUnusableError('A PostgreSQL platform is restored with pg_restore from a pg_dump archive (see docs/operations.md).')
  if (path === ':memory:') throw new DatabaseUnusableError('An in-memory database has no file to back up or restore.')
  return path
}
