/** A consistent online backup of the platform's database, and its restore (SQLite; PostgreSQL: pg_dump). */
import { backupDatabase as backup, restoreDatabase as restore, type BackupReport, type RestoreReport } from '../../storage/backup.js'

export type { BackupReport, RestoreReport }

/** Copies the running platform's database to `file` (which must not exist yet). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupReport> {
  return backup(databaseUrl, file)
}

/** Replaces the stopped platform's database with the backup `file`; a database holding data only with `force`. */
export async function restoreDatabase(databaseUrl: string, file: string, options: { force?: boolean } = {}): Promise<RestoreReport> {
  return restore(databaseUrl, file, options)
}
