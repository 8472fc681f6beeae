/**
 * `npx zhuisu <command>`: one file per command. Output goes to stdout; problems to stderr with exit 1.
 */
import { reportStartupFailure } from '../main.js'

const USAGE = `Usage: zhuisu <command> [options]

Commands:
  serve                      start the platform (HTTP API, web UI)
  migrate                    bring the database schema up to date
  demo [--events N] [--seed S]
                             load deterministic demo data into the database
  import <file.json>         capture the events of a JSON file ({ "events": [...] } or an EPCISDocument)
  trace <code> [--direction backward|forward|both] [--depth N]
                             print the trace of a code as JSON
  backup <file>              copy the running SQLite platform's database to a new file
  restore <file> [--force]   put a backup in place of the (stopped) platform's SQLite database

The database is chosen by DATABASE_URL (default sqlite:./data/zhuisu.db).`

const COMMANDS: Record<string, () => Promise<{ run(args: string[], env: Record<string, string | undefined>): Promise<void> }>> = {
  serve: () => import('./serve.js'),
  migrate: () => import('./migrate.js'),
  demo: () => import('./demo.js'),
  import: () => import('./import.js'),
  trace: () => import('./trace.js'),
  backup: () => import('./backup.js'),
  restore: () => import('./restore.js'),
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const load = COMMANDS[command]
  if (!load) {
    process.stderr.write(`Unknown command: ${command}\n\n${USAGE}\n`)
    process.exit(1)
  }
  await (await load()).run(args, process.env)
}

main(process.argv.slice(2)).catch(reportStartupFailure)
