/**
 * Batched notifications (notifyMany) on every engine: a recall over hundreds of holders writes its
 * notifications and webhook deliveries in one batch each, exactly one delivery per subscription × notification
 * in the subscriber's scope, and nothing at all when the recall's transaction fails; the reminder sweep likewise.
 */
import pino from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Organisation } from '../../../src/domain/accounts/organisation.js'
import type { RecallTask } from '../../../src/domain/recalls/recall.js'
import { resolveScope } from '../../../src/services/access/scope.js'
import { actorOf } from '../../../src/services/accounts/actors.js'
import { captureEvents } from '../../../src/services/capture/capture-events.js'
import { fixedClock } from '../../../src/services/clock.js'
import { matchesAnyPattern } from '../../../src/services/notifications/type-pattern.js'
import { sweepRecallReminders } from '../../../src/services/recalls/reminders.js'
import { startRecall } from '../../../src/services/recalls/start-recall.js'
import { newRowId } from '../../../src/storage/ids.js'
import type { NotificationRecord } from '../../../src/storage/repositories/notification-repository.js'
import type { DeliveryRecord } from '../../../src/storage/repositories/subscription-delivery-repository.js'
import type { Repositories, Store } from '../../../src/storage/store.js'
import { engines, freshStore } from '../../support/engines.js'
import { generateOutbreak, loadOutbreak, type Outbreak } from '../../support/outbreak.js'

const NOW = '2026-11-20T08:00:00.000Z'
const CREATED = '2026-11-01T00:00:00.000Z'
const REGION = '440000'

interface Subscriber { id: string; types: string[]; wants(n: NotificationRecord): boolean }

/** The store, with every batch write counted and the last batch's notifications kept; `fail` rolls back after the work. */
function instrumented(store: Store, options: { fail?: boolean } = {}) {
  const calls = { appendMany: 0, insertMany: 0, listActive: 0, notifications: [] as NotificationRecord[] }
  const wrap = (tx: Repositories): Repositories => ({
    ...tx,
    notifications: { ...tx.notifications, appendMany: async (records: NotificationRecord[]) => { calls.appendMany++; calls.notifications.push(...records); await tx.notifications.appendMany(records) } },
    deliveries: { ...tx.deliveries, insertMany: async (rows: DeliveryRecord[]) => { calls.insertMany++; await tx.deliveries.insertMany(rows) } },
    subscriptions: { ...tx.subscriptions, listActive: async () => { calls.listActive++; return tx.subscriptions.listActive() } },
  })
  const wrapped: Store = {
    ...store,
    transaction: (work) => store.transaction(async (tx) => {
      const result = await work(wrap(tx))
      if (options.fail) throw new Error('disk full')
      return result
    }),
  }
  return { store: wrapped, calls }
}

describe.each(engines())('notifyMany on %s', (engine) => {
  let store: Store
  let outbreak: Outbreak
  const subscribers: Subscriber[] = []
  let operator: Organisation
  let enterprisePartyId = ''

  const organisation = async (o: Partial<Organisation> & Pick<Organisation, 'kind' | 'name'>): Promise<Organisation> => {
    const record: Organisation = { id: newRowId(), status: 'active', categories: [], createdAt: CREATED, ...o }
    await store.organisations.insert(record)
    return record
  }
  const subscribe = async (organisationId: string, types: string[], wants: Subscriber['wants']) => {
    const id = newRowId()
    await store.subscriptions.insert({ id, organisationId, createdAt: CREATED, url: `https://hooks.example.com/${id}`, types, description: types.join(','), secret: 'whsec_test', active: true }, newRowId())
    subscribers.push({ id, types, wants: (n) => matchesAnyPattern(types, n.type) && wants(n) })
  }
  const deliveriesOf = async (subscriptionId: string) => store.deliveries.listBySubscription(subscriptionId, { limit: 100_000, offset: 0 })
  const operatorScope = async (s: Store) => resolveScope(s, actorOf(operator, 'session', { username: 'operator' }))

  beforeAll(async () => {
    store = await freshStore(engine)
    outbreak = generateOutbreak({ holders: 300, seed: 11 })
    const deps = { store, clock: fixedClock(NOW), log: pino({ level: 'silent' }), captureLimit: 100_000 }
    await loadOutbreak(store, outbreak, async (events) => {
      const report = await captureEvents(deps, events, '/events')
      if (report.created !== events.length) throw new Error(`captured ${report.created} of ${events.length} events`)
    })
    operator = await organisation({ kind: 'operator', name: '平台运营方' })
    const regulator = await organisation({ kind: 'regulator', name: '广东省市场监管局', regionCode: REGION, categories: ['food'] })
    const drugRegulator = await organisation({ kind: 'regulator', name: '广东省药监局', regionCode: REGION, categories: ['drug'] })
    const holder = outbreak.parties.find((p) => outbreak.expected.has(p.uscc ?? ''))!
    enterprisePartyId = holder.id
    const enterprise = await organisation({ kind: 'enterprise', name: holder.name, partyId: holder.id })
    await subscribe(operator.id, ['*'], () => true)
    await subscribe(operator.id, ['alert.*'], () => true)
    await subscribe(regulator.id, ['recall.*'], (n) => n.regionCode?.startsWith('44') === true)
    await subscribe(regulator.id, ['recall.task.created'], (n) => n.regionCode?.startsWith('44') === true)
    await subscribe(drugRegulator.id, ['*'], () => false)
    await subscribe(enterprise.id, ['recall.task.*'], (n) => n.partyIds.includes(enterprisePartyId))
  }, 600_000)

  it('writes nothing at all when the recall fails', async () => {
    const { store: failing, calls } = instrumented(store, { fail: true })
    await expect(startRecall(failing, { clock: fixedClock(NOW) }, await operatorScope(failing), { codes: [outbreak.root], reason: '沙门氏菌', level: 'II' }))
      .rejects.toThrow('disk full')
    expect(calls.notifications.length).toBeGreaterThan(300)
    for (const n of calls.notifications.slice(0, 50)) expect(await store.notifications.findById(n.id)).toBeUndefined()
    for (const s of subscribers) expect(await deliveriesOf(s.id)).toEqual([])
  })

  it('writes one delivery per subscription × notification in scope, in one batch each', async () => {
    const { store: counted, calls } = instrumented(store)
    const recall = await startRecall(counted, { clock: fixedClock(NOW) }, await operatorScope(counted), { codes: [outbreak.root], reason: '沙门氏菌', level: 'II' })
    const tasks: RecallTask[] = await store.recallTasks.findByRecall(recall.id)
    expect(tasks.length).toBe(outbreak.expected.size)
    expect(tasks.length).toBeGreaterThan(300)
    expect(calls).toMatchObject({ appendMany: 1, insertMany: 1, listActive: 1 })

    // One notification for the recall, one per task, all stored.
    const notifications = calls.notifications
    expect(notifications.map((n) => n.type).sort()).toEqual(['recall.opened', ...tasks.map(() => 'recall.task.created')].sort())
    expect(new Set(notifications.filter((n) => n.type === 'recall.task.created').map((n) => n.subject.id))).toEqual(new Set(tasks.map((t) => t.id)))
    expect(await store.notifications.listBySubject('recall', recall.id, 10)).toHaveLength(1)

    let total = 0
    for (const s of subscribers) {
      const expected = notifications.filter(s.wants).map((n) => n.id).sort()
      const actual = (await deliveriesOf(s.id)).map((d) => d.notificationId!).sort()
      expect(actual, s.types.join(',')).toEqual(expected)
      total += actual.length
    }
    // The scopes were told apart: everything for the operator, the region's tasks for the regulator, its own task for the enterprise.
    const inRegion = tasks.filter((t) => t.regionCode?.startsWith('44')).length
    expect(inRegion).toBeGreaterThan(0)
    expect(inRegion).toBeLessThan(tasks.length)
    expect(tasks.filter((t) => t.partyId === enterprisePartyId)).toHaveLength(1)
    expect(total).toBe((1 + tasks.length) + 2 * inRegion + tasks.filter((t) => t.partyId === enterprisePartyId).length)

    // The reminder sweep past the deadline: one overdue notification per task, again one batch per recall.
    const sweep = instrumented(store)
    const before = new Map(await Promise.all(subscribers.map(async (s) => [s.id, (await deliveriesOf(s.id)).length] as const)))
    const swept = await sweepRecallReminders(sweep.store, fixedClock(new Date(Date.parse(recall.deadline) + 1000).toISOString()))
    expect(swept).toEqual({ overdue: tasks.length, reminded: 0 })
    expect(sweep.calls).toMatchObject({ appendMany: 1, insertMany: 1, listActive: 1 })
    for (const s of subscribers) {
      const added = (await deliveriesOf(s.id)).length - before.get(s.id)!
      expect(added, s.types.join(',')).toBe(sweep.calls.notifications.filter(s.wants).length)
    }
  })
})
