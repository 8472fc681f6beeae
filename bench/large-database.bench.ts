/**
 * Latency inside a large database: the shared demo database (bench/large-demo.ts, default 1,000,000 events), a 10-hop chain
 * of transformations and custody changes is added, then backward and forward traces of that chain and
 * public queries are timed against a plain indexed read of one unit as baseline.
 * Goals (issue 3): trace p99 < 20 ms on SQLite; public query p99 < 5 ms; process RSS < 300 MB.
 */
import { buildServer } from '../src/http/server.js'
import { captureEvents } from '../src/services/capture/capture-events.js'
import { traceCode } from '../src/services/trace/trace-code.js'
import { completeUscc } from '../src/domain/identifiers/uscc.js'
import { parseTraceCode } from '../src/domain/identifiers/trace-key.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { bizStepSpelling, standardFields } from './standard-fields.js'
import { largeDemo } from './large-demo.js'
import { latency, round, type Figure } from './support.js'

const HOPS = 10
const ITERATIONS = 300
const WARMUP = 30
const MIB = 1024 * 1024

/** Eleven lots joined by ten transformations, each lot shipped and received between two of five parties. */
function chainEvents(): { events: unknown[]; first: string; last: string } {
  const parties = Array.from({ length: 5 }, (_, i) => completeUscc(`91441402MB${String(i).padStart(6, '0')}`))
  const lot = (i: number) => `urn:epc:class:lgtin:6901234.000099.HOP${i}`
  const time = (i: number, minutes: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + i * 86_400_000 + minutes * 60_000).toISOString()
  const q = (i: number) => [{ epcClass: lot(i), quantity: 100, uom: 'KGM' }]
  const made = standardFields('food', 'production', 'production')
  const shipped = standardFields('food', 'distribution', 'wholesale_sale')
  const received = standardFields('food', 'distribution', 'purchase_check')
  const events: unknown[] = [{ type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: time(0, 0), eventTimeZoneOffset: '+08:00', 'zs:party': parties[0], ...made, quantityList: q(0) }]
  for (let i = 0; i < HOPS; i++) {
    const [from, to] = [parties[i % 5], parties[(i + 1) % 5]]
    events.push(
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: time(i, 10), eventTimeZoneOffset: '+08:00', 'zs:party': from, ...shipped, destinationList: [{ type: 'owning_party', destination: to }], quantityList: q(i) },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: time(i, 20), eventTimeZoneOffset: '+08:00', 'zs:party': to, ...received, sourceList: [{ type: 'owning_party', source: from }], quantityList: q(i) },
      { type: 'TransformationEvent', bizStep: bizStepSpelling('processing'), eventTime: time(i, 30), eventTimeZoneOffset: '+08:00', 'zs:party': to, ...made, inputQuantityList: q(i), outputQuantityList: q(i + 1) },
    )
  }
  return { events, first: lot(0), last: lot(HOPS) }
}

export async function benchLargeDatabase(engine: EngineName, size: number, which: { trace: boolean; public: boolean }): Promise<Figure[]> {
  const demo = await largeDemo(engine, size)
  const { app } = demo
  const chain = chainEvents()
  await captureEvents({ store: app.store, clock: app.clock, log: app.log, captureLimit: chain.events.length }, chain.events, '/events')
  const figures: Figure[] = []
  const lastKey = parseTraceCode(chain.last)
  if (!lastKey.ok) throw new Error(lastKey.reason)
  const baseline = await latency(ITERATIONS, WARMUP, () => app.store.units.findByKey(lastKey.value.key))
  figures.push({ benchmark: 'indexed read (baseline)', engine, value: round(baseline.p99, 3), unit: 'ms p99', note: `p50 ${round(baseline.p50, 3)} ms` })
  if (which.trace) {
    for (const [direction, code] of [['backward', chain.last], ['forward', chain.first]] as const) {
      const check = await traceCode(app.store, code, { direction })
      if (check.nodes.length !== HOPS + 1) throw new Error(`${direction} trace reached ${check.nodes.length} units, expected ${HOPS + 1}`)
      const timing = await latency(ITERATIONS, WARMUP, () => traceCode(app.store, code, { direction }))
      figures.push({
        benchmark: `trace ${HOPS} hops ${direction}`, engine, value: round(timing.p99, 2), unit: 'ms p99',
        goal: engine === 'sqlite' ? '< 20' : undefined, met: engine === 'sqlite' ? timing.p99 < 20 : undefined,
        note: `p50 ${round(timing.p50, 2)} ms, ${round(timing.p99 / baseline.p99, 1)}× baseline`,
      })
    }
  }
  if (which.public) {
    const server = await buildServer(app)
    const url = `/api/v1/public/${encodeURIComponent(chain.last)}`
    const timing = await latency(ITERATIONS, WARMUP, async () => {
      const reply = await server.inject(url)
      if (reply.statusCode !== 200) throw new Error(`public query answered ${reply.statusCode}`)
    })
    figures.push({ benchmark: 'public query (inject)', engine, value: round(timing.p99, 2), unit: 'ms p99', goal: '< 5', met: timing.p99 < 5, note: `p50 ${round(timing.p50, 2)} ms` })
    await server.close()
  }
  const peakRss = demo.peakRss()
  figures.push({ benchmark: `process RSS at ${size} events`, engine, value: round(peakRss / MIB, 0), unit: 'MB peak', goal: '< 300', met: peakRss < 300 * MIB })
  return figures
}
