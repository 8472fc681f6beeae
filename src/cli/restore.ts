/**
 * `zhuisu restore <file> [--force]`: puts a backup made by `zhuisu backup` in place of the SQLite database
 * named by DATABASE_URL. Stop the platform first. A database that holds data is replaced only with --force.
 */
import { resolve } from 'node:path'
import { loadConfig, redactUrl } from '../config.js'
import { restoreDatabase } from '../services/operations/backup-database.js'
import { parseOptions } from './args.js'
import { failCommand } from './fail.js'

export async function run(args: string[], env: Record<string, string | undefined>): Promise<void> {
  const { values, positionals } = parseOptions(args, { force: { type: 'boolean', default: false } })
  const [file] = positionals
  if (!file) throw new Error('Usage: zhuisu restore <file> [--force]')
  const config = loadConfig({ ...env, ZHUISU_DEMO: '0' })
  try {
    const report = await restoreDatabase(config.databaseUrl, resolve(file), { force: values.force === true })
    process.stdout.write(`Restored ${report.file} into ${redactUrl(config.databaseUrl)}: ${report.events} events, schema ${report.migrations.at(-1)}${report.replacedData ? ' (the previous data was replaced)' : ''}\n`)
  } catch (error) {
    failCommand('restore', error)
  }
}
