import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import { DatabaseUnusableError, type Dialect } from './dialect/dialect.js'
import { MIGRATIONS } from './migrations/index.js'

export interface MigrationReport {
  applied: string[]
}

/**
 * Brings the schema up to date. Fails, touching nothing, when the database holds a migration this build
 * does not know (a newer schema) — Kysely's migrator refuses such a history.
 */
export async function migrateToLatest(dialect: Dialect): Promise<MigrationReport> {
  const provider: MigrationProvider = {
    getMigrations: async () =>
      Object.fromEntries(
        Object.entries(MIGRATIONS).map(([name, module]): [string, Migration] => [name, { up: (db) => module.up(db, dialect.engine) }]),
      ),
  }
  await dialect.ping()
  const migrator = new Migrator({ db: dialect.db, provider, migrationTableSchema: await dialect.migrationSchema() })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw explainMigrationFailure(error)
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}

/** Kysely refuses a history holding a migration this build lacks; say plainly that the schema is newer. */
function explainMigrationFailure(error: unknown): unknown {
  const unknown = /previously executed migration (\S+) is missing/.exec(String((error as Error)?.message))
  if (!unknown) return error
  return new DatabaseUnusableError(
    `The database has a newer schema than this build of Zhuisu: it records migration ${unknown[1]}, which this build does not know. Run the newer Zhuisu that wrote it, or restore a backup made by this version. Nothing was changed.`,
    { cause: error },
  )
}
