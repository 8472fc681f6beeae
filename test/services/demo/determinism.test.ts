/**
 * Same seed, size and clock → the same demo: parties, codes, statistics and event times. A different seed
 * gives different data.
 */
import { describe, expect, it } from 'vitest'
import { loadDemo } from '../../../src/services/demo/load-demo.js'
import { collectStats } from '../../../src/services/public/stats.js'
import { traceCode } from '../../../src/services/trace/trace-code.js'
import { buildTestPlatform } from '../../support/build-app.js'
import { engines } from '../../support/engines.js'
import type { EngineName } from '../../../src/storage/dialect/dialect.js'

const EVENTS = 800
const FIRST_CODES = 50

async function fingerprint(engine: EngineName, seed: number) {
  const { app } = await buildTestPlatform(engine)
  const summary = await loadDemo(app, { events: EVENTS, seed })
  const parties = (await app.store.parties.list({ limit: 10_000, offset: 0 })).map((p) => `${p.uscc} ${p.name} ${p.regionCode}`).sort()
  const units = (await app.store.units.listRecent(100_000)).map((u) => u.key).sort()
  const pork = summary.samples.find((s) => s.chain === 'pork')!
  const trace = await traceCode(app.store, pork.rootCode, { direction: 'forward' })
  return {
    summary,
    stats: await collectStats(app.store),
    parties,
    unitCount: units.length,
    firstCodes: units.slice(0, FIRST_CODES),
    trace: trace.edges.map((e) => `${e.kind} ${e.eventTime} ${e.kind === 'transfer' ? e.quantity : ''}`).sort(),
  }
}

describe.each(engines())('demo determinism on %s', (engine) => {
  it('gives the same data for the same seed and size, and other data for another seed', async () => {
    const [first, second, other] = [await fingerprint(engine, 11), await fingerprint(engine, 11), await fingerprint(engine, 12)]
    expect(first.firstCodes).toHaveLength(FIRST_CODES)
    expect(second).toEqual(first)
    expect(other.firstCodes).not.toEqual(first.firstCodes)
    expect(other.parties).not.toEqual(first.parties)
  })
})
