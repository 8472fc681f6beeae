/**
 * The outbreak of issue 7: one contaminated ingredient lot, three plants, ten wholesalers, 2,000 end
 * holders in several provinces, items re-packed into mixed cases with clean items, and an unrelated clean
 * chain. The impact answer must list exactly the holders and quantities the generator worked out — no more,
 * no less — on every engine.
 */
import pino from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseTraceCode } from '../../../src/domain/identifiers/trace-key.js'
import { captureEvents } from '../../../src/services/capture/capture-events.js'
import { fixedClock } from '../../../src/services/clock.js'
import { assessImpact } from '../../../src/services/impact/assess.js'
import type { ImpactResult } from '../../../src/services/impact/model.js'
import type { Store } from '../../../src/storage/store.js'
import { engines, freshStore } from '../../support/engines.js'
import { generateOutbreak, loadOutbreak, type ExpectedQuantities, type Outbreak } from '../../support/outbreak.js'

const keyOf = (code: string) => {
  const parsed = parseTraceCode(code)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value.key
}

function actualQuantities(result: ImpactResult): Map<string, Map<string, ExpectedQuantities>> {
  const actual = new Map<string, Map<string, ExpectedQuantities>>()
  for (const holder of result.holders) {
    const byCode = new Map<string, ExpectedQuantities>()
    for (const u of holder.units) {
      byCode.set(u.code, { made: u.made, received: u.received, unconfirmed: u.unconfirmed, shipped: u.shipped, sold: u.sold, used: u.used, destroyed: u.destroyed, held: u.held })
    }
    actual.set(holder.party.uscc ?? holder.party.reference ?? '?', byCode)
  }
  return actual
}

function expectedByKey(outbreak: Outbreak): Map<string, Map<string, ExpectedQuantities>> {
  return new Map([...outbreak.expected].map(([uscc, byCode]) => [uscc, new Map([...byCode].map(([code, q]) => [keyOf(code), q]))]))
}

describe.each(engines())('outbreak impact on %s', (engine) => {
  let store: Store
  let outbreak: Outbreak
  let result: ImpactResult

  beforeAll(async () => {
    store = await freshStore(engine)
    outbreak = generateOutbreak({ holders: 2000, seed: 7 })
    const deps = { store, clock: fixedClock('2026-11-20T08:00:00.000Z'), log: pino({ level: 'silent' }), captureLimit: 100_000 }
    await loadOutbreak(store, outbreak, async (events) => {
      const report = await captureEvents(deps, events, '/events')
      if (report.created !== events.length) throw new Error(`captured ${report.created} of ${events.length} events`)
    })
    result = await assessImpact(store, outbreak.root)
  }, 600_000)

  it('lists exactly the holders of the contaminated closure with exactly their quantities', () => {
    const expected = expectedByKey(outbreak)
    expect(expected.size).toBeGreaterThan(2000)
    expect(result.holderCount).toBe(expected.size)
    expect(actualQuantities(result)).toEqual(expected)
    expect(result.truncated).toBe(false)
  })

  it('never lists the clean chain, nor the clean items that travelled in the same cases', () => {
    const listed = new Set(result.holders.map((h) => h.party.uscc))
    for (const uscc of outbreak.clean) expect(listed.has(uscc), outbreak.partyByUscc.get(uscc)?.name).toBe(false)
    const codes = new Set(result.holders.flatMap((h) => h.units.map((u) => u.code)))
    expect([...codes].some((code) => code.includes('00055') || code.includes('00044'))).toBe(false)
    expect(result.holders.some((h) => h.units.some((u) => u.kind === 'container'))).toBe(false)
  })

  it('names the producer upstream with its licence and contact, and none of the clean parties', () => {
    const producer = result.upstream.find((p) => p.roles.includes('producer'))
    expect(producer?.party.name).toBe('浙江原料油供应商')
    expect(producer?.licences[0]?.number).toMatch(/^JY/)
    expect(producer?.contact.phone).toMatch(/^1380000/)
    expect(result.upstream.map((p) => p.party.name)).toEqual(['浙江原料油供应商'])
  })

  it('summarises by kind of holder and by region, province → city → county, with counts that add up', () => {
    const kinds = Object.fromEntries(result.byHolderKind.map((k) => [k.kind, k.holders]))
    expect(kinds.school_canteen).toBe(250)
    expect(kinds.hospital).toBe(250)
    // The three plants and the maker of the ingredient.
    expect(kinds.processor).toBe(4)
    expect(kinds.wholesaler).toBe(11)
    expect(result.regions.reduce((n, p) => n + p.holders, 0)).toBe(result.holderCount)
    for (const province of result.regions) {
      expect(province.level).toBe('province')
      expect(province.children.reduce((n, c) => n + c.holders, 0)).toBe(province.holders)
    }
    const guangdong = result.regions.find((r) => r.code === '440000')
    expect(guangdong?.name).toBe('广东省')
    expect(guangdong?.children.map((c) => c.name)).toEqual(expect.arrayContaining(['广州市', '深圳市', '梅州市']))
  })

  it('dates every movement of a holder that got items in a mixed case, and says which case carried them', () => {
    const holder = result.holders.find((h) => h.units.some((u) => u.kind === 'item' && u.movements.some((m) => m.role === 'received' && m.via)))
    const item = holder!.units.find((u) => u.kind === 'item')!
    expect(item.from.map((f) => f.name)).toEqual(['混装分拣中心'])
    expect(item.movements[0]).toMatchObject({ role: 'received', quantity: 1, uom: 'H87' })
    expect(item.movements[0].via).toMatch(/sscc|^00/i)
    expect(result.timeline.length).toBeGreaterThan(0)
  })

  it('assesses several codes at once as the union of their closures', async () => {
    const two = await assessImpact(store, [keyOf(outbreak.root), outbreak.cleanRoot])
    const cleanHolder = outbreak.clean[3]
    expect(two.roots).toHaveLength(2)
    expect(two.holders.some((h) => h.party.uscc === cleanHolder)).toBe(true)
    expect(two.holderCount).toBe(result.holderCount + outbreak.clean.length)
  })
})
