/**
 * A multi-party chain driven through POST /api/v1/events: farm → slaughter (transformation) → cases →
 * wholesaler → two retailers, with an unrelated chicken chain through the same wholesaler that must never
 * appear. Backward, forward and impact answers are checked exactly, on every engine.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { capture, makeParty, makeProduct, type TestParty } from '../support/factories.js'

const PIG_GTIN = '06901234000016'
const PORK_GTIN = '06901234000023'
const CHICKEN_GTIN = '06901234000030'
const PIGS = 'urn:epc:class:lgtin:6901234.000001.P2511'
const PORK = 'urn:epc:class:lgtin:6901234.000002.K2511'
const CHICKEN = 'urn:epc:class:lgtin:6901234.000003.C2511'
const CASE_1 = 'urn:epc:id:sscc:6901234.0000000001'
const CASE_2 = 'urn:epc:id:sscc:6901234.0000000002'
const at = (day: number, hour = 8) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`

describe.each(engines())('trace of a pork chain on %s', (engine) => {
  let platform: TestPlatform
  let farm: TestParty, slaughter: TestParty, wholesaler: TestParty, retailer1: TestParty, retailer2: TestParty, chickenFarm: TestParty

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    const { server } = platform
    farm = await makeParty(server, '梅县生猪养殖场', 'farm', '441403')
    slaughter = await makeParty(server, '梅州定点屠宰厂', 'slaughterhouse', '441402')
    wholesaler = await makeParty(server, '梅州农产品批发市场', 'wholesale_market', '441402')
    retailer1 = await makeParty(server, '梅江区菜市场', 'market', '441402')
    retailer2 = await makeParty(server, '惠州超市', 'supermarket', '441302')
    chickenFarm = await makeParty(server, '兴宁鸡场', 'farm', '441481')
    await makeProduct(server, '生猪', PIG_GTIN, 'agri', 'H87')
    await makeProduct(server, '白条猪肉', PORK_GTIN)
    await makeProduct(server, '鸡肉', CHICKEN_GTIN)
    const ship = (time: string, from: TestParty, to: TestParty, what: object) => ({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: time, 'zs:party': from.uscc,
      bizLocation: { id: from.siteId }, destinationList: [{ type: 'owning_party', destination: to.uscc }], ...what,
    })
    const receive = (time: string, by: TestParty, from: TestParty, what: object) => ({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: time, 'zs:party': by.uscc,
      bizLocation: { id: by.siteId }, sourceList: [{ type: 'owning_party', source: from.uscc }], ...what,
    })
    const reply = await capture(server, [
      { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(1), 'zs:party': farm.uscc, bizLocation: { id: farm.siteId }, quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }] },
      ship(at(2), farm, slaughter, { quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }] }),
      receive(at(2, 14), slaughter, farm, { quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }] }),
      { type: 'TransformationEvent', eventTime: at(3), 'zs:party': slaughter.uscc, bizLocation: { id: slaughter.siteId }, inputQuantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }], outputQuantityList: [{ epcClass: PORK, quantity: 1000, uom: 'KGM' }] },
      { type: 'AggregationEvent', action: 'ADD', bizStep: 'packing', eventTime: at(3, 10), 'zs:party': slaughter.uscc, parentID: CASE_1, childQuantityList: [{ epcClass: PORK, quantity: 500, uom: 'KGM' }] },
      { type: 'AggregationEvent', action: 'ADD', bizStep: 'packing', eventTime: at(3, 11), 'zs:party': slaughter.uscc, parentID: CASE_2, childQuantityList: [{ epcClass: PORK, quantity: 500, uom: 'KGM' }] },
      ship(at(4), slaughter, wholesaler, { epcList: [CASE_1, CASE_2] }),
      receive(at(4, 12), wholesaler, slaughter, { epcList: [CASE_1, CASE_2] }),
      ship(at(5), wholesaler, retailer1, { epcList: [CASE_1] }),
      ship(at(5, 9), wholesaler, retailer2, { epcList: [CASE_2] }),
      receive(at(5, 15), retailer1, wholesaler, { epcList: [CASE_1] }),
      { type: 'AggregationEvent', action: 'DELETE', bizStep: 'unpacking', eventTime: at(6), 'zs:party': retailer1.uscc, parentID: CASE_1 },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'retail_selling', eventTime: at(6, 10), 'zs:party': retailer1.uscc, quantityList: [{ epcClass: PORK, quantity: 2, uom: 'KGM' }] },
      // The unrelated chain through the same wholesaler.
      { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(1), 'zs:party': chickenFarm.uscc, quantityList: [{ epcClass: CHICKEN, quantity: 300, uom: 'KGM' }] },
      ship(at(4), chickenFarm, wholesaler, { quantityList: [{ epcClass: CHICKEN, quantity: 300, uom: 'KGM' }] }),
      receive(at(4, 13), wholesaler, chickenFarm, { quantityList: [{ epcClass: CHICKEN, quantity: 300, uom: 'KGM' }] }),
      ship(at(5, 10), wholesaler, retailer1, { quantityList: [{ epcClass: CHICKEN, quantity: 100, uom: 'KGM' }] }),
    ])
    expect(reply.statusCode, reply.body).toBe(201)
  })

  it('traces the pork backward to the pig lot and the farm, and never to the chicken', async () => {
    const reply = await platform.server.inject(`/api/v1/trace/${encodeURIComponent(PORK)}?direction=backward`)
    expect(reply.statusCode, reply.body).toBe(200)
    const trace = reply.json()
    expect(trace.root.code).toBe('01/06901234000023/10/K2511')
    const codes = trace.nodes.map((n: { code: string }) => n.code).sort()
    expect(codes).toEqual(['00/069012340000000016', '00/069012340000000023', '01/06901234000016/10/P2511', '01/06901234000023/10/K2511'])
    const pigs = trace.nodes.find((n: { code: string }) => n.code.includes('P2511'))
    expect(pigs.product.name).toBe('生猪')
    expect(pigs.holders.map((h: { party: { name: string } }) => h.party.name).sort()).toEqual(['梅县生猪养殖场', '梅州定点屠宰厂'])
    const farmHolding = pigs.holders.find((h: { party: { name: string } }) => h.party.name === '梅县生猪养殖场')
    expect(farmHolding).toMatchObject({ made: 20, shipped: 20, remaining: 0, uom: 'H87', regionCodes: ['441403'] })
    expect(trace.edges.filter((e: { kind: string }) => e.kind === 'transformation')).toHaveLength(1)
    expect(JSON.stringify(trace)).not.toContain('C2511')
  })

  it('traces the pig lot forward to every holder with exact quantities', async () => {
    const reply = await platform.server.inject(`/api/v1/trace/${encodeURIComponent('https://id.example.com/01/06901234000016/10/P2511')}?direction=forward`)
    expect(reply.statusCode, reply.body).toBe(200)
    const trace = reply.json()
    const pork = trace.nodes.find((n: { code: string }) => n.code.includes('K2511'))
    const byName = Object.fromEntries(pork.holders.map((h: { party: { name: string } }) => [h.party.name, h]))
    expect(Object.keys(byName).sort()).toEqual(['惠州超市', '梅州农产品批发市场', '梅州定点屠宰厂', '梅江区菜市场'].sort())
    expect(byName['梅州定点屠宰厂']).toMatchObject({ made: 1000, shipped: 1000, remaining: 0 })
    expect(byName['梅州农产品批发市场']).toMatchObject({ received: 1000, shipped: 1000, remaining: 0 })
    expect(byName['梅江区菜市场']).toMatchObject({ received: 500, sold: 2, remaining: 498 })
    expect(byName['惠州超市']).toMatchObject({ received: 0, unconfirmed: 500, remaining: 500 })
    expect(JSON.stringify(trace)).not.toContain('C2511')
    const transfers = trace.edges.filter((e: { kind: string }) => e.kind === 'transfer')
    expect(transfers.some((t: { from: { name: string }; to: { name: string } }) => t.from.name === '梅县生猪养殖场' && t.to.name === '梅州定点屠宰厂')).toBe(true)
  })

  it('summarises the impact of the pig lot per holder', async () => {
    const reply = await platform.server.inject(`/api/v1/impact/${encodeURIComponent(PIGS)}`)
    expect(reply.statusCode, reply.body).toBe(200)
    const impact = reply.json()
    const held = Object.fromEntries(impact.holders.map((h: { party: { name: string }; remaining: { uom: string; quantity: number }[] }) => [h.party.name, h.remaining]))
    expect(held).toEqual({
      梅县生猪养殖场: [{ uom: 'H87', quantity: 0 }],
      梅州定点屠宰厂: [{ uom: 'H87', quantity: 0 }, { uom: 'KGM', quantity: 0 }],
      梅州农产品批发市场: [{ uom: 'KGM', quantity: 0 }],
      梅江区菜市场: [{ uom: 'KGM', quantity: 498 }],
      惠州超市: [{ uom: 'KGM', quantity: 500 }],
    })
    expect(impact.holderCount).toBe(5)
    expect(impact.byRegion).toContainEqual({ regionCode: '441302', holders: 1 })
    expect(JSON.stringify(impact)).not.toContain('兴宁鸡场')
  })

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const unknown = await platform.server.inject(`/api/v1/trace/${encodeURIComponent('urn:epc:class:lgtin:6901234.000002.NOPE')}`)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('code_not_found')
    const malformed = await platform.server.inject('/api/v1/trace/12345')
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().error.code).toBe('code_invalid')
  })
})
