/**
 * The enterprise portal API on every engine: expected receipts (appear for the addressee only, accepted
 * once with the shipment's codes and quantities, idempotent), holdings, the partner view with its export,
 * and licences with expiry reminders and an append-only history.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { RECEIPT_PREFIX } from '../../src/services/portal/expected-receipts.js'
import { engines } from '../support/engines.js'
import { capture } from '../support/factories.js'
import { buildPortalWorld, farmEvents, PIG_LOT, type PortalParty, type PortalWorld } from '../support/portal-world.js'

const SHIPMENT_ID = 'urn:uuid:0190c000-0000-7000-8000-0000000000f1'

describe.each(engines())('enterprise portal API on %s', (engine) => {
  let world: PortalWorld
  const get = async (who: PortalParty, url: string) => {
    const reply = await world.platform.server.inject({ url, headers: who.headers })
    expect(reply.statusCode, reply.body).toBe(200)
    return reply.json()
  }
  const accept = (who: PortalParty, payload: object = {}) =>
    world.platform.server.inject({ method: 'POST', url: `/api/v1/portal/expected-receipts/${encodeURIComponent(SHIPMENT_ID)}/accept`, headers: who.headers, payload })

  beforeAll(async () => {
    world = await buildPortalWorld(engine)
    const reply = await capture(world.platform.server, farmEvents(world, world.slaughterhouse), world.farm.headers)
    expect(reply.statusCode, reply.body).toBe(201)
  })

  it('gives the context: own party, sites, products and the stages of its kind', async () => {
    const context = await get(world.farm, '/api/v1/portal/context')
    expect(context.party.name).toBe('梅县生猪养殖场')
    expect(context.sites.map((s: { id: string }) => s.id)).toEqual([world.farm.siteId])
    expect(context.products.map((p: { name: string }) => p.name)).toEqual(['生猪'])
    expect(context.stages).toEqual([{ category: 'agri', stages: ['production', 'leaving_farm'] }])
    expect(context.partners.map((p: { name: string }) => p.name)).toEqual(['梅江定点屠宰场'])
    expect((await get(world.slaughterhouse, '/api/v1/portal/context')).stages).toEqual([{ category: 'agri', stages: ['slaughter'] }])
  })

  it('shows the shipment as an expected receipt to the addressee only, with a preview that needs nothing more', async () => {
    const page = await get(world.slaughterhouse, '/api/v1/portal/expected-receipts')
    expect(page.total).toBe(1)
    const [receipt] = page.items
    expect(receipt.eventId).toBe(SHIPMENT_ID)
    expect(receipt.shipper.name).toBe('梅县生猪养殖场')
    expect(receipt.lines).toEqual([{ code: '01/06901234000313/10/P20261118', productName: '生猪', quantity: 20, uom: 'H87' }])
    expect(receipt.preview).toMatchObject({
      bizStep: 'receiving', 'zs:stage': 'slaughter', eventID: `${RECEIPT_PREFIX}${SHIPMENT_ID}`, bizLocation: { id: world.slaughterhouse.siteId },
      quantityList: [{ epcClass: PIG_LOT, quantity: 20, uom: 'H87' }], 'zs:data': { originQuarantineCertificateNo: '4414031118', headCount: 20 },
    })
    expect(receipt.issues).toEqual([])
    for (const other of [world.market, world.farm, world.factory]) expect((await get(other, '/api/v1/portal/expected-receipts')).total).toBe(0)
    expect((await accept(world.market)).statusCode).toBe(404)
    expect((await accept(world.factory)).statusCode).toBe(404)
  })

  it('accepts once: the receipt carries the same lot and quantity, and a second accept records nothing', async () => {
    const first = await accept(world.slaughterhouse)
    expect(first.statusCode, first.body).toBe(201)
    expect(first.json()).toEqual({ status: 'created', eventId: `${RECEIPT_PREFIX}${SHIPMENT_ID}` })
    const second = await accept(world.slaughterhouse)
    expect(second.statusCode).toBe(200)
    expect(second.json()).toEqual({ status: 'duplicate', eventId: `${RECEIPT_PREFIX}${SHIPMENT_ID}` })
    expect((await get(world.slaughterhouse, '/api/v1/portal/expected-receipts')).total).toBe(0)
    const events = await get(world.slaughterhouse, '/api/v1/portal/events?bizStep=receiving')
    expect(events.total).toBe(1)
    const holdings = await get(world.slaughterhouse, '/api/v1/portal/holdings')
    expect(holdings.items).toEqual([expect.objectContaining({ productName: '生猪', received: 20, remaining: 20, uom: 'H87' })])
  })

  it('a receipt recorded by hand also ends the expectation', async () => {
    const shipment = { ...farmEvents(world, world.market, 5)[1], eventID: 'urn:uuid:0190c000-0000-7000-8000-0000000000f2', eventTime: '2026-11-19T07:00:00+08:00' }
    expect((await capture(world.platform.server, [shipment], world.farm.headers)).statusCode).toBe(201)
    expect((await get(world.market, '/api/v1/portal/expected-receipts')).total).toBe(1)
    const receipt = {
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: '2026-11-19T09:00:00+08:00', 'zs:party': world.market.uscc, 'zs:category': 'agri', 'zs:stage': 'retail',
      sourceList: [{ type: 'owning_party', source: world.farm.uscc }], quantityList: [{ epcClass: PIG_LOT, quantity: 5, uom: 'H87' }],
      'zs:data': { tradeVoucherNo: 'T2026111900001', supplierName: '梅县生猪养殖场' },
    }
    const reply = await capture(world.platform.server, [receipt], world.market.headers)
    expect(reply.statusCode, reply.body).toBe(201)
    expect((await get(world.market, '/api/v1/portal/expected-receipts')).total).toBe(0)
  })

  it('pages, sorts and filters holdings on the server', async () => {
    const farmHoldings = await get(world.farm, '/api/v1/portal/holdings?sort=remaining&direction=asc&limit=1')
    expect(farmHoldings).toMatchObject({ total: 1, limit: 1, offset: 0 })
    expect(farmHoldings.items[0]).toMatchObject({ made: 20, shipped: 25, remaining: -5 })
    expect((await get(world.farm, '/api/v1/portal/holdings?inStock=true')).total).toBe(0)
    expect((await get(world.slaughterhouse, '/api/v1/portal/holdings?q=P20261118')).total).toBe(1)
    expect((await get(world.slaughterhouse, '/api/v1/portal/holdings?q=%E7%89%9B')).total).toBe(0)
  })

  it('shows one step up and one step down, and exports it as xlsx', async () => {
    const down = await get(world.farm, '/api/v1/portal/partners?side=down&sort=partner&direction=asc')
    expect(down.items.map((l: { partner: { name: string }; quantity: number }) => [l.partner.name, l.quantity])).toEqual([['梅江农贸市场3号摊', 5], ['梅江定点屠宰场', 20]])
    const up = await get(world.slaughterhouse, '/api/v1/portal/partners?side=up')
    expect(up.items).toEqual([expect.objectContaining({ side: 'up', partner: expect.objectContaining({ name: '梅县生猪养殖场' }), quantity: 20, productName: '生猪' })])
    expect((await get(world.slaughterhouse, '/api/v1/portal/partners?side=down')).total).toBe(0)
    const xlsx = await world.platform.server.inject({ url: '/api/v1/portal/partners?format=xlsx', headers: world.farm.headers })
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK')
  })

  it('finds trading partners by name for the picker, never for the public', async () => {
    const hits = await get(world.slaughterhouse, `/api/v1/portal/partner-search?q=${encodeURIComponent('农贸')}`)
    expect(hits.parties.map((p: { name: string }) => p.name)).toEqual(['梅江农贸市场3号摊'])
    expect((await world.platform.server.inject({ url: '/api/v1/portal/partner-search?q=%E6%A2%85' })).statusCode).toBe(401)
  })

  it('keeps licences append-only, with a reminder 30 days before expiry', async () => {
    const post = (payload: object) => world.platform.server.inject({ method: 'POST', url: '/api/v1/portal/licences', headers: world.market.headers, payload })
    // TEST_NOW is 2026-11-20: the first expires in 20 days, the second in a year.
    expect((await post({ type: '食品经营许可证', number: 'JY14414020001234', validUntil: '2026-12-10' })).json()).toMatchObject({ status: 'expiring', daysLeft: 20 })
    expect((await post({ type: '营业执照', number: 'YY-0001', validUntil: '2027-11-20' })).statusCode).toBe(201)
    expect((await post({ type: '营业执照', number: 'YY-0001', validUntil: '2027-13-01' })).statusCode).toBe(422)
    let licences = await get(world.market, '/api/v1/portal/licences')
    expect(licences.reminders.map((l: { number: string }) => l.number)).toEqual(['JY14414020001234'])
    expect(licences.licences).toHaveLength(2)
    expect((await post({ type: '食品经营许可证', number: 'JY14414020001234', action: 'withdraw' })).statusCode).toBe(201)
    licences = await get(world.market, '/api/v1/portal/licences')
    expect(licences.licences.map((l: { number: string }) => l.number)).toEqual(['YY-0001'])
    expect(licences.reminders).toEqual([])
    expect(licences.history.map((h: { action: string }) => h.action)).toEqual(['add', 'add', 'withdraw'])
    expect((await get(world.farm, '/api/v1/portal/licences')).licences).toEqual([])
  })

  it('answers 403 to a regulator-less operator and 401 to the public', async () => {
    expect((await world.platform.server.inject({ url: '/api/v1/portal/holdings', headers: world.admin })).statusCode).toBe(403)
    expect((await world.platform.server.inject({ url: '/api/v1/portal/holdings' })).statusCode).toBe(401)
  })
})
