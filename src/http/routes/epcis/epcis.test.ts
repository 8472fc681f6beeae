/**
 * The EPCIS 2.0 REST binding on every engine: single-event capture with Location and 409 on a stored
 * event, asynchronous document capture (JSON-LD and XML) with its job, queries with next-page links,
 * named queries, limits and problem documents.
 */
import type { InjectOptions } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCaptureJobs } from '../../../services/epcis/capture-epcis.js'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'

const CONTEXT = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { ex: 'https://ns.example.com/epcis/' }]
const event = (n: number, overrides: Record<string, unknown> = {}) => ({
  type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit',
  eventTime: `2026-11-05T08:00:0${n}.000+08:00`, eventTimeZoneOffset: '+08:00',
  epcList: [`https://id.gs1.org/01/06901234567892/21/S${n}`], readPoint: { id: 'https://id.gs1.org/414/6901234000004' },
  'ex:note': `n${n}`, ...overrides,
})
const document = (events: unknown[]) => ({ '@context': CONTEXT, type: 'EPCISDocument', schemaVersion: '2.0', creationDate: '2026-11-05T08:00:00Z', epcisBody: { eventList: events } })

describe.each(engines())('EPCIS REST binding on %s', (engine) => {
  let platform: TestPlatform
  const inject = (options: InjectOptions) => platform.server.inject(options)
  const drain = () => runCaptureJobs({ store: platform.app.store, clock: platform.app.clock, log: platform.app.log, captureLimit: 5 })

  beforeAll(async () => {
    platform = await buildTestPlatform(engine, { ZHUISU_CAPTURE_LIMIT: '5' })
  })

  it('captures one event: 201 with Location and EPCIS headers; the same event again is a 409 problem', async () => {
    const sent = { '@context': CONTEXT, ...event(1) }
    const reply = await inject({ method: 'POST', url: '/epcis/events', payload: sent })
    expect(reply.statusCode).toBe(201)
    expect(reply.headers['gs1-epcis-version']).toBe('2.0.0')
    const location = String(reply.headers.location)
    expect(location).toMatch(/^\/epcis\/events\/ni%3A%2F%2F%2Fsha-256%3B[0-9a-f]{64}%3Fver%3DCBV2.0$/)
    const back = await inject({ method: 'GET', url: location })
    expect(back.statusCode).toBe(200)
    expect(back.json()).toMatchObject({ ...event(1), eventID: decodeURIComponent(location.split('/').pop()!), '@context': CONTEXT })
    const again = await inject({ method: 'POST', url: '/epcis/events', payload: { ...sent, eventID: 'urn:uuid:9e1a0d1c-0000-4000-8000-000000000001' } })
    expect(again.statusCode).toBe(409)
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(again.json()).toMatchObject({ type: 'epcisException:ResourceAlreadyExistsException', status: 409, code: 'epcis_event_exists' })
  })

  it('rejects an invalid event with a 400 problem document naming the field', async () => {
    const reply = await inject({ method: 'POST', url: '/epcis/events', payload: event(2, { action: 'TELEPORT' }) })
    expect(reply.statusCode).toBe(400)
    expect(reply.json()).toMatchObject({ type: 'epcisException:ValidationException', issues: [{ code: 'action_invalid', field: '/action' }] })
  })

  it('captures a document asynchronously: 202, a job that finishes, the events queryable', async () => {
    const reply = await inject({ method: 'POST', url: '/epcis/capture', payload: document([event(3), event(4)]), headers: { 'content-type': 'application/ld+json' } })
    expect(reply.statusCode).toBe(202)
    const location = String(reply.headers.location)
    expect((await inject({ method: 'GET', url: location })).json()).toMatchObject({ running: true, captureErrorBehaviour: 'rollback' })
    expect(await drain()).toBe(1)
    const job = (await inject({ method: 'GET', url: location })).json()
    expect(job).toMatchObject({ running: false, success: true, errors: [] })
    expect(job.finishedAt).toBeDefined()
    const found = await inject({ method: 'GET', url: '/epcis/events?MATCH_anyEPC=https://id.gs1.org/01/06901234567892/21/S4' })
    expect(found.json().epcisBody.queryResults.resultsBody.eventList).toMatchObject([{ ...event(4), '@context': CONTEXT }])
  })

  it('rolls a job back on one bad event, or keeps the good ones with proceed', async () => {
    const bad = event(5, { bizStep: 'teleporting' })
    const rollback = await inject({ method: 'POST', url: '/epcis/capture', payload: document([event(6), bad]) })
    const proceed = await inject({ method: 'POST', url: '/epcis/capture', payload: document([event(7), bad]), headers: { 'gs1-capture-error-behaviour': 'proceed' } })
    await drain()
    expect((await inject({ method: 'GET', url: String(rollback.headers.location) })).json()).toMatchObject({ success: false, errors: [{ code: 'bizstep_invalid', field: '/epcisBody/eventList/1/bizStep' }] })
    expect((await inject({ method: 'GET', url: String(proceed.headers.location) })).json()).toMatchObject({ success: false, captureErrorBehaviour: 'proceed', errors: [{ code: 'bizstep_invalid' }] })
    const kept = (await inject({ method: 'GET', url: '/epcis/events?MATCH_epc=https://id.gs1.org/01/06901234567892/21/S6|https://id.gs1.org/01/06901234567892/21/S7' })).json()
    expect(kept.epcisBody.queryResults.resultsBody.eventList.map((e: { 'ex:note': string }) => e['ex:note'])).toEqual(['n7'])
  })

  it('answers a document over the capture limit with 413 and the limit', async () => {
    const reply = await inject({ method: 'POST', url: '/epcis/capture', payload: document([1, 2, 3, 4, 5, 6].map((n) => event(n))) })
    expect(reply.statusCode).toBe(413)
    expect(reply.headers['gs1-epcis-capture-limit']).toBe('5')
    expect(reply.json().type).toBe('epcisException:CaptureLimitExceededException')
    const options = await inject({ method: 'OPTIONS', url: '/epcis/capture' })
    expect(options.statusCode).toBe(204)
    expect(options.headers['gs1-capture-error-behaviour']).toBe('all')
  })

  it('captures an EPCIS 1.2 XML document', async () => {
    const xml = `<?xml version="1.0"?><epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:1" xmlns:ex="https://ns.example.com/epcis/" schemaVersion="1.2" creationDate="2026-11-05T08:00:00Z">
      <EPCISBody><EventList><ObjectEvent><eventTime>2026-11-05T09:00:00+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
      <epcList><epc>urn:epc:id:sgtin:6901234.056789.X1</epc></epcList><action>OBSERVE</action><bizStep>urn:epcglobal:cbv:bizstep:receiving</bizStep>
      <extension><quantityList><quantityElement><epcClass>urn:epc:class:lgtin:6901234.056789.L1</epcClass><quantity>2.5</quantity><uom>KGM</uom></quantityElement></quantityList></extension>
      <ex:temperature>4</ex:temperature></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>`
    const reply = await inject({ method: 'POST', url: '/epcis/capture', payload: xml, headers: { 'content-type': 'application/xml' } })
    expect(reply.statusCode).toBe(202)
    await drain()
    expect((await inject({ method: 'GET', url: String(reply.headers.location) })).json()).toMatchObject({ success: true })
    const found = (await inject({ method: 'GET', url: '/epcis/events?EQ_bizStep=receiving' })).json().epcisBody.queryResults.resultsBody.eventList
    expect(found).toMatchObject([{ type: 'ObjectEvent', bizStep: 'receiving', quantityList: [{ quantity: 2.5, uom: 'KGM' }], 'ex:temperature': '4' }])
    const broken = await inject({ method: 'POST', url: '/epcis/capture', payload: '<epcis:EPCISDocument>', headers: { 'content-type': 'application/xml' } })
    expect(broken.statusCode).toBe(400)
    expect(broken.json().code).toBe('epcis_xml_invalid')
  })

  it('pages with perPage and Link rel="next" until the last page', async () => {
    const seen: string[] = []
    let url: string | undefined = '/epcis/events?EQ_bizStep=shipping&perPage=2'
    while (url) {
      const reply = await inject({ method: 'GET', url })
      seen.push(...reply.json().epcisBody.queryResults.resultsBody.eventList.map((e: { 'ex:note': string }) => e['ex:note']))
      url = /<([^>]+)>; rel="next"/.exec(String(reply.headers.link ?? ''))?.[1]
    }
    expect(seen.sort()).toEqual(['n1', 'n3', 'n4', 'n7'])
    const bad = await inject({ method: 'GET', url: '/epcis/events?EQ_colour=red' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'epcis_query_invalid', field: '/query/EQ_colour' })
  })

  it('keeps named queries: 201, 409 for a taken name, runs them', async () => {
    const body = { name: 'shipped-s3', query: { EQ_bizStep: ['shipping'], MATCH_epc: ['https://id.gs1.org/01/06901234567892/21/S3'] } }
    expect((await inject({ method: 'POST', url: '/epcis/queries', payload: body })).statusCode).toBe(201)
    expect((await inject({ method: 'POST', url: '/epcis/queries', payload: body })).statusCode).toBe(409)
    const run = (await inject({ method: 'GET', url: '/epcis/queries/shipped-s3/events' })).json()
    expect(run.epcisBody.queryResults).toMatchObject({ queryName: 'shipped-s3', resultsBody: { eventList: [{ 'ex:note': 'n3' }] } })
  })
})
