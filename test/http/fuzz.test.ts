/**
 * Property-based fuzzing of capture and the query routes (fast-check): arbitrary JSON, raw bytes and mutated
 * valid events against POST /api/v1/events, arbitrary strings against the trace, impact, public and code
 * routes. Whatever comes in, the answer is never a 5xx, and every 4xx is in the error shape. Seeded, so a
 * failure replays; a few hundred cases on SQLite, fewer on PostgreSQL.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { capture, makeParty, type TestParty } from '../support/factories.js'
import { HOSTILE_STRINGS } from '../support/hostile-strings.js'

const SEED = 20_261_123
const RUNS = { sqlite: 300, postgres: 60 } as const
const LOT = 'urn:epc:class:lgtin:6901234.000002.F1'
const KNOWN_CODES = [LOT, '01/06901234000023/10/F1', 'https://id.example.com/01/06901234000023/10/F1', 'urn:epc:id:sgtin:6901234.000002.1']
const EVENT_KEYS = [
  'type', 'eventID', 'eventTime', 'eventTimeZoneOffset', 'action', 'bizStep', 'disposition', 'epcList', 'quantityList', 'parentID',
  'childEPCs', 'inputQuantityList', 'outputQuantityList', 'readPoint', 'bizLocation', 'sourceList', 'destinationList',
  'bizTransactionList', 'ilmd', 'zs:category', 'zs:party', 'zs:data', 'zs:stage', 'zs:override', 'certificationInfo',
]

type Reply = Awaited<ReturnType<TestPlatform['server']['inject']>>

function expectHandled(reply: Reply, input: unknown): void {
  const label = `${reply.statusCode} for ${JSON.stringify(input)?.slice(0, 200)}: ${reply.body.slice(0, 200)}`
  expect(reply.statusCode, label).toBeLessThan(500)
  if (reply.statusCode >= 400) expect(reply.json().error.code, label).toMatch(/^[a-z_]+$/)
}

/** Percent-encodes a path segment; an unpaired surrogate goes as the invalid UTF-8 bytes a broken client sends. */
function pathSegment(value: string): string {
  return [...value].map((c) => {
    try {
      return encodeURIComponent(c)
    } catch {
      return '%ED%A0%80'
    }
  }).join('')
}

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(...KNOWN_CODES, ...Object.values(HOSTILE_STRINGS)),
  fc.constantFrom(...KNOWN_CODES).chain((code) => fc.nat(code.length).map((cut) => code.slice(0, cut))),
)

describe.each(engines())('fuzzing capture and queries on %s', (engine) => {
  let platform: TestPlatform
  let farm: TestParty
  const runs = RUNS[engine]

  const validEvent = () => ({
    type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-11-05T08:00:00+08:00', eventTimeZoneOffset: '+08:00',
    'zs:category': 'agri', 'zs:party': farm.uscc, bizLocation: { id: farm.siteId }, quantityList: [{ epcClass: LOT, quantity: 12.5, uom: 'KGM' }],
  })

  beforeAll(async () => {
    platform = await buildTestPlatform(engine, { ZHUISU_RATE_LIMIT_PUBLIC: '0', ZHUISU_CAPTURE_LIMIT: '50' })
    farm = await makeParty(platform.server, '平远县脐橙场', 'farm', '441426')
    expect((await capture(platform.server, [validEvent()])).statusCode).toBe(201)
  })

  it('never answers capture of arbitrary JSON with a 5xx', async () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ events: fc.array(fc.jsonValue(), { maxLength: 5 }) }),
      fc.record({ type: fc.constant('EPCISDocument'), epcisBody: fc.record({ eventList: fc.array(fc.jsonValue(), { maxLength: 3 }) }) }),
    )
    await fc.assert(fc.asyncProperty(body, async (payload) => {
      expectHandled(await platform.server.inject({ method: 'POST', url: '/api/v1/events', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) }), payload)
    }), { seed: SEED, numRuns: runs })
  })

  it('never answers raw, possibly broken request bytes with a 5xx', async () => {
    const contentType = fc.constantFrom('application/json', 'application/ld+json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded')
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), contentType, async (payload, type) => {
      expectHandled(await platform.server.inject({ method: 'POST', url: '/api/v1/events', headers: { 'content-type': type }, payload }), payload)
    }), { seed: SEED, numRuns: Math.ceil(runs / 2) })
  })

  it('never answers a mutated valid event with a 5xx', async () => {
    const mutation = fc.oneof(
      fc.record({ set: fc.constantFrom(...EVENT_KEYS), to: fc.oneof(fc.jsonValue(), text) }),
      fc.record({ remove: fc.constantFrom(...EVENT_KEYS) }),
      fc.record({ set: text, to: fc.jsonValue() }),
      fc.record({ data: text, to: fc.oneof(fc.jsonValue(), text) }),
    )
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat(3), async (mutations, copies) => {
      const events = Array.from({ length: copies + 1 }, () => {
        const event: Record<string, unknown> = validEvent()
        for (const m of mutations) {
          if ('remove' in m) delete event[m.remove]
          else if ('data' in m) event['zs:data'] = { ...(event['zs:data'] as object), [m.data]: m.to }
          else event[m.set] = m.to
        }
        return event
      })
      expectHandled(await capture(platform.server, events), events)
    }), { seed: SEED, numRuns: runs })
  })

  it('never answers a query route with a 5xx, whatever the code and query string', async () => {
    const route = fc.constantFrom('/api/v1/trace/', '/api/v1/impact/', '/api/v1/public/', '/api/v1/codes/', '/api/v1/events/', '/q/')
    const query = fc.option(fc.record({ direction: fc.oneof(fc.constantFrom('backward', 'forward', 'both'), text), depth: fc.oneof(fc.integer(), text) }), { nil: undefined })
    await fc.assert(fc.asyncProperty(route, text, query, async (path, code, params) => {
      const search = params ? `?direction=${pathSegment(params.direction)}&depth=${pathSegment(String(params.depth))}` : ''
      expectHandled(await platform.server.inject(`${path}${pathSegment(code)}${search}`), { path, code, params })
    }), { seed: SEED, numRuns: runs })
  })
})
