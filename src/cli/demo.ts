/**
 * `zhuisu demo [--events N] [--seed S]`: loads deterministic demo data into the database named by
 * DATABASE_URL, which must be empty (a second load would collide with the first's USCCs and codes).
 */
import { createApp } from '../app.js'
import { loadConfig, redactUrl } from '../config.js'
import { isEmpty, loadDemo } from '../services/demo/load-demo.js'
import { integerOption, parseOptions } from './args.js'

const DEFAULT_SEED = 1

export async function run(args: string[], env: Record<string, string | undefined>): Promise<void> {
  const { values } = parseOptions(args, { events: { type: 'string' }, seed: { type: 'string' } })
  const config = loadConfig({ ...env, ZHUISU_DEMO: '0' })
  const events = integerOption(values.events, 'events', config.demoEvents)
  const seed = integerOption(values.seed, 'seed', DEFAULT_SEED)
  const app = await createApp(config)
  try {
    if (!(await isEmpty(app))) {
      process.stderr.write(`The database at ${redactUrl(config.databaseUrl)} already holds data: load the demo into an empty one (set DATABASE_URL).\n`)
      process.exitCode = 1
      return
    }
    const started = process.hrtime.bigint()
    const summary = await loadDemo(app, { events, seed })
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const rate = seconds > 0 ? Math.round(summary.events / seconds) : summary.events
    process.stdout.write([
      `Demo data loaded into ${redactUrl(config.databaseUrl)} (seed ${seed})`,
      `  parties   ${summary.parties}`,
      `  products  ${summary.products}`,
      `  events    ${summary.events}`,
      `  seconds   ${seconds.toFixed(1)}`,
      `  events/s  ${rate}`,
      '',
    ].join('\n'))
  } finally {
    await app.close()
  }
}
