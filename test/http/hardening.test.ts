/**
 * Hardening: security headers, rate limits in the platform's error shape, body and batch limits, and strict
 * write schemas (every write route rejects unknown fields), on every engine.
 */
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { ROUTES } from '../../src/http/routes/index.js'
import { buildTestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { makeParty } from '../support/factories.js'

const CLIENT_A = '203.0.113.7'
const CLIENT_B = '198.51.100.9'

describe.each(engines())('hardening on %s', (engine) => {
  it('sends security headers with a self-only Content-Security-Policy, and no HTTPS upgrade on plain HTTP', async () => {
    const { server } = await buildTestPlatform(engine)
    for (const url of ['/', '/api/v1/stats', '/docs/', '/api/v1/nothing']) {
      const reply = await server.inject(url)
      expect(reply.headers['content-security-policy'], url).toMatch(/default-src 'self'/)
      expect(reply.headers['content-security-policy'], url).toMatch(/script-src 'self'(;|$)/)
      expect(reply.headers['content-security-policy'], url).not.toMatch(/upgrade-insecure-requests/)
      expect(reply.headers['x-content-type-options'], url).toBe('nosniff')
      expect(reply.headers['x-frame-options'], url).toBe('SAMEORIGIN')
      expect(reply.headers['strict-transport-security'], url).toBeUndefined()
      expect(reply.headers['x-powered-by'], url).toBeUndefined()
    }
    const https = await buildTestPlatform(engine, { ZHUISU_PUBLIC_URL: 'https://trace.example.cn' })
    const reply = await https.server.inject('/api/v1/stats')
    expect(reply.headers['strict-transport-security']).toMatch(/max-age=\d+/)
    expect(reply.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/)
  })

  it('limits public routes per IP and answers 429 in the error shape, in the caller\'s language', async () => {
    const { server } = await buildTestPlatform(engine, { ZHUISU_RATE_LIMIT_PUBLIC: '3' })
    const from = (remoteAddress: string, url: string, headers: Record<string, string> = {}) => server.inject({ url, remoteAddress, headers })
    for (let i = 0; i < 3; i++) expect((await from(CLIENT_A, '/api/v1/public/ZS441400AL0000000011')).statusCode).not.toBe(429)
    const limited = await from(CLIENT_A, '/api/v1/stats', { 'accept-language': 'en' })
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(limited.json().error).toMatchObject({
      code: 'rate_limited', message: 'Too many requests; please try again later', messages: { zh: '请求过于频繁，请稍后再试' }, retryAfterSeconds: expect.any(Number),
    })
    expect((await from(CLIENT_A, '/q/ZS441400AL0000000011')).statusCode).toBe(429)
    expect((await from(CLIENT_A, '/api/v1/codes/6901234000016')).statusCode).toBe(429)
    const other = await from(CLIENT_B, '/api/v1/stats')
    expect(other.statusCode).toBe(200)
    expect(other.headers['x-ratelimit-limit']).toBe('3')
    expect(other.headers['x-ratelimit-remaining']).toBe('2')
    // Writes and health checks are not public query routes: they are never counted here.
    expect((await from(CLIENT_A, '/healthz')).statusCode).toBe(200)
    expect((await server.inject({ method: 'POST', url: '/api/v1/events', remoteAddress: CLIENT_A, payload: { events: [] } })).statusCode).toBe(422)
  })

  it('limits a credential wherever it comes from, besides each IP', async () => {
    const { server } = await buildTestPlatform(engine, { ZHUISU_RATE_LIMIT_PUBLIC: '2' })
    const key = { authorization: 'Bearer some-api-key-used-from-many-places' }
    expect((await server.inject({ url: '/api/v1/stats', remoteAddress: '192.0.2.1', headers: key })).statusCode).toBe(200)
    expect((await server.inject({ url: '/api/v1/stats', remoteAddress: '192.0.2.2', headers: key })).statusCode).toBe(200)
    const third = await server.inject({ url: '/api/v1/stats', remoteAddress: '192.0.2.3', headers: key })
    expect(third.statusCode).toBe(429)
    expect(third.json().error.code).toBe('rate_limited')
    expect((await server.inject({ url: '/api/v1/stats', remoteAddress: '192.0.2.3' })).statusCode).toBe(200)
  })

  it('limits login and registration harder, together, whether or not those routes are registered yet', async () => {
    const { server } = await buildTestPlatform(engine, { ZHUISU_RATE_LIMIT_LOGIN: '2', ZHUISU_RATE_LIMIT_PUBLIC: '100' })
    const post = (url: string) => server.inject({ method: 'POST', url, remoteAddress: CLIENT_A, payload: { name: 'x', password: 'guess' } })
    expect((await post('/api/v1/auth/login')).statusCode).not.toBe(429)
    expect((await post('/api/v1/registrations')).statusCode).not.toBe(429)
    for (const url of ['/api/v1/auth/login', '/api/v1/registrations', '/api/v1/auth/login/']) {
      const reply = await post(url)
      expect(reply.statusCode, url).toBe(429)
      expect(reply.json().error.code).toBe('rate_limited')
    }
    expect((await server.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: CLIENT_B, payload: {} })).statusCode).not.toBe(429)
    expect((await server.inject({ url: '/api/v1/stats', remoteAddress: CLIENT_A })).statusCode).toBe(200)
  })

  it('turns a limit off with 0', async () => {
    const { server } = await buildTestPlatform(engine, { ZHUISU_RATE_LIMIT_PUBLIC: '0' })
    for (let i = 0; i < 5; i++) {
      const reply = await server.inject('/api/v1/stats')
      expect(reply.statusCode).toBe(200)
      expect(reply.headers['x-ratelimit-limit']).toBeUndefined()
    }
  })

  it('answers a malformed or over-long path in the error shape, without echoing the path', async () => {
    const { server } = await buildTestPlatform(engine)
    const cases: [string, number, string][] = [
      ['/api/v1/public/%E0%A4%A', 400, 'invalid_request'], ['/api/v1/trace/%', 400, 'invalid_request'], [`/api/v1/trace/${'x'.repeat(2000)}`, 414, 'uri_too_long'],
    ]
    for (const [url, status, code] of cases) {
      const reply = await server.inject(url)
      expect(reply.statusCode, url).toBe(status)
      expect(reply.json().error).toMatchObject({ code, field: '/url' })
      expect(reply.body).not.toContain(url.slice(8, 30))
    }
  })

  it('answers 413 to a body over the size limit and to a batch over the event limit, writing nothing', async () => {
    const { server } = await buildTestPlatform(engine, { ZHUISU_BODY_LIMIT_BYTES: '2048', ZHUISU_CAPTURE_LIMIT: '2' })
    const big = await server.inject({ method: 'POST', url: '/api/v1/parties', payload: { name: 'x'.repeat(4096), kind: 'farm', regionCode: '441400' } })
    expect(big.statusCode).toBe(413)
    expect(big.json().error.code).toBe('body_too_large')
    const event = (n: number) => ({ type: 'ObjectEvent', action: 'OBSERVE', eventTime: `2026-11-0${n}T08:00:00+08:00`, epcList: ['urn:epc:id:sgtin:6901234.000001.1'] })
    const batch = await server.inject({ method: 'POST', url: '/api/v1/events', payload: { events: [event(1), event(2), event(3)] } })
    expect(batch.statusCode).toBe(413)
    expect(batch.json().error.code).toBe('batch_too_large')
    const stats = (await server.inject('/api/v1/stats')).json()
    expect([stats.parties.total, stats.events.total]).toEqual([0, 0])
  })

  it('rejects an unknown field on every master-data write, nested ones included', async () => {
    const { server } = await buildTestPlatform(engine)
    const party = await makeParty(server, '梅州蕉岭县农场', 'farm', '441427')
    const product = await server.inject({ method: 'POST', url: '/api/v1/products', payload: { name: '金柚', category: 'agri', uom: 'KGM' } })
    const writes: [string, Record<string, unknown>][] = [
      ['/api/v1/parties', { name: 'x', kind: 'farm', regionCode: '441400', isAdmin: true }],
      ['/api/v1/parties', { name: 'x', kind: 'farm', regionCode: '441400', licences: [{ type: 'a', number: '1', owner: 'me' }] }],
      [`/api/v1/parties/${party.id}/sites`, { name: 'x', kind: 'farm', regionCode: '441400', partyId: 'someone-else' }],
      ['/api/v1/products', { name: 'x', category: 'agri', uom: 'KGM', price: 1 }],
      ['/api/v1/units', { productId: product.json().id, kind: 'lot', lotNumber: 'L1', __proto__x: 1 }],
    ]
    for (const [url, payload] of writes) {
      const reply = await server.inject({ method: 'POST', url, payload })
      expect(reply.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400)
      expect(reply.json().error.code).toBe('invalid_request')
    }
  })
})

/** Writes that validate their own bodies and explain every unknown field (capture: `field_unknown`, 422). */
const EXPLAINS_UNKNOWN_FIELDS = new Set(['POST /api/v1/events'])

/** Paths (JSON pointers) of every object schema in `schema` that names its properties yet admits others. */
function openObjects(schema: unknown, at = ''): string[] {
  if (!schema || typeof schema !== 'object') return []
  const node = schema as Record<string, unknown>
  const found: string[] = []
  if (node.properties && node.additionalProperties !== false) found.push(at || '/')
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) found.push(...openObjects(child, `${at}/${key}`))
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const child of (node[key] ?? []) as unknown[]) found.push(...openObjects(child, at))
  }
  if (node.items) found.push(...openObjects(node.items, `${at}/*`))
  return found
}

describe('strict write schemas', () => {
  it('finds an open object schema, so the route check below can fail', () => {
    expect(openObjects({ type: 'object', properties: { a: { type: 'object', properties: { b: {} } } }, additionalProperties: false })).toEqual(['/a'])
  })

  it('every write route in the route list rejects unknown fields, except capture, which explains them itself', async () => {
    const { app } = await buildTestPlatform('sqlite')
    const probe = Fastify()
    const writes: { route: string; body: unknown }[] = []
    probe.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) writes.push({ route: `${method} ${route.url}`, body: route.schema?.body })
      }
    })
    for (const route of ROUTES) await probe.register(route, { app })
    await probe.ready()
    expect(writes.map((w) => w.route)).toContain('POST /api/v1/parties')
    const open = writes.filter((w) => !EXPLAINS_UNKNOWN_FIELDS.has(w.route)).flatMap((w) => openObjects(w.body).map((path) => `${w.route} body${path}`))
    expect(open).toEqual([])
    await probe.close()
  })
})
