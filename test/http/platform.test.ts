/** Health, OpenAPI, open statistics, master data and the administrator token, on every engine. */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { makeParty, makeUscc } from '../support/factories.js'

const TOKEN = 'a-long-test-admin-token-0123456789'
const auth = { authorization: `Bearer ${TOKEN}` }

describe.each(engines())('platform on %s', (engine) => {
  let platform: TestPlatform

  beforeAll(async () => {
    platform = await buildTestPlatform(engine, { ZHUISU_ADMIN_TOKEN: TOKEN })
  })

  it('answers the health check with the engine', async () => {
    const reply = await platform.server.inject('/healthz')
    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ status: 'ok', engine })
  })

  it('publishes an OpenAPI document listing the routes, and browsable docs', async () => {
    const document = (await platform.server.inject('/openapi.json')).json()
    expect(document.openapi).toMatch(/^3\./)
    for (const path of ['/api/v1/events', '/api/v1/trace/{code}', '/api/v1/impact/{code}', '/api/v1/public/{code}', '/api/v1/stats', '/api/v1/parties', '/api/v1/products', '/api/v1/units']) {
      expect(Object.keys(document.paths)).toContain(path)
    }
    expect((await platform.server.inject('/docs/')).statusCode).toBe(200)
  })

  it('requires the administrator token for writes and confidential reads once one is configured', async () => {
    const anonymous = await platform.server.inject({ method: 'POST', url: '/api/v1/events', payload: { events: [] } })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().error.code).toBe('unauthorized')
    const wrong = await platform.server.inject({ method: 'GET', url: '/api/v1/trace/ZS441400AL0000000011', headers: { authorization: 'Bearer wrong-token-of-some-length' } })
    expect(wrong.statusCode).toBe(401)
    const admitted = await platform.server.inject({ method: 'POST', url: '/api/v1/events', headers: auth, payload: { events: [] } })
    expect(admitted.statusCode).toBe(422)
    const publicQuery = await platform.server.inject('/api/v1/public/ZS441400AL0000000011')
    expect(publicQuery.statusCode).not.toBe(401)
  })

  it('registers a party with a checked USCC and refuses a bad one or a duplicate', async () => {
    const party = await makeParty(platform.server, '惠东县渔业合作社', 'farm', '441323', auth)
    const again = await platform.server.inject({ method: 'POST', url: '/api/v1/parties', headers: auth, payload: { name: 'x', kind: 'farm', regionCode: '441323', uscc: party.uscc } })
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({ code: 'party_exists', field: '/uscc' })
    const bad = await platform.server.inject({ method: 'POST', url: '/api/v1/parties', headers: auth, payload: { name: 'x', kind: 'farm', regionCode: '441323', uscc: '91350100M000100Y44' } })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().error).toMatchObject({ code: 'uscc_invalid', field: '/uscc', reason: expect.stringMatching(/should be 3/) })
    const region = await platform.server.inject({ method: 'POST', url: '/api/v1/parties', headers: auth, payload: { name: 'x', kind: 'farm', regionCode: '449999', uscc: makeUscc() } })
    expect(region.json().error).toMatchObject({ code: 'region_invalid', field: '/regionCode' })
    const unknownField = await platform.server.inject({ method: 'POST', url: '/api/v1/parties', headers: auth, payload: { name: 'x', kind: 'farm', regionCode: '441323', password: 'x' } })
    expect(unknownField.statusCode).toBe(400)
    expect(unknownField.json().error.code).toBe('invalid_request')
  })

  it('issues platform codes for a product without GTIN and counts it in the statistics', async () => {
    const product = await platform.server.inject({ method: 'POST', url: '/api/v1/products', headers: auth, payload: { name: '梅州金柚', category: 'agri', uom: 'KGM', originRegionCode: '441426' } })
    expect(product.statusCode).toBe(201)
    const lot = await platform.server.inject({ method: 'POST', url: '/api/v1/units', headers: auth, payload: { productId: product.json().id, kind: 'lot', lotNumber: 'GY-2611', quantity: 1200.5 } })
    expect(lot.statusCode, lot.body).toBe(201)
    expect(lot.json()).toMatchObject({ code: expect.stringMatching(/^ZS441400AL[0-9A-Z]{10}$/), kind: 'lot', quantity: 1200.5, uom: 'KGM' })
    const duplicate = await platform.server.inject({ method: 'POST', url: '/api/v1/units', headers: auth, payload: { productId: product.json().id, kind: 'lot', lotNumber: 'GY-2611' } })
    expect(duplicate.statusCode).toBe(409)
    expect(duplicate.json().error).toMatchObject({ code: 'lot_exists', field: '/lotNumber', existingCode: lot.json().code })
    const stats = (await platform.server.inject('/api/v1/stats')).json()
    expect(stats.lots.byCategory.agri).toBe(1)
    expect(Object.keys(stats.events.byCategory).sort()).toEqual(['agri', 'agri_input', 'drug', 'equipment', 'food', 'hazardous', 'import', 'rare_earth'])
  })

  it('answers an unknown route with a 404 in the error shape', async () => {
    const reply = await platform.server.inject('/api/v1/nothing')
    expect(reply.statusCode).toBe(404)
    expect(reply.json().error.code).toBe('route_not_found')
  })
})
