/**
 * Hostile strings in the accounts routes — registration, organisations, users, API keys, sign-in — are
 * stored literally or refused with a 4xx, never a 5xx. On every engine. (Master data and events:
 * injection.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { makeUscc } from '../support/factories.js'
import { HOSTILE_STRINGS } from '../support/hostile-strings.js'

const TOKEN = 'a-long-test-admin-token-for-injection'
const operator = { authorization: `Bearer ${TOKEN}` }
const literally = (value: string) => [value, value.trim()]
/** One string of each kind: every accepted account costs a password hash, so the full list would take minutes. */
const CASES = ['SQL quote break', 'HTML event handler', 'path traversal', 'very long', 'right-to-left override', 'emoji sequence', 'control characters', 'prototype key']
  .map((name) => [name, HOSTILE_STRINGS[name]] as const)

describe.each(engines())('hostile strings in the accounts routes on %s', (engine) => {
  let platform: TestPlatform
  let serial = 0

  beforeAll(async () => {
    // Sign-in and registration are rate-limited per IP; this test sends far more than a person would.
    platform = await buildTestPlatform(engine, { ZHUISU_ADMIN_TOKEN: TOKEN, ZHUISU_RATE_LIMIT_LOGIN: '0' })
  })

  const post = async (url: string, payload: object, headers: Record<string, string> = operator) => {
    const reply = await platform.server.inject({ method: 'POST', url, headers, payload })
    const label = `${url} ${JSON.stringify(payload).slice(0, 120)}: ${reply.body.slice(0, 200)}`
    expect(reply.statusCode, label).toBeLessThan(500)
    if (reply.statusCode >= 400) expect(reply.json().error.code, label).toMatch(/^[a-z_]+$/)
    return reply
  }

  it.each(CASES)('stores literally or rejects %s', async (_name, value) => {
    const n = ++serial
    const organisation = await post('/api/v1/organisations', { kind: 'platform', name: value })
    if (organisation.statusCode === 201) expect(literally(value)).toContain(organisation.json().name)
    const regulator = await post('/api/v1/organisations', { kind: 'regulator', name: `监管局${n}`, department: 'market', regionCode: '441400', categories: ['food'] })
    expect(regulator.statusCode, regulator.body).toBe(201)
    for (const field of ['username', 'displayName']) {
      const user = { username: `user${n}${field}`, password: 'a-good-long-password', [field]: value }
      const reply = await post(`/api/v1/organisations/${regulator.json().id}/users`, user)
      if (reply.statusCode === 201) expect(literally(value)).toContain(reply.json()[field])
    }
    for (const field of ['name', 'address', 'contactName', 'username']) {
      const registration = {
        uscc: makeUscc('441402'), name: `企业${n}`, partyKind: 'processor', regionCode: '441402', categories: ['food'],
        username: `applicant${n}${field}`, password: 'a-good-long-password', [field]: value,
      }
      const reply = await post('/api/v1/registrations', registration, {})
      if (reply.statusCode === 201 && field !== 'username') {
        expect(literally(value)).toContain(reply.json().registration[field])
      }
    }
    const key = await post('/api/v1/api-keys', { name: value })
    if (key.statusCode === 201) expect(literally(value)).toContain(key.json().key.name)
    for (const login of [{ username: value, password: 'whatever-password' }, { username: 'admin', password: value }, { username: value, password: value }]) {
      const reply = await post('/api/v1/auth/login', login, {})
      expect(reply.statusCode).toBeGreaterThanOrEqual(400)
    }
  })

  it('still answers normally afterwards', async () => {
    expect((await platform.server.inject({ url: '/api/v1/organisations', headers: operator })).statusCode).toBe(200)
    expect((await platform.server.inject('/api/v1/stats')).statusCode).toBe(200)
  })
})
