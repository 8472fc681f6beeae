/**
 * Webhooks end to end on every engine: a real local HTTP server receives signed deliveries; a 500 answer
 * is retried at the right time (fixed clocks); the log records each attempt; subscribers outside a
 * notification's scope get nothing.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actorOf } from '../../../src/services/accounts/actors.js'
import { fixedClock } from '../../../src/services/clock.js'
import { notify } from '../../../src/services/notifications/notify.js'
import { MAX_ATTEMPTS, nextAttemptAt } from '../../../src/services/subscriptions/delivery.js'
import { verifySignature } from '../../../src/services/subscriptions/signature.js'
import { createSubscription, deactivateSubscription, listDeliveries, sendTestPing } from '../../../src/services/subscriptions/subscriptions.js'
import { checkWebhookUrl } from '../../../src/services/subscriptions/url-policy.js'
import { runWebhookDeliveries } from '../../../src/workers/webhook-delivery.js'
import { buildWorld, type World } from '../../support/accounts-world.js'
import { engines } from '../../support/engines.js'

interface Received { path: string; headers: IncomingHttpHeaders; body: string }

const T0 = '2026-11-23T02:00:00.000Z'
const plus = (ms: number) => new Date(Date.parse(T0) + ms).toISOString()

let receiver: Server
let base = ''
const received: Received[] = []
/** Status to answer per path; 200 when not set. */
const answers = new Map<string, number[]>()

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.statusCode = answers.get(req.url ?? '')?.shift() ?? 200
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())))

describe('webhook retry schedule and URL policy', () => {
  it('backs off 1 min, 5 min, 30 min, 2 h, 12 h, then gives up', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => nextAttemptAt(n, T0))).toEqual([plus(60_000), plus(300_000), plus(1_800_000), plus(7_200_000), plus(43_200_000), undefined])
    expect(MAX_ATTEMPTS).toBe(6)
  })
  it('takes http(s) only and refuses private or loopback hosts unless allowed', () => {
    const strict = { allowPrivate: false }
    expect(() => checkWebhookUrl('ftp://example.com/x', strict)).toThrow(expect.objectContaining({ code: 'subscription_url_invalid' }))
    expect(() => checkWebhookUrl('javascript:alert(1)', strict)).toThrow(expect.objectContaining({ code: 'subscription_url_invalid' }))
    for (const url of ['http://127.0.0.1:8080/h', 'http://localhost/h', 'http://10.1.2.3/h', 'http://192.168.0.5/h', 'http://[::1]/h', 'http://169.254.169.254/latest', 'http://[::ffff:127.0.0.1]/h']) {
      expect(() => checkWebhookUrl(url, strict), url).toThrow(expect.objectContaining({ code: 'subscription_url_private' }))
    }
    expect(checkWebhookUrl('https://erp.example.com/zhuisu', strict).hostname).toBe('erp.example.com')
    expect(checkWebhookUrl('http://127.0.0.1:8080/h', { allowPrivate: true }).port).toBe('8080')
  })
})

describe.each(engines())('webhook delivery on %s', (engine) => {
  let world: World
  const secrets = new Map<string, string>()
  const ids = new Map<string, string>()
  const deps = (now: string) => ({ store: world.platform.app.store, clock: fixedClock(now), webhookAllowPrivate: true })
  const run = (now: string) => runWebhookDeliveries({ store: world.platform.app.store, clock: fixedClock(now), log: pino({ level: 'silent' }), allowPrivate: true })
  const actor = async (organisationId: string) => actorOf((await world.platform.app.store.organisations.findById(organisationId))!, 'session', {})
  const mine = (name: string) => received.filter((r) => r.path === `/${engine}/${name}`)

  beforeAll(async () => {
    world = await buildWorld(engine)
    const subscribe = async (name: string, organisationId: string, types: string[]) => {
      const { subscription, secret } = await createSubscription(deps(T0), await actor(organisationId), { url: `${base}/${engine}/${name}`, types, description: name })
      secrets.set(name, secret)
      ids.set(name, subscription.id)
    }
    await subscribe('a', world.organisations.a, ['recall.*'])
    await subscribe('b', world.organisations.b, ['*'])
    await subscribe('meizhou', world.organisations.meizhou, ['recall.*', 'alert.opened'])
    await subscribe('haikou', world.organisations.haikou, ['*'])
    await subscribe('a-alerts', world.organisations.a, ['alert.*'])
    answers.set(`/${engine}/a`, [500])
  }, 120_000)

  it('sends a signed delivery to subscribers in scope only, and retries a 500 at the right time', async () => {
    const store = world.platform.app.store
    await store.transaction((tx) => notify(tx, {
      type: 'recall.task.created', subject: { kind: 'recall', id: 'recall-1' }, regionCode: '441403', categories: ['food'],
      partyIds: [world.parties.a.id], data: { taskId: 'task-1', code: 'urn:epc:class:lgtin:6901234.000010.F2611' },
    }, { clock: fixedClock(T0) }))

    expect(await run(T0)).toBe(2)
    for (const name of ['a', 'meizhou']) {
      const [delivery] = mine(name)
      expect(delivery, name).toBeDefined()
      expect(delivery!.headers['zhuisu-event']).toBe('recall.task.created')
      expect(delivery!.headers['content-type']).toBe('application/json')
      expect(verifySignature(secrets.get(name)!, delivery!.body, String(delivery!.headers['zhuisu-signature']))).toBe(true)
      expect(verifySignature('whsec_wrong', delivery!.body, String(delivery!.headers['zhuisu-signature']))).toBe(false)
      expect(String(delivery!.headers['zhuisu-signature'])).toMatch(new RegExp(`^t=${Date.parse(T0) / 1000},v1=[0-9a-f]{64}$`))
      expect(JSON.parse(delivery!.body)).toMatchObject({ type: 'recall.task.created', subject: { kind: 'recall', id: 'recall-1' }, data: { taskId: 'task-1' } })
    }
    // Out of scope (another region, another party) or another type: nothing.
    expect(mine('b')).toEqual([])
    expect(mine('haikou')).toEqual([])
    expect(mine('a-alerts')).toEqual([])

    const [first] = await listDeliveries(deps(T0), await actor(world.organisations.a), ids.get('a')!, { limit: 10, offset: 0 })
    expect(first).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: plus(60_000) })
    expect(first!.log).toMatchObject([{ attempt: 1, statusCode: 500, error: 'HTTP 500', nextAttemptAt: plus(60_000) }])

    expect(await run(plus(59_000))).toBe(0)
    expect(mine('a')).toHaveLength(1)
    expect(await run(plus(60_000))).toBe(1)
    expect(mine('a')).toHaveLength(2)
    expect(mine('a')[1]!.headers['zhuisu-delivery']).toBe(mine('a')[0]!.headers['zhuisu-delivery'])
    const [after] = await listDeliveries(deps(T0), await actor(world.organisations.a), ids.get('a')!, { limit: 10, offset: 0 })
    expect(after).toMatchObject({ state: 'delivered', attempts: 2 })
    expect(after!.nextAttemptAt).toBeUndefined()
    expect(after!.log.map((l) => [l.attempt, l.statusCode, l.at])).toEqual([[1, 500, T0], [2, 200, plus(60_000)]])
    expect(await run(plus(3_600_000))).toBe(0)
  })

  it('gives regulators their region and categories, and the log of another organisation is not found', async () => {
    const store = world.platform.app.store
    await store.transaction((tx) => notify(tx, {
      type: 'alert.opened', subject: { kind: 'alert', id: 'alert-1' }, regionCode: '460105', categories: ['drug'], data: {},
    }, { clock: fixedClock(T0) }))
    await run(plus(4_000_000))
    expect(mine('haikou').map((r) => JSON.parse(r.body).type)).toEqual(['alert.opened'])
    expect(mine('meizhou').map((r) => JSON.parse(r.body).type)).toEqual(['recall.task.created'])
    expect(mine('a-alerts')).toEqual([])
    await expect(listDeliveries(deps(T0), await actor(world.organisations.b), ids.get('a')!, { limit: 10, offset: 0 }))
      .rejects.toMatchObject({ code: 'subscription_not_found' })
  })

  it('sends a test ping, and a deactivated subscription gets nothing more (history kept)', async () => {
    const a = await actor(world.organisations.meizhou)
    await sendTestPing(deps(T0), a, ids.get('meizhou')!)
    await run(plus(5_000_000))
    const ping = mine('meizhou').at(-1)!
    expect(ping.headers['zhuisu-event']).toBe('ping')
    expect(verifySignature(secrets.get('meizhou')!, ping.body, String(ping.headers['zhuisu-signature']))).toBe(true)

    const view = await deactivateSubscription(deps(plus(6_000_000)), a, ids.get('meizhou')!)
    expect(view.history.map((h) => h.state)).toEqual(['active', 'inactive'])
    await world.platform.app.store.transaction((tx) => notify(tx, {
      type: 'recall.opened', subject: { kind: 'recall', id: 'recall-2' }, regionCode: '441402', categories: ['food'], data: {},
    }, { clock: fixedClock(plus(6_000_000)) }))
    const before = mine('meizhou').length
    await run(plus(7_000_000))
    expect(mine('meizhou')).toHaveLength(before)
    await expect(sendTestPing(deps(T0), a, ids.get('meizhou')!)).rejects.toMatchObject({ code: 'subscription_inactive' })
  })

  it('answers the subscription routes over HTTP: secret once, never again', async () => {
    const { server } = world.platform
    const created = await server.inject({ method: 'POST', url: '/api/v1/subscriptions', headers: world.headers.enterpriseB, payload: { url: 'https://erp.example.com/hook', types: ['recall.*'], description: 'ERP' } })
    expect(created.statusCode).toBe(201)
    const body = created.json() as { subscription: { id: string }; secret: string }
    expect(body.secret).toMatch(/^whsec_/)
    const shown = await server.inject({ method: 'GET', url: `/api/v1/subscriptions/${body.subscription.id}`, headers: world.headers.enterpriseB })
    expect(shown.statusCode).toBe(200)
    expect(shown.body).not.toContain(body.secret)
    const list = await server.inject({ method: 'GET', url: '/api/v1/subscriptions', headers: world.headers.enterpriseB })
    expect(list.body).not.toContain(body.secret)
    const bad = await server.inject({ method: 'POST', url: '/api/v1/subscriptions', headers: world.headers.enterpriseB, payload: { url: 'http://127.0.0.1:9/x', types: ['recall.*'] } })
    expect(bad.statusCode).toBe(422)
    expect((bad.json() as { error: { code: string; field: string } }).error).toMatchObject({ code: 'subscription_url_private', field: '/url' })
    const badType = await server.inject({ method: 'POST', url: '/api/v1/subscriptions', headers: world.headers.enterpriseB, payload: { url: 'https://erp.example.com/hook', types: ['Recall!'] } })
    expect((badType.json() as { error: { field: string } }).error.field).toBe('/types/0')
  })
})
