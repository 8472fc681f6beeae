import { loadConfig, redactUrl } from '../config.js'
import { openDialect } from '../storage/dialect/open.js'
import { migrateToLatest } from '../storage/migrate.js'

export async function run(_args: string[], env: Record<string, string | undefined>): Promise<void> {
  const config = loadConfig(env)
  const dialect = openDialect(config.databaseUrl)
  try {
    const { applied } = await migrateToLatest(dialect)
    process.stdout.write(applied.length > 0 ? `Applied ${applied.length} migration(s) to ${redactUrl(config.databaseUrl)}:\n${applied.map((a) => `  ${a}`).join('\n')}\n` : 'The schema is up to date.\n')
  } finally {
    await dialect.close()
  }
}
