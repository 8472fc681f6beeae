/**
 * The supervision console at scale (issue 8): the demo generator fills a database (default 1,000,000
 * events), the rollups are built once from the watermark (timed: the one-off catch-up of an existing
 * database), then every console query is timed for the operator and for a city regulator, against a plain
 * indexed count of one party's events as baseline. Each timed query includes its read-path catch-up (one
 * index lookup when nothing is new). Goal: p99 < 200 ms per console query.
 */
import { ANONYMOUS } from '../src/domain/accounts/actor.js'
import { CATEGORY_CODES } from '../src/domain/categories.js'
import type { Scope } from '../src/services/access/scope.js'
import { getCoverage, listCounties, listCoverageParties } from '../src/services/console/coverage.js'
import { listDrillEvents } from '../src/services/console/drill-down.js'
import { getQuality } from '../src/services/console/quality.js'
import { refreshRollups } from '../src/services/console/refresh-rollups.js'
import { getVolumes } from '../src/services/console/volumes.js'
import { loadDemo } from '../src/services/demo/load-demo.js'
import { collectPublicStatistics } from '../src/services/open-data/statistics.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { benchApp, benchDatabase, latency, round, type Figure } from './support.js'

const ITERATIONS = 60
const WARMUP = 5
const GOAL_MS = 200

export async function benchConsole(engine: EngineName, size: number): Promise<Figure[]> {
  const database = await benchDatabase(engine, 'console')
  try {
    const app = await benchApp(database.url)
    const summary = await loadDemo(app, { events: size, seed: 1 })
    const deps = { store: app.store, clock: app.clock, log: app.log }
    const started = process.hrtime.bigint()
    const built = await refreshRollups(deps)
    const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9
    const figures: Figure[] = [
      { benchmark: 'console rollup build (once)', engine, value: round(built.events / buildSeconds, 0), unit: 'events/s', note: `${built.events} of ${summary.events} events in ${round(buildSeconds, 1)} s` },
    ]
    const top = (await getVolumes(deps, { kind: 'all', actor: { ...ANONYMOUS, role: 'operator' } }, {})).topParties[0]
    const baseline = await latency(ITERATIONS, WARMUP, () => app.store.consoleQueries.countEventsOfParty(top?.partyId ?? ''))
    figures.push({ benchmark: 'indexed count of one party (baseline)', engine, value: round(baseline.p99, 2), unit: 'ms p99', note: `p50 ${round(baseline.p50, 2)} ms` })
    const scopes: [string, Scope][] = [
      ['operator', { kind: 'all', actor: { ...ANONYMOUS, role: 'operator' } }],
      ['梅州 regulator', { kind: 'region', actor: { ...ANONYMOUS, role: 'regulator' }, regionPrefix: '4414', categories: [...CATEGORY_CODES] }],
    ]
    for (const [who, scope] of scopes) {
      const queries: [string, () => Promise<unknown>][] = [
        ['coverage', () => getCoverage(deps, scope, {})],
        ['volumes and flows (90 d)', () => getVolumes(deps, scope, {})],
        ['data quality (30 d, page 1)', () => getQuality(deps, scope, {}, { limit: 50 })],
        ['data quality by operation rate (every party\'s reporting days)', () => getQuality(deps, scope, { sort: 'operationRate' }, { limit: 50 })],
        ['drill-down counties', () => listCounties(deps, scope, {}, { limit: 50 })],
        ['drill-down parties (inactive)', () => listCoverageParties(deps, scope, { status: 'inactive' }, { limit: 50 })],
        ['drill-down events (page 1)', () => listDrillEvents(deps, scope, { partyId: top?.partyId }, { limit: 50 })],
      ]
      for (const [name, run] of queries) {
        const timing = await latency(ITERATIONS, WARMUP, run)
        figures.push({
          benchmark: `console ${name}, ${who}`, engine, value: round(timing.p99, 1), unit: 'ms p99', goal: `< ${GOAL_MS}`, met: timing.p99 < GOAL_MS,
          note: `p50 ${round(timing.p50, 1)} ms, ${round(timing.p50 / Math.max(baseline.p50, 0.001), 0)}× baseline p50`,
        })
      }
    }
    const open = await latency(ITERATIONS, WARMUP, () => collectPublicStatistics(deps))
    figures.push({ benchmark: 'open data statistics', engine, value: round(open.p99, 1), unit: 'ms p99', goal: `< ${GOAL_MS}`, met: open.p99 < GOAL_MS, note: `p50 ${round(open.p50, 1)} ms` })
    await app.close()
    return figures
  } finally {
    await database.drop()
  }
}
