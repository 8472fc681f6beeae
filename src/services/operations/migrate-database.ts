/** Brings a database's schema up to date and says which migrations ran. */
import { openDialect } from '../../storage/dialect/open.js'
import { migrateToLatest } from '../../storage/migrate.js'

export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  const dialect = openDialect(databaseUrl)
  try {
    return (await migrateToLatest(dialect)).applied
  } finally {
    await dialect.close()
  }
}
