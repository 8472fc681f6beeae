/**
 * `zhuisu backup <file>`: a consistent copy of the SQLite database named by DATABASE_URL, taken while the
 * platform runs. PostgreSQL platforms use pg_dump (docs/operations.md).
 */
import { resolve } from 'node:path'
import { loadConfig, redactUrl } from '../config.js'
import { backupDatabase } from '../services/operations/backup-database.js'
import { parseOptions } from './args.js'
import { failCommand } from './fail.js'

export async function run(args: string[], env: Record<string, string | undefined>): Promise<void> {
  const { positionals } = parseOptions(args, {})
  const [file] = positionals
  if (!file) throw new Error('Usage: zhuisu backup <file>')
  const config = loadConfig({ ...env, ZHUISU_DEMO: '0' })
  try {
    const report = await backupDatabase(config.databaseUrl, resolve(file))
    process.stdout.write(`Backed up ${redactUrl(config.databaseUrl)} to ${report.file}: ${report.events} events, schema ${report.migrations.at(-1)}\n`)
  } catch (error) {
    failCommand('backup', error)
  }
}
