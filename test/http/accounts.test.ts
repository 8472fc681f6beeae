/**
 * Accounts end to end: cross-tenant reads by guessed ids (IDOR) answer 404 for every resource type;
 * trace and impact are cut to the caller's scope; sessions need their CSRF token; sign-in is throttled;
 * API keys are shown once, record their last use and stop working when revoked; the audit log records
 * who read what and exports CSV; open development mode ends when the first account exists.
 */
import type { InjectOptions } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform } from '../support/build-app.js'
import { APPLICANT, buildWorld, DRUG_LOT, FOOD_LOT, type World } from '../support/accounts-world.js'
import { engines } from '../support/engines.js'

describe.each(engines())('accounts and scoping on %s', (engine) => {
  let world: World
  const inject = (options: InjectOptions | string) => world.platform.server.inject(options)

  beforeAll(async () => {
    world = await buildWorld(engine)
  }, 120_000)

  it('answers 404, never the record, to another tenant guessing ids of every resource type', async () => {
    const b = world.headers.enterpriseB
    const aKey = await inject({ method: 'POST', url: '/api/v1/api-keys', headers: world.headers.enterpriseA, payload: { name: 'ERP' } })
    const guesses = [
      { method: 'GET' as const, url: `/api/v1/events/${encodeURIComponent(world.events.a)}` },
      { method: 'GET' as const, url: `/api/v1/parties/${world.parties.a.id}` },
      { method: 'GET' as const, url: `/api/v1/trace/${encodeURIComponent(FOOD_LOT)}` },
      { method: 'GET' as const, url: `/api/v1/impact/${encodeURIComponent(FOOD_LOT)}` },
      { method: 'POST' as const, url: `/api/v1/parties/${world.parties.a.id}/sites`, payload: { name: '冒名仓库', kind: 'warehouse', regionCode: '441403' } },
      { method: 'POST' as const, url: `/api/v1/organisations/${world.organisations.a}/users`, payload: { username: 'intruder', password: 'long-enough-password' } },
      { method: 'DELETE' as const, url: `/api/v1/api-keys/${aKey.json().key.id}` },
    ]
    for (const guess of guesses) {
      const reply = await inject({ ...guess, headers: b })
      expect(reply.statusCode, `${guess.method} ${guess.url}`).toBe(404)
      expect(reply.body).not.toContain('梅县食品厂')
    }
    // The regulator of another region and category, likewise; and a registration outside its region.
    const haikou = world.headers.regulatorHaikouDrug
    expect((await inject({ url: `/api/v1/parties/${world.parties.a.id}`, headers: haikou })).statusCode).toBe(404)
    expect((await inject({ method: 'POST', url: `/api/v1/registrations/${world.registrationId}/approve`, headers: haikou })).statusCode).toBe(404)
    // And the other way round: A cannot see B's drug lot.
    expect((await inject({ url: `/api/v1/trace/${encodeURIComponent(DRUG_LOT)}`, headers: world.headers.enterpriseA })).statusCode).toBe(404)
  })

  it('cuts trace and impact to the regulator\'s region and says so', async () => {
    const trace = await inject({ url: `/api/v1/trace/${encodeURIComponent(FOOD_LOT)}`, headers: world.headers.regulatorMeizhouFood })
    expect(trace.statusCode, trace.body).toBe(200)
    const holders = trace.json().root.holders.map((h: { party: { regionCode: string } }) => h.party.regionCode).sort()
    expect(holders).toEqual(['441402', '441402', '441403'])
    expect(trace.json().truncatedByScope).toBe(true)
    const impact = await inject({ url: `/api/v1/impact/${encodeURIComponent(FOOD_LOT)}`, headers: world.headers.regulatorMeizhouFood })
    expect(impact.json().holders.every((h: { regionCode: string }) => h.regionCode.startsWith('4414'))).toBe(true)
    expect(impact.json().truncatedByScope).toBe(true)
    const full = await inject({ url: `/api/v1/impact/${encodeURIComponent(FOOD_LOT)}`, headers: world.headers.operator })
    expect(full.json()).toMatchObject({ truncatedByScope: false })
    expect(full.json().holders.some((h: { regionCode: string }) => h.regionCode === '460106')).toBe(true)
  })

  it('gives an enterprise its suppliers and customers, and lists only them', async () => {
    const reply = await inject({ url: '/api/v1/parties', headers: world.headers.enterpriseA })
    const ids = reply.json().parties.map((p: { id: string }) => p.id).sort()
    const { a, c, d, h } = world.parties
    expect(ids).toEqual([a.id, c.id, d.id, h.id].sort())
    const regulator = await inject({ url: '/api/v1/parties', headers: world.headers.regulatorMeizhouFood })
    expect(regulator.json().parties.every((p: { regionCode: string }) => p.regionCode.startsWith('4414'))).toBe(true)
  })

  it('lets an enterprise capture only as itself', async () => {
    const event = (party: string, eventID: string) => ({ events: [{ type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'inspecting', eventTime: '2026-11-11T08:00:00+08:00', eventID, 'zs:party': party, quantityList: [{ epcClass: FOOD_LOT, quantity: 3, uom: 'KGM' }] }] })
    const forged = await inject({ method: 'POST', url: '/api/v1/events', headers: world.headers.enterpriseB, payload: event(world.parties.a.uscc, 'urn:zhuisu:forged:1') })
    expect(forged.statusCode).toBe(403)
    expect(forged.json().error).toMatchObject({ code: 'event_party_forbidden', field: '/events/0/zs:party' })
    const own = await inject({ method: 'POST', url: '/api/v1/events', headers: world.headers.enterpriseA, payload: event(world.parties.a.uscc, 'urn:zhuisu:own:1') })
    expect(own.statusCode).toBe(201)
  })

  it('signs in with a cookie that needs its CSRF token for writes, and signs out', async () => {
    const login = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: APPLICANT })
    const cookie = login.cookies.find((c) => c.name === 'zs_session')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie.secure).toBeFalsy()
    const headers = { cookie: `zs_session=${cookie.value}` }
    expect((await inject({ url: '/api/v1/auth/me', headers })).json()).toMatchObject({ role: 'anonymous', credential: 'session', pending: true, username: APPLICANT.username })
    const noToken = await inject({ method: 'POST', url: '/api/v1/api-keys', headers, payload: { name: 'x' } })
    expect(noToken.json().error.code).toBe('csrf_invalid')
    const logout = await inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { ...headers, 'x-csrf-token': login.json().me.csrfToken } })
    expect(logout.statusCode).toBe(204)
    expect((await inject({ url: '/api/v1/auth/me', headers })).json()).toMatchObject({ role: 'anonymous', credential: 'none' })
  })

  it('throttles repeated failed sign-ins with a growing wait', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: `guess-${i}` }, remoteAddress: '203.0.113.9' })).statusCode)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.slice(5)).toEqual([429, 429])
  })

  it('shows an API key once, records its use, and refuses it once revoked', async () => {
    const created = await inject({ method: 'POST', url: '/api/v1/api-keys', headers: world.headers.enterpriseA, payload: { name: '出库接口', captureOnly: true } })
    expect(created.statusCode).toBe(201)
    const { key, secret } = created.json()
    expect(secret).toMatch(/^zsk_[A-Za-z0-9_-]{43}$/)
    expect(secret.startsWith(key.prefix)).toBe(true)
    const auth = { authorization: `Bearer ${secret}` }
    // Capture-only: no confidential reads.
    expect((await inject({ url: '/api/v1/parties', headers: auth })).json().error.code).toBe('api_key_capture_only')
    const listed = (await inject({ url: '/api/v1/api-keys', headers: world.headers.enterpriseA })).json().keys.find((k: { id: string }) => k.id === key.id)
    expect(listed.lastUsedAt).toBeDefined()
    expect(JSON.stringify(listed)).not.toContain(secret.slice(12))
    expect((await inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.id}`, headers: world.headers.enterpriseA })).statusCode).toBe(204)
    expect((await inject({ url: '/api/v1/auth/me', headers: auth })).statusCode).toBe(401)
  })

  it('audits confidential reads and writes, scoped for regulators, exportable as CSV', async () => {
    await inject({ url: `/api/v1/trace/${encodeURIComponent(FOOD_LOT)}`, headers: { ...world.headers.regulatorMeizhouFood, 'user-agent': 'inspector-tablet' } })
    const all = (await inject({ url: '/api/v1/audit?limit=500', headers: world.headers.operator })).json().entries
    const read = all.find((e: { route: string; userAgent?: string }) => e.route === '/api/v1/trace/:code' && e.userAgent === 'inspector-tablet')
    expect(read).toMatchObject({ action: 'read', status: 200, organisationId: world.organisations.meizhou, regionCode: '441400', method: 'GET' })
    expect(read.resourceIds).toEqual([FOOD_LOT])
    const haikou = (await inject({ url: '/api/v1/audit?limit=500', headers: world.headers.regulatorHaikouDrug })).json().entries
    expect(haikou.every((e: { regionCode?: string }) => e.regionCode?.startsWith('4601'))).toBe(true)
    const csv = await inject({ url: '/api/v1/audit?format=csv&action=read', headers: world.headers.operator })
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    expect(csv.body.split('\r\n')[0]).toBe('at,actorKind,organisationId,accountId,apiKeyId,regionCode,ip,userAgent,method,route,action,resourceType,resourceIds,status')
    expect(csv.body).toContain('inspector-tablet')
  })
})

describe.each(engines())('open development mode on %s', (engine) => {
  it('runs open until the first account exists, then only public routes stay open', async () => {
    const { server } = await buildTestPlatform(engine)
    expect((await server.inject('/api/v1/auth/me')).json()).toMatchObject({ role: 'operator', credential: 'open' })
    expect((await server.inject('/api/v1/parties')).statusCode).toBe(200)
    const regulator = await server.inject({ method: 'POST', url: '/api/v1/organisations', payload: { kind: 'regulator', name: '梅州市市场监督管理局', department: 'market', regionCode: '441400', categories: ['food'] } })
    expect(regulator.statusCode).toBe(201)
    const user = await server.inject({ method: 'POST', url: `/api/v1/organisations/${regulator.json().id}/users`, payload: { username: 'inspector', password: 'inspector-password' } })
    expect(user.statusCode).toBe(201)
    expect((await server.inject('/api/v1/parties')).statusCode).toBe(401)
    expect((await server.inject('/api/v1/stats')).statusCode).toBe(200)
  })
})
