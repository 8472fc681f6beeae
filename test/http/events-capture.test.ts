/**
 * POST /api/v1/events: every kind of bad input gets a 4xx with a code and the field at fault, never a 500
 * and never a partial write; capture is idempotent by eventID. On every engine.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { capture, makeParty, type TestParty } from '../support/factories.js'

const LOT = 'urn:epc:class:lgtin:6901234.000002.L1'
const good = (overrides: Record<string, unknown> = {}) => ({
  type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-11-05T08:00:00+08:00', eventTimeZoneOffset: '+08:00',
  quantityList: [{ epcClass: LOT, quantity: 12.5, uom: 'KGM' }], 'zs:category': 'agri', ...overrides,
})

describe.each(engines())('capture on %s', (engine) => {
  let platform: TestPlatform
  let farm: TestParty
  const count = async () => (await platform.server.inject('/api/v1/stats')).json().events.total as number

  beforeAll(async () => {
    platform = await buildTestPlatform(engine, { ZHUISU_CAPTURE_LIMIT: '20' })
    farm = await makeParty(platform.server, '平远县果园', 'farm', '441426')
  })

  it('rejects malformed JSON with invalid_json', async () => {
    const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/events', headers: { 'content-type': 'application/json' }, payload: '{"events": [' })
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error.code).toBe('invalid_json')
  })

  it('rejects a wrong content type with 415', async () => {
    const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/events', headers: { 'content-type': 'text/plain' }, payload: 'hello' })
    expect(reply.statusCode).toBe(415)
    expect(reply.json().error.code).toBe('unsupported_media_type')
  })

  it('rejects a body without an event list', async () => {
    const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/events', payload: { foo: 1 } })
    expect(reply.statusCode).toBe(422)
    expect(reply.json().error).toMatchObject({ code: 'field_required', field: '/events' })
  })

  it('lists every bad event by index with field, code and both languages, and writes nothing', async () => {
    const before = await count()
    const reply = await capture(platform.server, [
      good({ eventID: 'urn:uuid:0b7e8e2c-0000-4000-8000-000000000001' }),
      good({ type: 'TeleportEvent' }),
      good({ eventTime: '2026-02-30T08:00:00+08:00' }),
      good({ eventTimeZoneOffset: '+15:00' }),
      good({ quantityList: [{ epcClass: LOT, quantity: -1, uom: 'KGM' }] }),
      good({ quantityList: [{ epcClass: LOT, quantity: '12', uom: 'KGM' }] }),
      good({ bizStep: 'teleporting' }),
      good({ action: undefined }),
      good({ epcList: ['urn:epc:id:sgtin:6901234.000002.X'], quantityList: undefined, color: 'red' }),
      good({ quantityList: [{ epcClass: 'urn:epc:class:lgtin:6901234.00000.L1', quantity: 1 }] }),
      good({ eventTime: '2099-01-01T00:00:00Z' }),
      good({ quantityList: [] }),
    ])
    expect(reply.statusCode).toBe(422)
    const error = reply.json().error
    expect(error.code).toBe('invalid_events')
    const byField = Object.fromEntries(error.issues.map((i: { field: string; code: string }) => [i.field, i.code]))
    expect(byField).toMatchObject({
      '/events/1/type': 'event_type_unknown',
      '/events/2/eventTime': 'time_invalid',
      '/events/3/eventTimeZoneOffset': 'offset_invalid',
      '/events/4/quantityList/0/quantity': 'quantity_invalid',
      '/events/5/quantityList/0/quantity': 'quantity_invalid',
      '/events/6/bizStep': 'bizstep_invalid',
      '/events/7/action': 'field_required',
      '/events/8/color': 'field_unknown',
      '/events/9/quantityList/0/epcClass': 'code_invalid',
      '/events/10/eventTime': 'time_in_future',
      '/events/11/epcList': 'what_missing',
    })
    expect(error.issues.some((i: { field: string }) => i.field.startsWith('/events/0'))).toBe(false)
    expect(error.issues[0].messages.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(error.issues[0].messages.en).toMatch(/[a-z]/)
    expect(await count()).toBe(before)
  })

  it('answers in English when asked', async () => {
    const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/events', headers: { 'accept-language': 'en-US' }, payload: { events: [good({ type: 'X' })] } })
    expect(reply.json().error.message).toBe('Some events are invalid; nothing was written')
  })

  it('refuses a batch over the limit with 413 and the limit', async () => {
    const reply = await capture(platform.server, Array.from({ length: 21 }, (_, i) => good({ eventID: `urn:uuid:00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}` })))
    expect(reply.statusCode).toBe(413)
    expect(reply.json().error).toMatchObject({ code: 'batch_too_large', limit: 20 })
  })

  it('refuses an empty batch', async () => {
    const reply = await capture(platform.server, [])
    expect(reply.statusCode).toBe(422)
    expect(reply.json().error.code).toBe('batch_empty')
  })

  it('is idempotent by eventID: the same event again is a duplicate, other content is a 409', async () => {
    const event = good({ eventID: 'urn:uuid:0b7e8e2c-0000-4000-8000-000000000200', 'zs:party': farm.uscc })
    const first = await capture(platform.server, [event])
    expect(first.statusCode).toBe(201)
    expect(first.json().events[0]).toMatchObject({ status: 'created' })
    const again = await capture(platform.server, [event])
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ created: 0, duplicates: 1 })
    const changed = await capture(platform.server, [{ ...event, quantityList: [{ epcClass: LOT, quantity: 13, uom: 'KGM' }] }])
    expect(changed.statusCode).toBe(409)
    expect(changed.json().error).toMatchObject({ code: 'event_conflict', field: '/events/0/eventID' })
  })

  it('answers concurrent captures of the same new event with one created and the rest duplicates, never a 500', async () => {
    const event = good({ eventID: 'urn:uuid:0b7e8e2c-0000-4000-8000-000000000500', quantityList: [{ epcClass: 'urn:epc:class:lgtin:6901234.000002.RACE', quantity: 1, uom: 'KGM' }] })
    const replies = await Promise.all(Array.from({ length: 6 }, () => capture(platform.server, [event])))
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201])
    expect(replies.reduce((n, r) => n + r.json().created, 0)).toBe(1)
  })

  it('gives an event without eventID its CBV hash ID as eventID, so re-sending it is recognised', async () => {
    const event = good({ eventTime: '2026-11-06T09:30:00.123+08:00' })
    const first = await capture(platform.server, [event])
    const second = await capture(platform.server, [event])
    expect(first.json().events[0].eventId).toMatch(/^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/)
    expect(first.json().events[0].hashId).toBe(first.json().events[0].eventId)
    expect(second.json()).toMatchObject({ created: 0, duplicates: 1 })
    expect(second.json().events[0].eventId).toBe(first.json().events[0].eventId)
  })

  it('accepts events naming unknown parties and sites, flagging them', async () => {
    const reply = await capture(platform.server, [good({ eventTime: '2026-11-07T08:00:00+08:00', 'zs:party': '91350100M000100Y43', bizLocation: { id: 'urn:epc:id:sgln:6901234.00001.0' } })])
    expect(reply.statusCode).toBe(201)
    const codes = reply.json().events[0].findings.map((f: { code: string }) => f.code).sort()
    expect(codes).toEqual(['party_unregistered', 'product_unregistered', 'site_unregistered'])
  })

  it('takes an EPCIS 2.0 document with Digital Link identifiers and keeps record time and content hash', async () => {
    const reply = await platform.server.inject({
      method: 'POST', url: '/api/v1/events', headers: { 'content-type': 'application/ld+json' },
      payload: JSON.stringify({
        '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'], type: 'EPCISDocument', schemaVersion: '2.0', creationDate: '2026-11-08T00:00:00Z',
        epcisBody: { eventList: [{ type: 'ObjectEvent', eventID: 'urn:uuid:0b7e8e2c-0000-4000-8000-000000000300', action: 'OBSERVE', bizStep: 'urn:epcglobal:cbv:bizstep:shipping', eventTime: '2026-11-08T08:00:00Z', eventTimeZoneOffset: '+00:00', epcList: ['https://id.gs1.org/01/06901234000023/21/S1'] }] },
      }),
    })
    expect(reply.statusCode, reply.body).toBe(201)
    const stored = await platform.server.inject(`/api/v1/events/${encodeURIComponent('urn:uuid:0b7e8e2c-0000-4000-8000-000000000300')}`)
    expect(stored.statusCode).toBe(200)
    expect(stored.json().event).toMatchObject({ bizStep: 'shipping', recordTime: '2026-11-20T08:00:00.000Z' })
    expect(stored.json().contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('points at the document path of a bad event in an EPCISDocument', async () => {
    const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/events', payload: { type: 'EPCISDocument', epcisBody: { eventList: [good({ action: 'JUMP' })] } } })
    expect(reply.statusCode).toBe(422)
    expect(reply.json().error.issues[0]).toMatchObject({ field: '/epcisBody/eventList/0/action', code: 'action_invalid' })
  })

  it('unpacks everything a case holds, even when it was packed earlier in the same batch', async () => {
    const lot = 'urn:epc:class:lgtin:6901234.000002.UNPACK'
    const pallet = 'urn:epc:id:sscc:6901234.0000000777'
    const shop = await makeParty(platform.server, '蕉岭县超市', 'supermarket', '441427')
    const reply = await capture(platform.server, [
      { type: 'ObjectEvent', action: 'ADD', eventTime: '2026-11-11T08:00:00+08:00', 'zs:party': farm.uscc, quantityList: [{ epcClass: lot, quantity: 10, uom: 'KGM' }] },
      { type: 'AggregationEvent', action: 'ADD', eventTime: '2026-11-11T09:00:00+08:00', 'zs:party': farm.uscc, parentID: pallet, childQuantityList: [{ epcClass: lot, quantity: 10, uom: 'KGM' }] },
      { type: 'AggregationEvent', action: 'DELETE', eventTime: '2026-11-11T10:00:00+08:00', 'zs:party': farm.uscc, parentID: pallet },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: '2026-11-11T11:00:00+08:00', 'zs:party': farm.uscc, destinationList: [{ type: 'owning_party', destination: shop.uscc }], epcList: [pallet] },
    ])
    expect(reply.statusCode, reply.body).toBe(201)
    const trace = (await platform.server.inject(`/api/v1/trace/${encodeURIComponent(lot)}?direction=forward`)).json()
    const lotNode = trace.nodes.find((n: { code: string }) => n.code.endsWith('UNPACK'))
    expect(lotNode.holders.map((h: { party: { name?: string } }) => h.party.name)).toEqual(['平远县果园'])
  })

  it('records an error declaration as a new record and drops the event from traces', async () => {
    const id = 'urn:uuid:0b7e8e2c-0000-4000-8000-000000000400'
    const lot = 'urn:epc:class:lgtin:6901234.000002.WRONG'
    const event = good({ eventID: id, eventTime: '2026-11-09T08:00:00+08:00', quantityList: [{ epcClass: lot, quantity: 5, uom: 'KGM' }], 'zs:party': farm.uscc })
    expect((await capture(platform.server, [event])).statusCode).toBe(201)
    const declared = await capture(platform.server, [{ ...event, errorDeclaration: { declarationTime: '2026-11-10T08:00:00+08:00', reason: 'incorrect_data' } }])
    expect(declared.statusCode).toBe(201)
    expect(declared.json().events[0].status).toBe('declared')
    const trace = (await platform.server.inject(`/api/v1/trace/${encodeURIComponent(lot)}`)).json()
    expect(trace.root.holders).toEqual([])
    const original = await platform.server.inject(`/api/v1/events/${encodeURIComponent(id)}`)
    expect(original.json().event.quantityList[0].quantity).toBe(5)
  })
})
