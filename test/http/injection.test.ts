/**
 * Hostile strings — SQL, HTML and script, path traversal, very long and Unicode-tricky text — in every text
 * field of every write route are stored literally (and read back byte for byte) or rejected with a 4xx;
 * never a 5xx, never executed. On every engine.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { capture, makeParty, type TestParty } from '../support/factories.js'
import { HOSTILE_STRINGS } from '../support/hostile-strings.js'

type Reply = Awaited<ReturnType<TestPlatform['server']['inject']>>

/** Master data is trimmed of surrounding white space on registration; nothing else may change. */
const literally = (value: string) => [value, value.trim()]

/** Percent-encodes a path segment; text with no UTF-8 form goes as the bytes a broken client would send. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return '%ED%A0%80'
  }
}

/** A hostile value was either refused with a 4xx in the error shape or accepted; never a 5xx. */
function expectStoredOrRejected(reply: Reply, label: string): boolean {
  expect(reply.statusCode, `${label}: ${reply.body.slice(0, 300)}`).toBeLessThan(500)
  if (reply.statusCode >= 400) {
    expect(reply.json().error.code, label).toMatch(/^[a-z_]+$/)
    return false
  }
  return true
}

describe.each(engines())('hostile strings on %s', (engine) => {
  let platform: TestPlatform
  let owner: TestParty
  let productId: string
  let stored = 0

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    owner = await makeParty(platform.server, '梅州市测试主体', 'processor', '441402')
    const product = await platform.server.inject({ method: 'POST', url: '/api/v1/products', payload: { name: '测试产品', category: 'agri', uom: 'KGM' } })
    productId = product.json().id
  })

  const post = (url: string, payload: unknown) => platform.server.inject({ method: 'POST', url, payload: payload as Record<string, unknown> })

  it.each(Object.entries(HOSTILE_STRINGS))('stores literally or rejects %s in every party, site and product field', async (_name, value) => {
    for (const field of ['name', 'address', 'contactName', 'contactPhone']) {
      const reply = await post('/api/v1/parties', { name: '主体', kind: 'processor', regionCode: '441402', [field]: value })
      if (!expectStoredOrRejected(reply, `party.${field}`)) continue
      stored++
      const read = await platform.server.inject(`/api/v1/parties/${reply.json().id}`)
      expect(literally(value), `party.${field}`).toContain(read.json().party[field])
    }
    for (const field of ['type', 'number'] as const) {
      const licence = { type: 'food_production', number: 'SC1234', [field]: value }
      const reply = await post('/api/v1/parties', { name: '主体', kind: 'processor', regionCode: '441402', licences: [licence] })
      if (expectStoredOrRejected(reply, `party.licences.${field}`)) expect(literally(value)).toContain(reply.json().licences[0][field])
    }
    for (const field of ['uscc', 'gln']) expectStoredOrRejected(await post('/api/v1/parties', { name: '主体', kind: 'processor', regionCode: '441402', [field]: value }), `party.${field}`)
    for (const field of ['name', 'kind', 'address']) {
      const reply = await post(`/api/v1/parties/${owner.id}/sites`, { name: '场所', kind: 'site', regionCode: '441402', [field]: value })
      if (expectStoredOrRejected(reply, `site.${field}`)) expect(literally(value), `site.${field}`).toContain(reply.json()[field])
    }
    for (const field of ['name', 'specification', 'approvalNumber', 'gtin', 'partyId']) {
      const reply = await post('/api/v1/products', { name: '产品', category: 'agri', uom: 'KGM', [field]: value })
      if (!expectStoredOrRejected(reply, `product.${field}`)) continue
      const read = await platform.server.inject(`/api/v1/products/${reply.json().id}`)
      expect(literally(value), `product.${field}`).toContain(read.json()[field])
    }
    for (const field of ['lotNumber', 'serial', 'partyId', 'productId']) {
      const payload = { productId, kind: field === 'serial' ? 'item' : 'lot', lotNumber: `L${stored++}`, [field]: value }
      const reply = await post('/api/v1/units', payload)
      if (expectStoredOrRejected(reply, `unit.${field}`) && field !== 'partyId') expect(literally(value), `unit.${field}`).toContain(reply.json()[field])
    }
  })

  it.each(Object.entries(HOSTILE_STRINGS))('stores literally or rejects %s in event data, keys and references', async (name, value) => {
    const base = {
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'inspecting', eventTime: '2026-11-05T08:00:00+08:00', 'zs:category': 'agri',
      'zs:party': owner.uscc, bizLocation: { id: owner.siteId }, quantityList: [{ epcClass: 'urn:epc:class:lgtin:6901234.000002.L1', quantity: 1, uom: 'KGM' }],
    }
    const eventId = `urn:uuid:00000000-0000-4000-8000-${String(Object.keys(HOSTILE_STRINGS).indexOf(name)).padStart(12, '0')}`
    const data = await capture(platform.server, [{ ...base, eventID: eventId, 'zs:data': { 检验结论: value, [`k${value}`.slice(0, 300)]: value } }])
    if (expectStoredOrRejected(data, 'zs:data')) {
      const read = await platform.server.inject(`/api/v1/events/${encodeURIComponent(eventId)}`)
      expect(read.statusCode).toBe(200)
      expect(read.json().event['zs:data'].检验结论).toBe(value)
    }
    const fields: Record<string, unknown>[] = [
      { eventID: value }, { bizStep: value }, { disposition: value }, { readPoint: { id: value } }, { bizLocation: { id: value } },
      { 'zs:party': value }, { 'zs:stage': value }, { epcList: [value], quantityList: undefined },
      { quantityList: [{ epcClass: value, quantity: 1, uom: 'KGM' }] }, { bizTransactionList: [{ type: value, bizTransaction: value }] },
      { sourceList: [{ type: 'owning_party', source: value }] }, { ilmd: { note: value } },
    ]
    for (const field of fields) expectStoredOrRejected(await capture(platform.server, [{ ...base, ...field }]), `event ${JSON.stringify(field).slice(0, 80)}`)
    for (const path of ['/api/v1/public/', '/api/v1/trace/', '/api/v1/impact/', '/api/v1/codes/', '/api/v1/events/', '/api/v1/products/', '/api/v1/parties/']) {
      const reply = await platform.server.inject(`${path}${pathSegment(value)}`)
      expect(reply.statusCode, `${path}: ${reply.body.slice(0, 200)}`).toBeLessThan(500)
    }
  })

  it('refuses NUL and unpaired surrogates everywhere with text_invalid and the field, on both engines alike', async () => {
    for (const value of [HOSTILE_STRINGS['NUL byte'], HOSTILE_STRINGS['lone surrogate']]) {
      const party = await post('/api/v1/parties', { name: value, kind: 'processor', regionCode: '441402' })
      expect(party.statusCode).toBe(400)
      expect(party.json().error).toMatchObject({ code: 'text_invalid', field: '/name' })
      const event = await capture(platform.server, [{ type: 'ObjectEvent', eventTime: '2026-11-05T08:00:00+08:00', 'zs:data': { 结论: value } }])
      expect(event.json().error).toMatchObject({ code: 'text_invalid', field: '/events/0/zs:data/结论' })
    }
    const path = await platform.server.inject('/api/v1/public/a%00b')
    expect(path.json().error).toMatchObject({ code: 'text_invalid', field: '/params/code' })
  })

  it('still has every table and answers normally afterwards', async () => {
    expect(stored).toBeGreaterThan(0)
    const stats = await platform.server.inject('/api/v1/stats')
    expect(stats.statusCode).toBe(200)
    expect(stats.json().parties.total).toBeGreaterThan(1)
    expect((await platform.server.inject('/api/v1/parties?limit=500')).statusCode).toBe(200)
  })
})
