/**
 * The demo generator on every engine: a small load covers all eight categories, its master data passes
 * the real identifier checks, sample chains trace back to a producer and forward to a sale or use, and no
 * holder's books go negative.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { CATEGORY_CODES } from '../../../src/domain/categories.js'
import { normalizeGtin } from '../../../src/domain/identifiers/gs1.js'
import { validateUscc } from '../../../src/domain/identifiers/uscc.js'
import { findRegion } from '../../../src/domain/regions.js'
import { loadDemo, loadDemoIfEmpty, type DemoSummary } from '../../../src/services/demo/load-demo.js'
import { assessImpact } from '../../../src/services/trace/impact.js'
import { traceCode } from '../../../src/services/trace/trace-code.js'
import { buildTestPlatform, TEST_NOW, type TestPlatform } from '../../support/build-app.js'
import { engines } from '../../support/engines.js'

const EVENTS = 2000
const DAY_MS = 86_400_000
/** China's products carry GS1 China prefixes 690–695 (GB 12904); imports keep their brand owner's. */
const CHINA_GTIN = /^069[0-5]/
/** Where goods leave the chain: sold to consumers, dispensed, or used up by a farm, a plant or a building's user. */
const END_KINDS = new Set(['retailer', 'supermarket', 'canteen', 'pharmacy', 'hospital', 'ecommerce', 'user', 'farm', 'processor'])

describe.each(engines())('demo data on %s', (engine) => {
  let platform: TestPlatform
  let summary: DemoSummary

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    summary = await loadDemo(platform.app, { events: EVENTS, seed: 7 })
  })

  it('captures exactly the events asked for, in all eight categories', async () => {
    expect(summary.events).toBe(EVENTS)
    const reply = await platform.server.inject('/api/v1/stats')
    expect(reply.statusCode, reply.body).toBe(200)
    const stats = reply.json()
    expect(stats.events.total).toBe(EVENTS)
    for (const category of CATEGORY_CODES) {
      expect(stats.events.byCategory[category], `events of ${category}`).toBeGreaterThan(0)
      expect(stats.lots.byCategory[category] + stats.items.byCategory[category], `lots and items of ${category}`).toBeGreaterThan(0)
      expect(stats.parties.byCategory[category], `parties of ${category}`).toBeGreaterThan(0)
    }
    expect(stats.parties.total).toBe(summary.parties)
    expect(stats.products.total).toBe(summary.products)
  })

  it('gives every party a valid USCC of its own known region, and every GTIN its check digit', async () => {
    const parties = await platform.app.store.parties.list({ limit: 10_000, offset: 0 })
    expect(parties).toHaveLength(summary.parties)
    for (const party of parties) {
      expect(validateUscc(party.uscc ?? ''), `${party.name} ${party.uscc}`).toMatchObject({ valid: true, warnings: [] })
      expect(party.uscc!.slice(2, 8), `${party.name}: USCC positions 3–8 are its region`).toBe(party.regionCode)
      expect(findRegion(party.regionCode), `${party.name} region ${party.regionCode}`).toBeDefined()
      expect(party.categories.length).toBeGreaterThan(0)
    }
    expect(new Set(parties.map((p) => p.name)).size).toBe(parties.length)
    const products = await platform.app.store.products.list(10_000, 0)
    expect(products.length).toBe(summary.products)
    for (const product of products.filter((p) => p.gtin)) {
      expect(normalizeGtin(product.gtin!), product.name).toBe(product.gtin)
      if (product.category !== 'import') expect(product.gtin, product.name).toMatch(CHINA_GTIN)
    }
    for (const product of products.filter((p) => p.originRegionCode)) expect(findRegion(product.originRegionCode!), product.name).toBeDefined()
  })

  it('traces a sample of every chain back to a producer and forward to a sale or use', async () => {
    expect(new Set(summary.samples.map((s) => s.category))).toEqual(new Set(CATEGORY_CODES))
    for (const sample of summary.samples) {
      const backward = await traceCode(platform.app.store, sample.endCode, { direction: 'backward' })
      const producers = backward.nodes.flatMap((n) => n.holders.filter((h) => h.made > 0))
      expect(producers.length, `${sample.chain}: a producer behind ${sample.endCode}`).toBeGreaterThan(0)
      const forward = await traceCode(platform.app.store, sample.rootCode, { direction: 'forward' })
      const ends = forward.nodes.flatMap((n) => n.holders.filter((h) => h.sold + h.used > 0 && END_KINDS.has(h.party.kind ?? '')))
      expect(ends.length, `${sample.chain}: a sale or use after ${sample.rootCode}`).toBeGreaterThan(0)
    }
  })

  it('leaves no holder with a negative remaining in the impact of each sample root', async () => {
    for (const sample of summary.samples) {
      const impact = await assessImpact(platform.app.store, sample.rootCode)
      expect(impact.holderCount, sample.chain).toBeGreaterThan(1)
      for (const holder of impact.holders) {
        for (const remaining of holder.remaining) expect(remaining.quantity, `${sample.chain}: ${holder.party.name ?? holder.party.reference}`).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it('dates every event within the 60 days before the clock, in China time', async () => {
    const now = Date.parse(TEST_NOW)
    for (const sample of summary.samples) {
      const trace = await traceCode(platform.app.store, sample.rootCode, { direction: 'both' })
      for (const holder of trace.nodes.flatMap((n) => n.holders)) {
        for (const at of [holder.firstAt, holder.lastAt]) {
          expect(Date.parse(at), `${sample.chain} ${at}`).toBeLessThanOrEqual(now)
          expect(Date.parse(at), `${sample.chain} ${at}`).toBeGreaterThanOrEqual(now - 60 * DAY_MS)
        }
      }
    }
  })

  it('loads into an empty database only', async () => {
    expect(await loadDemoIfEmpty(platform.app, { events: 100, seed: 7 })).toBeUndefined()
  })
})
