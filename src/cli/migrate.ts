import { loadConfig, redactUrl } from '../config.js'
import { migrateDatabase } from '../services/operations/migrate-database.js'

export async function run(_args: string[], env: Record<string, string | undefined>): Promise<void> {
  const config = loadConfig(env)
  const applied = await migrateDatabase(config.databaseUrl)
  process.stdout.write(applied.length > 0 ? `Applied ${applied.length} migration(s) to ${redactUrl(config.databaseUrl)}:\n${applied.map((a) => `  ${a}`).join('\n')}\n` : 'The schema is up to date.\n')
}
