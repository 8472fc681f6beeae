/**
 * The pieces under the demo chains, without a database: the seeded generator, the identifiers, the regions
 * and the chain toolkit's events and ledger.
 */
import { describe, expect, it } from 'vitest'
import { parseEvent } from '../../../src/domain/events/parse-event.js'
import { normalizeGtin } from '../../../src/domain/identifiers/gs1.js'
import { parseTraceCode } from '../../../src/domain/identifiers/trace-key.js'
import { validateUscc } from '../../../src/domain/identifiers/uscc.js'
import type { Product } from '../../../src/domain/master-data.js'
import { findRegion } from '../../../src/domain/regions.js'
import { amount, ChainKit, type Actor, type EventOut } from '../../../src/services/demo/chain-kit.js'
import { gtinOf, IdentityRegistry, lgtinUrn, location, ssccUrn } from '../../../src/services/demo/identity.js'
import { demoRegionCodes } from '../../../src/services/demo/places.js'
import { Random } from '../../../src/services/demo/random.js'
import { UnitRegistry, type DemoProduct } from '../../../src/services/demo/units.js'

describe('demo random numbers', () => {
  it('repeats a sequence for a seed and stream, and differs across them', () => {
    const draw = (seed: number, stream: number) => {
      const rng = new Random(seed, stream)
      return Array.from({ length: 20 }, () => rng.nextUint32())
    }
    expect(draw(1, 0)).toEqual(draw(1, 0))
    expect(draw(1, 0)).not.toEqual(draw(2, 0))
    expect(draw(1, 0)).not.toEqual(draw(1, 1))
  })

  it('splits a quantity into shares that add up exactly', () => {
    const rng = new Random(3)
    for (let i = 0; i < 200; i++) {
      const total = rng.int(10, 100_000)
      const parts = rng.int(1, 8)
      const shares = rng.split(total, parts)
      expect(shares).toHaveLength(parts)
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total)
      expect(Math.min(...shares)).toBeGreaterThan(0)
    }
  })
})

describe('demo identifiers and places', () => {
  it('knows every region code it uses (GB/T 2260)', () => {
    const unknown = demoRegionCodes().filter((code) => !findRegion(code))
    expect(unknown).toEqual([])
    expect(demoRegionCodes()).toEqual(expect.arrayContaining(['441402', '441481', '441324', '460108', '410122', '530111']))
    // Suppliers in Inner Mongolia (呼和浩特 dairy, 包头 rare earth), 赣州, 云南 and 黑龙江 五常 sit in real counties there.
    for (const prefecture of ['1501', '1502', '3607', '5326', '2301']) expect(demoRegionCodes().some((code) => code.startsWith(prefecture)), prefecture).toBe(true)
  })

  it('makes valid, unique USCCs carrying the region, and GS1 keys that parse back', () => {
    const ids = new IdentityRegistry(new Random(5))
    const usccs = Array.from({ length: 500 }, (_, i) => ids.uscc(i % 2 ? '92' : '91', '441402'))
    expect(new Set(usccs).size).toBe(usccs.length)
    for (const uscc of usccs) {
      const result = validateUscc(uscc)
      expect(result, uscc).toMatchObject({ valid: true, warnings: [] })
      expect(uscc.slice(2, 8)).toBe('441402')
    }
    const company = ids.companyPrefix()
    const gtin = gtinOf(company, 7)
    expect(normalizeGtin(gtin)).toBe(gtin)
    expect(gtin).toMatch(/^069[0-3]/)
    const lot = parseTraceCode(lgtinUrn(gtin, company.prefix.length, 'L261101000001'))
    expect(lot.ok && lot.value).toMatchObject({ key: `01/${gtin}/10/L261101000001`, kind: 'lot' })
    const sscc = ssccUrn(company, ids.serial(9))
    expect(parseTraceCode(sscc.urn)).toMatchObject({ ok: true, value: { key: `00/${sscc.sscc}`, kind: 'container' } })
    expect(parseTraceCode(location(company, 1).urn)).toMatchObject({ ok: false })
  })
})

const NOW = Date.parse('2026-11-20T08:00:00.000Z')
const ACME: Actor = { ref: '91441402MA0000001X', name: '梅州甲食品有限公司', site: location({ prefix: '6901234', referenceDigits: 5 }, 1) }
const SHOP: Actor = { ref: '92441402MA0000002X', name: '金山农贸市场乙记', site: location({ prefix: '6909999', referenceDigits: 5 }, 2) }
const OIL: DemoProduct = {
  product: { id: 'product-1', category: 'food', name: '花生油', uom: 'KGM', gtin: '06901234000016', createdAt: '2026-11-20T08:00:00.000Z' } as Product,
  prefixLength: 7,
}

function kitWithOutput() {
  const events: Record<string, unknown>[] = []
  const out: EventOut = { accept: (_units, render) => (events.push(render()), true) }
  const kit = new ChainKit(out, new UnitRegistry(), new Random(9), 'food', NOW - 5 * 86_400_000, NOW)
  return { kit, events }
}

describe('demo chain toolkit', () => {
  it('writes EPCIS events that parse, in China time, in order and never after now', () => {
    const { kit, events } = kitWithOutput()
    const lot = kit.units.lot(OIL, { lotNumber: 'P261115000001', partyId: 'party-1', productionDate: '2026-11-15' })
    const parcel = kit.units.container({ prefix: '6901234', referenceDigits: 5 }, '000000001')
    kit.make(ACME, [amount(lot, 100)]).wait(1, 2).pack(ACME, parcel, [amount(lot, 40)])
    kit.transfer(ACME, SHOP, [parcel], { docs: [{ type: 'inv', id: 'FP0001' }] })
    kit.unpack(SHOP, parcel).sell(SHOP, [amount(lot, 2.5)], { data: { unitPriceFen: 3200 } })
    kit.wait(24 * 30, 24 * 40).sell(SHOP, [amount(lot, 1)])
    expect(events).toHaveLength(7)
    const times = events.map((e) => String(e.eventTime))
    for (const time of times) expect(time).toMatch(/^2026-1[01]-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    expect([...times].sort()).toEqual(times)
    expect(Date.parse(times[times.length - 1])).toBeLessThanOrEqual(NOW)
    events.forEach((event, i) => {
      const parsed = parseEvent(event, { pointer: `/events/${i}`, now: new Date(NOW).toISOString(), makeEventId: (hash) => `ni:///sha-256;${hash}` })
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true)
    })
    expect(events[4]).toMatchObject({ type: 'AggregationEvent', action: 'DELETE', childQuantityList: [{ quantity: 40, uom: 'KGM' }] })
    expect(events[2]).toMatchObject({ bizLocation: { id: ACME.site!.urn }, 'zs:party': ACME.ref, destinationList: [{ type: 'owning_party', destination: SHOP.ref }] })
  })

  it('refuses to ship, sell or pack more than a party holds', () => {
    const { kit } = kitWithOutput()
    const lot = kit.units.lot(OIL, { lotNumber: 'P261115000002', partyId: 'party-1', productionDate: '2026-11-15' })
    kit.make(ACME, [amount(lot, 10)])
    expect(() => kit.ship(ACME, SHOP, [amount(lot, 10.5)])).toThrow(/ledger/)
    kit.transfer(ACME, SHOP, [amount(lot, 4)])
    expect(kit.holding(SHOP, lot)).toBe(4)
    expect(() => kit.sell(SHOP, [amount(lot, 4.1)])).toThrow(/ledger/)
    expect(() => kit.receive(SHOP, ACME, [amount(lot, 1)])).toThrow(/ledger/)
  })
})
