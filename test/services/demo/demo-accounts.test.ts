/**
 * The demo sign-ins: made with the demo data in an empty database, one per role, each able to sign in and
 * seeing what its role may see; none when ZHUISU_DEMO_ACCOUNTS=0.
 */
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, listDemoAccounts } from '../../../src/services/demo/demo-accounts.js'
import { loadDemoIfEmpty } from '../../../src/services/demo/load-demo.js'
import { buildTestPlatform } from '../../support/build-app.js'
import { engines } from '../../support/engines.js'

const EVENTS = 600
// Eight scrypt password hashes to make and eight to check, plus a demo load: slow on a busy machine.
const SLOW = { timeout: 240_000 }

describe.each(engines())('demo sign-ins on %s', (engine) => {
  it('creates an operator, three regulators and the pork-chain enterprises, each of which signs in with its role', SLOW, async () => {
    const platform = await buildTestPlatform(engine, { ZHUISU_DEMO: '1' })
    const loaded = await loadDemoIfEmpty(platform.app, { events: EVENTS, seed: 1 })
    expect(loaded?.accounts.map((a) => a.username)).toEqual(expect.arrayContaining([
      'demo-operator', 'demo-regulator-meizhou', 'demo-regulator-guangdong', 'demo-regulator-hainan-drug', 'demo-farm', 'demo-slaughterhouse', 'demo-market',
    ]))

    const listed = (await platform.server.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' })).json() as { accounts: { username: string; password: string; role: string }[] }
    expect(listed.accounts).toEqual(loaded!.accounts)
    // The sign-in page's list costs two queries, however many demo accounts there are.
    const calls: string[] = []
    const store = platform.app.store
    const counted = new Proxy(store, {
      get(target, name) {
        const repo: unknown = Reflect.get(target, name)
        if (typeof repo !== 'object' || repo === null) return repo
        return new Proxy(repo, {
          get(r, method) {
            const f: unknown = Reflect.get(r, method)
            return typeof f === 'function' ? (...args: unknown[]) => { calls.push(`${String(name)}.${String(method)}`); return f.apply(r, args) } : f
          },
        })
      },
    })
    expect(await listDemoAccounts(counted)).toEqual(loaded!.accounts)
    expect(calls).toEqual(['accounts.findByUsernames', 'organisations.findByIds'])

    for (const account of listed.accounts) {
      expect(account.password).toBe(DEMO_PASSWORD)
      const login = await platform.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: account.username, password: account.password } })
      expect(login.statusCode, account.username).toBe(200)
      const me = login.json().me as { role: string; regionCode?: string; partyId?: string }
      expect(me.role).toBe(account.role)
      if (account.username === 'demo-regulator-meizhou') expect(me.regionCode).toBe('441400')
      if (account.role === 'enterprise') {
        const party = await platform.app.store.parties.findById(me.partyId!)
        expect(party, account.username).toBeDefined()
        if (account.username !== 'demo-pharmacy') expect(party!.regionCode.startsWith('4414')).toBe(true)
      }
    }
    const farm = await platform.app.store.parties.findById((await platform.app.store.organisations.findById((await platform.app.store.accounts.findByUsername('demo-farm'))!.organisationId))!.partyId!)
    expect(farm?.kind).toBe('farm')
  })

  it('makes none when ZHUISU_DEMO_ACCOUNTS=0, and lists none then', SLOW, async () => {
    const platform = await buildTestPlatform(engine, { ZHUISU_DEMO: '1', ZHUISU_DEMO_ACCOUNTS: '0' })
    const loaded = await loadDemoIfEmpty(platform.app, { events: 200, seed: 1 })
    expect(loaded?.accounts).toEqual([])
    expect((await platform.server.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' })).json()).toEqual({ accounts: [] })
    expect(await platform.app.store.accounts.findByUsername('demo-operator')).toBeUndefined()
  })
})
