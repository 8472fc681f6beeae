/**
 * Online backup and offline restore of a platform's database. SQLite: a consistent copy taken while the
 * platform runs, and a checked copy put back in place while it is stopped. PostgreSQL: pg_dump and pg_restore
 * (docs/operations.md); both functions say so.
 */
import { existsSync, renameSync, rmSync } from 'node:fs'
import { DatabaseUnusableError } from './dialect/dialect.js'
import { openDialect, sqliteFileOf } from './dialect/open.js'
import { fileSize, inspectSqliteFile, replaceSqliteFile } from './dialect/sqlite-file.js'
import { MIGRATIONS } from './migrations/index.js'

export interface BackupReport {
  file: string
  events: number
  migrations: string[]
}

/** Refused before anything is written or replaced; the message says why and what to do. */
export class OperationRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OperationRefusedError'
  }
}

/** Checks a backup can be restored by this build: an intact Zhuisu database whose every migration is known. */
function checkBackup(file: string) {
  const report = inspectSqliteFile(file)
  if (report.integrity !== 'ok') throw new OperationRefusedError(`${file} is damaged (SQLite quick_check: ${report.integrity}).`)
  if (report.migrations.length === 0) throw new OperationRefusedError(`${file} is an SQLite database but not a Zhuisu one (it has no migration history).`)
  const unknown = report.migrations.filter((name) => !(name in MIGRATIONS))
  if (unknown.length > 0) throw new OperationRefusedError(`${file} has a newer schema than this build of Zhuisu (migrations ${unknown.join(', ')}): restore it with the version that made it.`)
  return report
}

/**
 * Copies the database at `databaseUrl` to `file`, which must not exist, while the platform keeps running.
 * The copy is written beside `file`, checked, then renamed, so `file` only ever appears complete.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupReport> {
  if (existsSync(file)) throw new OperationRefusedError(`${file} already exists: a backup never overwrites a file; choose a new name.`)
  const partial = `${file}.partial-${process.pid}`
  rmSync(partial, { force: true })
  const dialect = openDialect(databaseUrl, { fileMustExist: true })
  try {
    await dialect.backupTo(partial)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  } finally {
    await dialect.close()
  }
  try {
    const report = checkBackup(partial)
    renameSync(partial, file)
    return { file, events: report.events, migrations: report.migrations }
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

export interface RestoreReport extends BackupReport {
  /** True when a database holding data was replaced (only with `force`). */
  replacedData: boolean
}

/**
 * Puts the backup `file` in place of the database at `databaseUrl`. The platform must be stopped. Refuses a
 * file that is not an intact Zhuisu database of a known schema, and a target that holds data unless `force`.
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { force?: boolean } = {}): Promise<RestoreReport> {
  const target = sqliteFileOf(databaseUrl)
  const backup = checkBackup(file)
  let replacedData = false
  if (fileSize(target) > 0) {
    let current: ReturnType<typeof inspectSqliteFile> | undefined
    try {
      current = inspectSqliteFile(target)
    } catch (error) {
      // A damaged target is what a restore is for, but only on purpose.
      if (!(error instanceof DatabaseUnusableError) || !options.force) throw error
    }
    replacedData = current?.hasData ?? true
    if (replacedData && !options.force) {
      throw new OperationRefusedError(`The database at ${target} holds data (${current?.events ?? 0} events): stop the platform and add --force to replace it with ${file}.`)
    }
  }
  replaceSqliteFile(target, file)
  return { file, events: backup.events, migrations: backup.migrations, replacedData }
}
