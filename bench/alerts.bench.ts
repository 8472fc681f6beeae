/**
 * Early-warning rules' cost on capture (issue 8): the same synthetic batches captured twice in one run, into
 * two fresh databases whose parties are registered (so that every rule has actors to look at) — once with
 * the rules off (`ZHUISU_ALERT_RULES=off`) and once on. Goal: capture with rules ≥ 80 % of capture without.
 * The order alternates per half so that neither run always gets the warmer caches.
 */
import type { Party } from '../src/domain/master-data.js'
import type { PartyId } from '../src/domain/ids.js'
import { completeUscc } from '../src/domain/identifiers/uscc.js'
import { setAlertRulesEnabled } from '../src/services/alerts/rule-engine.js'
import { captureEvents } from '../src/services/capture/capture-events.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { newRowId } from '../src/storage/ids.js'
import { benchApp, benchDatabase, round, type Figure } from './support.js'
import { syntheticBatches } from './synthetic-events.js'

const BATCH_SIZE = 1000
const REGIONS = ['441402', '441403', '110105', '460105', '330106']

export async function benchAlerts(engine: EngineName, totalEvents: number): Promise<Figure[]> {
  const usccs = Array.from({ length: 50 }, (_, i) => completeUscc(`91441400MA${String(900 + i).padStart(6, '0')}`))
  const batches = syntheticBatches(totalEvents, BATCH_SIZE, 11, usccs)
  const databases = await Promise.all(['rules-off', 'rules-on'].map((label) => benchDatabase(engine, `alerts-${label}`)))
  const apps = await Promise.all(databases.map((database) => benchApp(database.url)))
  const parties: Party[] = usccs.map((uscc, i) => ({
    id: newRowId<PartyId>(), uscc, name: `基准主体${i}`, kind: 'wholesaler', regionCode: REGIONS[i % REGIONS.length], categories: ['agri'],
    licences: [], createdAt: '2026-01-01T00:00:00.000Z',
  }))
  const seconds = [0, 0]
  try {
    for (const [i, app] of apps.entries()) {
      setAlertRulesEnabled(app.store, i === 1)
      await app.store.parties.insertMany(parties)
    }
    const half = Math.ceil(batches.length / 2)
    for (const [part, order] of [[batches.slice(0, half), [0, 1]], [batches.slice(half), [1, 0]]] as const) {
      for (const i of order) {
        const app = apps[i]
        const deps = { store: app.store, clock: app.clock, log: app.log, captureLimit: BATCH_SIZE }
        const started = process.hrtime.bigint()
        for (const batch of part) await captureEvents(deps, batch, '/events')
        seconds[i] += Number(process.hrtime.bigint() - started) / 1e9
      }
    }
  } finally {
    for (const app of apps) await app.close()
    for (const database of databases) await database.drop()
  }
  const [off, on] = seconds.map((s) => totalEvents / s)
  const ratio = on / off
  return [
    { benchmark: 'capture, rules off', engine, value: round(off, 0), unit: 'events/s' },
    { benchmark: 'capture, rules on', engine, value: round(on, 0), unit: 'events/s', note: `${round(((1 / on - 1 / off) * 1e6), 1)} µs/event for the rules` },
    { benchmark: 'capture rules on / off', engine, value: round(ratio, 2), unit: '×', goal: '≥ 0.8', met: ratio >= 0.8 },
  ]
}
