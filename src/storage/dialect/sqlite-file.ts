/**
 * SQLite database files as whole objects: inspecting one without changing it, and putting a backup in place
 * of the live file. Used by backup and restore (src/storage/backup.ts).
 */
import { closeSync, copyFileSync, constants, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DatabaseUnusableError } from './dialect.js'
import { assertSqliteFile, isCorruptionError } from './sqlite.js'

/** The table Kysely's migrator keeps its history in: a Zhuisu database always has it. */
const MIGRATION_TABLE = 'kysely_migration'

export interface SqliteFileReport {
  /** Migrations the file records, oldest first; empty when it is not a Zhuisu database. */
  migrations: string[]
  /** True when any table holds a row (the migration history aside). */
  hasData: boolean
  /** Rows in the event table, when there is one. */
  events: number
  /** `ok`, or what SQLite's quick_check found wrong. */
  integrity: string
}

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`
/** Tables a migration fills with its own bookkeeping (the console's rollup watermarks): not a user's data. */
const BOOKKEEPING_TABLES = new Set(['console_watermark'])

/** Reads a database file through a read-only connection: it is never changed, even when damaged. */
export function inspectSqliteFile(path: string): SqliteFileReport {
  if (!existsSync(path)) throw new DatabaseUnusableError(`There is no file at ${path}.`)
  assertSqliteFile(path)
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true })
  try {
    const integrity = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check).join('; ')
    const tables = db.prepare<[], string>("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'").pluck().all()
    const migrations = tables.includes(MIGRATION_TABLE) ? db.prepare<[], string>(`select name from ${MIGRATION_TABLE} order by name`).pluck().all() : []
    const hasData = tables.filter((t) => !t.startsWith('kysely_') && !BOOKKEEPING_TABLES.has(t)).some((t) => db.prepare(`select 1 from ${quoted(t)} limit 1`).get() !== undefined)
    const events = tables.includes('event') ? db.prepare<[], number>('select count(*) from event').pluck().get() ?? 0 : 0
    return { migrations, hasData, events, integrity }
  } catch (error) {
    if (isCorruptionError(error)) throw new DatabaseUnusableError(`${path} is a damaged SQLite database (${(error as Error).message}).`, { cause: error })
    throw error
  } finally {
    db.close()
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Puts a copy of `source` where `target` is, atomically: the copy is written and synced beside the target,
 * the target's WAL and shared-memory files are removed (their pages belong to the old database), and the copy
 * is renamed over it. No server may have the target open meanwhile.
 */
export function replaceSqliteFile(target: string, source: string): void {
  const partial = `${target}.restoring-${process.pid}`
  rmSync(partial, { force: true })
  copyFileSync(source, partial, constants.COPYFILE_EXCL)
  fsyncPath(partial)
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(partial, target)
  fsyncPath(dirname(target))
}

/** Bytes of a file, or 0 when there is none. */
export function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0
}
