import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql, type SqlBool } from 'kysely'
import type { Database } from '../schema.js'
import { DatabaseUnusableError, type Dialect } from './dialect.js'
import { BACKSTOP_PAGES, startCheckpointer } from './sqlite-checkpointer.js'

/** Page cache per connection: 64 MiB (negative = KiB), so trace walks on a large database stay in memory. */
const CACHE_SIZE_KIB = 65_536

/** Prepared statements kept per connection; Kysely prepares every query anew, which costs more than running it. */
const STATEMENT_CACHE_SIZE = 500

/**
 * The connection as Kysely sees it, with `prepare` answered from a cache of recent statements (least
 * recently used dropped first). Kysely runs each statement to completion before the next, so sharing is safe.
 */
export function withStatementCache(connection: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property !== 'prepare') {
        const value = Reflect.get(target, property, receiver)
        return typeof value === 'function' ? value.bind(target) : value
      }
      return (source: string) => {
        let statement = cache.get(source)
        if (statement) {
          cache.delete(source)
        } else {
          statement = target.prepare(source)
          if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string)
        }
        cache.set(source, statement)
        return statement
      }
    },
  })
}

/** SQLite allows 32,766 bound parameters per statement since 3.32. */
const SQLITE_MAX_PARAMETERS = 32_766
const BUSY_TIMEOUT_MS = 5_000

/** The first 16 bytes of every SQLite 3 database file (sqlite.org/fileformat.html §1.3.1). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** What to do when a database file cannot be used; the file has not been touched when this is said. */
const UNTOUCHED_ADVICE = 'Nothing was changed. Restore it from a backup (`zhuisu restore <file>`) or set DATABASE_URL to another file.'

/**
 * Refuses, before SQLite opens it, a file that is not an SQLite database: opening it would not repair it, and
 * a failed open must leave it byte for byte as it was. An empty file is a new database.
 */
export function assertSqliteFile(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, header.length, 0)
  } finally {
    closeSync(fd)
  }
  if (!header.equals(SQLITE_HEADER)) throw new DatabaseUnusableError(`${path} is not an SQLite database (it does not start with the SQLite header): it is corrupt or another kind of file. ${UNTOUCHED_ADVICE}`)
}

/** True for better-sqlite3's errors about a damaged or foreign file. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: string })?.code
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code?.startsWith('SQLITE_CORRUPT_') === true
}

export interface SqliteOpenOptions {
  /** Refuse a path where no database exists instead of creating one (backup, restore checks). */
  fileMustExist?: boolean
  readonly?: boolean
}

export function openSqlite(path: string, options: SqliteOpenOptions = {}): Dialect {
  if (path !== ':memory:') {
    if (options.fileMustExist && !existsSync(path)) throw new DatabaseUnusableError(`There is no SQLite database at ${path}.`)
    assertSqliteFile(path)
    if (!options.fileMustExist) mkdirSync(dirname(path), { recursive: true })
  }
  const connection = new BetterSqlite3(path, { fileMustExist: options.fileMustExist === true, readonly: options.readonly === true })
  try {
    // WAL lets readers run beside the one writer; NORMAL sync keeps every committed transaction across a
    // process crash (kill -9); only a power loss may drop the last transactions.
    if (!options.readonly) connection.pragma('journal_mode = WAL')
    connection.pragma('synchronous = NORMAL')
    connection.pragma('foreign_keys = ON')
    connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    connection.pragma(`cache_size = -${CACHE_SIZE_KIB}`)
    connection.pragma('temp_store = MEMORY')
  } catch (error) {
    connection.close()
    if (isCorruptionError(error)) throw new DatabaseUnusableError(`${path} is a damaged SQLite database (${(error as Error).message}). ${UNTOUCHED_ADVICE}`, { cause: error })
    throw error
  }
  // A read-write database file gets its WAL checkpointed beside the writer (sqlite-checkpointer.ts); a backup or
  // restore check (fileMustExist), a read-only view and an in-memory database do not need one.
  const background = path !== ':memory:' && !options.readonly && !options.fileMustExist
  if (background) connection.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`)
  const checkpointer = background ? startCheckpointer(path) : undefined
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) })
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
    anyOf: (column, values) => sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`,
    isUniqueViolation: (error) => (error as { code?: string })?.code?.startsWith('SQLITE_CONSTRAINT_UNIQUE') === true || (error as { code?: string })?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY',
    migrationSchema: async () => undefined,
    ping: async () => {
      await sql`select 1`.execute(db)
    },
    backupTo: async (file) => {
      // One read transaction: a consistent snapshot that never blocks the writer, unlike the page-copying
      // backup API, which restarts whenever another connection writes.
      await sql`vacuum into ${file}`.execute(db)
    },
    close: async () => {
      await checkpointer?.stop()
      await db.destroy()
    },
  }
}
