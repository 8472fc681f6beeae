import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import type { Dialect } from './dialect/dialect.js'
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
  const migrator = new Migrator({ db: dialect.db, provider, migrationTableSchema: await dialect.migrationSchema() })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}
