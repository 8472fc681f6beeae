/** The public query shows the chain with public fields only and counts the queries, on every engine. */
import { beforeAll, describe, expect, it } from 'vitest'
import { formatPlatformCode } from '../../src/domain/identifiers/platform-code.js'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { capture, makeParty, makeProduct, type TestParty } from '../support/factories.js'

const HONEY = 'urn:epc:class:lgtin:6901234.000004.H2510'

describe.each(engines())('public query on %s', (engine) => {
  let platform: TestPlatform
  let beekeeper: TestParty, shop: TestParty

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    beekeeper = await makeParty(platform.server, '蕉岭县蜂业合作社', 'farm', '441427')
    shop = await makeParty(platform.server, '海口美兰区超市', 'supermarket', '460108')
    await makeProduct(platform.server, '百花蜂蜜', '06901234000047', 'food', 'KGM')
    const reply = await capture(platform.server, [
      { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-10-01T08:00:00+08:00', 'zs:party': beekeeper.uscc, bizLocation: { id: beekeeper.siteId }, quantityList: [{ epcClass: HONEY, quantity: 800, uom: 'KGM' }] },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'inspecting', eventTime: '2026-10-02T08:00:00+08:00', 'zs:party': beekeeper.uscc, quantityList: [{ epcClass: HONEY, quantity: 1, uom: 'KGM' }] },
      { type: 'TransactionEvent', action: 'ADD', bizStep: 'shipping', eventTime: '2026-10-03T08:00:00+08:00', 'zs:party': beekeeper.uscc, bizTransactionList: [{ type: 'inv', bizTransaction: 'urn:zhuisu:invoice:INV-2025-0042' }], destinationList: [{ type: 'owning_party', destination: shop.uscc }], quantityList: [{ epcClass: HONEY, quantity: 120, uom: 'KGM' }] },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: '2026-10-05T10:00:00+08:00', 'zs:party': shop.uscc, bizLocation: { id: shop.siteId }, quantityList: [{ epcClass: HONEY, quantity: 120, uom: 'KGM' }] },
    ])
    expect(reply.statusCode, reply.body).toBe(201)
  })

  it('shows product, producer, origin and the chain in time order', async () => {
    const reply = await platform.server.inject(`/api/v1/public/${encodeURIComponent(HONEY)}`)
    expect(reply.statusCode, reply.body).toBe(200)
    const result = reply.json()
    expect(result.product).toMatchObject({ name: '百花蜂蜜', category: 'food', gtin: '06901234000047' })
    expect(result.producer).toMatchObject({ name: '蕉岭县蜂业合作社', regionName: '广东省梅州市蕉岭县' })
    expect(result.origin).toMatchObject({ regionCode: '441427' })
    expect(result.chain.map((s: { role: string }) => s.role)).toEqual(['made', 'shipped', 'received'])
    expect(result.chain[2]).toMatchObject({ party: { name: '海口美兰区超市', regionName: '海南省海口市美兰区' }, siteName: '海口美兰区超市场所' })
    expect(result.inspections).toHaveLength(1)
  })

  it('never shows quantities, customers' + "' identifiers or transaction documents", async () => {
    const text = (await platform.server.inject(`/api/v1/public/${encodeURIComponent(HONEY)}`)).body
    for (const secret of ['120', '800', shop.uscc, beekeeper.uscc, 'INV-2025-0042', 'quantity']) expect(text).not.toContain(secret)
  })

  it('counts how often the code was queried before', async () => {
    const first = (await platform.server.inject(`/api/v1/public/${encodeURIComponent(HONEY)}`)).json().queries.count
    const second = (await platform.server.inject(`/api/v1/public/${encodeURIComponent('https://example.org/01/06901234000047/10/H2510')}`)).json().queries
    expect(second.count).toBe(first + 1)
    expect(second.firstAt).toBe('2026-11-20T08:00:00.000Z')
  })

  it('answers 404 with the error shape for an unknown code', async () => {
    const unknown = formatPlatformCode({ issuerRegion: '441400', category: 'agri', kind: 'lot', serial: '00000ZZZZ' })
    const reply = await platform.server.inject(`/api/v1/public/${unknown}`)
    expect(reply.statusCode).toBe(404)
    expect(reply.json().error).toMatchObject({ code: 'code_not_found', messages: { zh: '追溯码不存在', en: 'Trace code not found' } })
    const typo = await platform.server.inject(`/api/v1/public/${unknown.slice(0, -1)}${unknown.endsWith('0') ? '1' : '0'}`)
    expect(typo.statusCode).toBe(400)
    expect(typo.json().error.code).toBe('code_invalid')
  })
})
