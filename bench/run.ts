/**
 * `npm run bench [-- --events N --capture-events N --only capture,trace,epcis,validation,impact]`: prints a table and one JSON line.
 * Every goal is a figure in this file's output, never a timing assert in a test.
 */
import { parseArgs } from 'node:util'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { benchCapture } from './capture.bench.js'
import { dropLargeDemos } from './large-demo.js'
import { postgresReachable, type Figure } from './support.js'

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    'capture-events': { type: 'string', default: '20000' },
    only: { type: 'string' },
    engines: { type: 'string', default: 'sqlite,postgres' },
  },
})

const only = values.only ? new Set(values.only.split(',')) : undefined
const wanted = (name: string) => !only || only.has(name)

/** Every figure measured so far, printed even when a later benchmark fails. */
const collected: Figure[] = []

async function main(): Promise<void> {
  const engines = values.engines.split(',') as EngineName[]
  const usable: EngineName[] = []
  for (const engine of engines) {
    if (engine === 'postgres' && !(await postgresReachable())) {
      process.stdout.write('PostgreSQL unreachable: benchmarks run on SQLite only\n')
      continue
    }
    usable.push(engine)
  }
  const figures = collected
  const epcis = wanted('epcis') ? await import('./epcis.bench.js') : undefined
  if (epcis) figures.push(...epcis.benchEventHash())
  const validation = wanted('validation') ? await import('./validation.bench.js') : undefined
  if (validation) figures.push(...validation.benchValidationThroughput(Number(values['capture-events'])))
  for (const engine of usable) {
    const large: Figure[] = []
    try {
      if (epcis) figures.push(...(await epcis.benchEpcisCapture(engine, Number(values['capture-events']))))
      if (validation) figures.push(...(await validation.benchValidationShare(engine, Number(values['capture-events']))))
      if (wanted('capture')) figures.push(...(await benchCapture(engine, Number(values['capture-events']))))
      if (wanted('alerts')) {
        const { benchAlerts } = await import('./alerts.bench.js')
        figures.push(...(await benchAlerts(engine, Number(values['capture-events']))))
      }
      if (wanted('console')) {
        const { benchConsole } = await import('./console.bench.js')
        figures.push(...(await benchConsole(engine, Number(values.events))))
      }
      if (wanted('trace') || wanted('public')) {
        const { benchLargeDatabase } = await import('./large-database.bench.js')
        figures.push(...(await benchLargeDatabase(engine, Number(values.events), { trace: wanted('trace'), public: wanted('public') })))
      }
      if (wanted('impact')) {
        const { benchImpact } = await import('./impact.bench.js')
        figures.push(...(await benchImpact(engine, Number(values.events))))
      }
    } finally {
      large.push(...(await dropLargeDemos(engine)))
    }
    figures.push(...large)
  }
  printTable(figures)
  process.stdout.write(`${JSON.stringify({ bench: 'zhuisu', at: new Date().toISOString(), figures })}\n`)
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [f.benchmark, f.engine, `${f.value} ${f.unit}`, f.goal ?? '', f.met === undefined ? '' : f.met ? 'met' : 'MISSED', f.note ?? ''])
  const header = ['benchmark', 'engine', 'figure', 'goal', '', 'note']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ')
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n\n`)
}

main().catch((error: unknown) => {
  // What was measured before the failure is still printed: a 1M-event run is too long to lose.
  if (collected.length > 0) printTable(collected)
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
