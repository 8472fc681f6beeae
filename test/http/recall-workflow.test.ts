/**
 * The recall workflow over HTTP, on every engine: a regulator starts a recall, holders confirm, report and
 * explain, reports become trace events that change holdings, the recall closes only when every task is
 * finished; and the bad input of the issue — an unknown code, an over-report, someone else's task,
 * closing with open tasks — answers 4xx and writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/services/clock.js'
import { sweepRecallReminders } from '../../src/services/recalls/reminders.js'
import { buildWorld, FOOD_LOT, type Role, type World } from '../support/accounts-world.js'
import { engines } from '../support/engines.js'

const UNKNOWN_LOT = 'urn:epc:class:lgtin:6901234.000010.NOSUCHLOT'

describe.each(engines())('recall workflow on %s', (engine) => {
  let world: World
  const call = (role: Role, method: 'GET' | 'POST', url: string, payload?: object) =>
    world.platform.server.inject({ method, url, headers: world.headers[role], payload })

  beforeAll(async () => {
    world = await buildWorld(engine)
  }, 120_000)

  it('rejects a recall naming an unknown code, pointing at it, and writes nothing', async () => {
    const reply = await call('regulatorMeizhouFood', 'POST', '/api/v1/recalls', { codes: [FOOD_LOT, FOOD_LOT, UNKNOWN_LOT], reason: '沙门氏菌超标', level: 'I' })
    expect(reply.statusCode).toBe(404)
    expect(reply.json().error).toMatchObject({ code: 'code_not_found', field: '/codes/2' })
    const list = await call('operator', 'GET', '/api/v1/recalls')
    expect(list.json().total).toBe(0)
  })

  it('rejects a bad level and a deadline in the past', async () => {
    const level = await call('regulatorMeizhouFood', 'POST', '/api/v1/recalls', { codes: [FOOD_LOT], reason: 'x', level: 'IV' })
    expect(level.json().error).toMatchObject({ code: 'recall_level_invalid', field: '/level' })
    const deadline = await call('regulatorMeizhouFood', 'POST', '/api/v1/recalls', { codes: [FOOD_LOT], reason: 'x', level: 'II', deadline: '2020-01-01T00:00:00Z' })
    expect(deadline.json().error).toMatchObject({ code: 'recall_deadline_invalid', field: '/deadline' })
  })

  it('runs a recall from order to close', async () => {
    const { a, b, c, d } = world.parties
    const started = await call('regulatorMeizhouFood', 'POST', '/api/v1/recalls', { codes: [FOOD_LOT], reason: '沙门氏菌超标', level: 'I', deadline: '2026-11-30T16:00:00+08:00' })
    expect(started.statusCode).toBe(201)
    const recall = started.json()
    // The 梅州 regulator tasks the holders in its region: supplier C, factory A and supermarket D (not 海口's H).
    expect(recall).toMatchObject({ level: 'I', status: 'open', holderCount: 3, productNames: ['腊肉'], responsiblePartyId: c.id })

    const detail = (await call('regulatorMeizhouFood', 'GET', `/api/v1/recalls/${recall.id}`)).json()
    expect(detail.tasks.map((t: { party: { id: string } }) => t.party.id).sort()).toEqual([a.id, c.id, d.id].sort())
    const taskOf = (partyId: string) => detail.tasks.find((t: { party: { id: string } }) => t.party.id === partyId)
    expect(taskOf(a.id)).toMatchObject({ status: 'pending', held: 30, lots: [{ held: 30, uom: 'KGM' }] })
    expect(taskOf(d.id)).toMatchObject({ held: 40 })
    expect(detail.progress).toMatchObject({ tasks: 3, finished: 0, overdue: 0, byRegion: [{ regionCode: '440000', tasks: 3 }] })
    expect(detail.history.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'task_created', 'task_created', 'task_created'])

    // A sees only its own task, and the list for its portal.
    const own = (await call('enterpriseA', 'GET', '/api/v1/recall-tasks?status=open')).json()
    expect(own.total).toBe(1)
    const task = own.tasks[0]
    expect(task).toMatchObject({ party: { id: a.id }, recall: { id: recall.id, level: 'I' } })
    const lotCode = task.lots[0].code

    // Someone else's task: B cannot see it; the regulator may read but not act.
    expect((await call('enterpriseB', 'POST', `/api/v1/recall-tasks/${task.id}/reports`, { lots: [{ code: lotCode, destroyed: 1 }] })).statusCode).toBe(404)
    expect((await call('regulatorMeizhouFood', 'POST', `/api/v1/recall-tasks/${task.id}/confirm`, {})).statusCode).toBe(403)

    // Closing with open tasks is refused.
    const early = await call('regulatorMeizhouFood', 'POST', `/api/v1/recalls/${recall.id}/close`, {})
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('recall_tasks_open')

    expect((await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/confirm`, { note: '已收到' })).json().task.status).toBe('confirmed')
    expect((await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/confirm`, {})).statusCode).toBe(409)

    // More than was held: 422 naming the field, and nothing written (no report, no event, same holdings).
    const over = await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/reports`, { lots: [{ code: lotCode, returned: 31 }] })
    expect(over.statusCode).toBe(422)
    expect(over.json().error).toMatchObject({ code: 'recall_report_exceeds_holding', field: '/lots/0/returned' })
    const overTotal = await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/reports`, { lots: [{ code: lotCode, removed: 20, destroyed: 11 }] })
    expect(overTotal.json().error).toMatchObject({ code: 'recall_report_exceeds_holding', field: '/lots/0/removed' })
    const notInTask = await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/reports`, { lots: [{ code: UNKNOWN_LOT, removed: 1 }] })
    expect(notInTask.json().error).toMatchObject({ code: 'recall_lot_not_in_task', field: '/lots/0/code' })
    const unchanged = (await call('enterpriseA', 'GET', `/api/v1/recall-tasks?recallId=${recall.id}`)).json().tasks[0]
    expect(unchanged).toMatchObject({ status: 'confirmed', reports: [], accounted: 0 })
    const holdingOfA = async () => {
      const impact = (await call('operator', 'GET', `/api/v1/impact/${encodeURIComponent(FOOD_LOT)}`)).json()
      return impact.holders.find((h: { party: { id: string } }) => h.party.id === a.id).remaining[0].quantity
    }
    expect(await holdingOfA()).toBe(30)

    // A partial report: 10 destroyed and 5 returned become trace events; A's holding drops to 15.
    const first = await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/reports`, { lots: [{ code: lotCode, destroyed: 10, returned: 5 }], note: '门店下架' })
    expect(first.statusCode).toBe(201)
    expect(first.json().task.status).toBe('reported')
    expect(first.json().report.eventIds).toHaveLength(2)
    expect(await holdingOfA()).toBe(15)
    const event = await call('operator', 'GET', `/api/v1/events/${encodeURIComponent(first.json().report.eventIds[0])}`)
    expect(event.statusCode).toBe(200)

    // The rest is kept aside for collection: the task is done.
    const second = await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/reports`, { lots: [{ code: lotCode, removed: 15 }] })
    expect(second.json().task.status).toBe('done')
    expect((await call('enterpriseA', 'POST', `/api/v1/recall-tasks/${task.id}/reports`, { lots: [{ code: lotCode, removed: 1 }] })).json().error.code).toBe('recall_task_finished')

    // The regulator's progress follows.
    const progressed = (await call('regulatorMeizhouFood', 'GET', `/api/v1/recalls/${recall.id}`)).json()
    expect(progressed.progress).toMatchObject({ finished: 1, byStatus: { done: 1, pending: 2 } })
    expect(progressed.tasks.find((t: { party: { id: string } }) => t.party.id === a.id)).toMatchObject({ progress: 1, lots: [{ held: 30, removed: 15, returned: 5, destroyed: 10 }] })

    // The operator explains for C and D (no accounts here), then the regulator closes.
    for (const partyId of [c.id, d.id]) {
      const explained = await call('operator', 'POST', `/api/v1/recall-tasks/${taskOf(partyId).id}/explain`, { note: '已全部售出，无库存' })
      expect(explained.json().task.status).toBe('explained')
    }
    const closed = await call('regulatorMeizhouFood', 'POST', `/api/v1/recalls/${recall.id}/close`, { note: '全部完成' })
    expect(closed.statusCode).toBe(200)
    expect(closed.json()).toMatchObject({ status: 'closed', closedAt: expect.any(String) })
    const history = (await call('regulatorMeizhouFood', 'GET', `/api/v1/recalls/${recall.id}`)).json().history.map((e: { kind: string }) => e.kind)
    // Every change is one history row; the fixed test clock gives them one instant, so compare them as a set.
    expect(history.filter((k: string) => k !== 'task_created').sort()).toEqual(['closed', 'confirmed', 'done', 'explained', 'explained', 'opened', 'reported', 'reported'])
    expect((await call('enterpriseA', 'GET', '/api/v1/recall-tasks?status=open')).json().total).toBe(0)
  })

  it('shows recalls to those in scope, filtered and paged on the server', async () => {
    const started = await call('enterpriseA', 'POST', '/api/v1/recalls', { codes: [FOOD_LOT], reason: '标签错误', level: 'III' })
    // A is not the product's owner and did not make the lot: it may not recall it.
    expect(started.statusCode).toBe(403)
    expect(started.json().error.field).toBe('/codes/0')
    const operator = await call('operator', 'POST', '/api/v1/recalls', { codes: [FOOD_LOT], reason: '标签错误', level: 'III' })
    expect(operator.statusCode).toBe(201)
    expect(operator.json().holderCount).toBe(4)
    const open = (await call('regulatorMeizhouFood', 'GET', '/api/v1/recalls?status=open')).json()
    expect(open.recalls.map((r: { level: string }) => r.level)).toEqual(['III'])
    const byLevel = (await call('regulatorMeizhouFood', 'GET', '/api/v1/recalls?level=I&sort=deadline&order=asc')).json()
    expect(byLevel).toMatchObject({ total: 1, recalls: [{ level: 'I', status: 'closed' }] })
    const byCode = (await call('regulatorMeizhouFood', 'GET', `/api/v1/recalls?code=${encodeURIComponent(FOOD_LOT)}&limit=1`)).json()
    expect(byCode.total).toBe(2)
    expect(byCode.recalls).toHaveLength(1)
    expect((await call('regulatorMeizhouFood', 'GET', '/api/v1/recalls?q=标签')).json().total).toBe(1)
    expect((await call('regulatorMeizhouFood', 'GET', '/api/v1/recalls?region=460100')).json().total).toBe(1)
    // The 海口 drug regulator sees no food recall.
    expect((await call('regulatorHaikouDrug', 'GET', '/api/v1/recalls')).json().total).toBe(0)
    expect((await call('regulatorHaikouDrug', 'GET', `/api/v1/recalls/${operator.json().id}`)).statusCode).toBe(404)
  })

  it('reminds unfinished tasks daily and marks them overdue once the deadline passes', async () => {
    const open = (await call('operator', 'GET', '/api/v1/recalls?status=open')).json().recalls[0]
    const { store } = world.platform.app
    expect(await sweepRecallReminders(store, fixedClock('2026-11-20T12:00:00.000Z'))).toEqual({ reminded: 0, overdue: 0 })
    const dayLater = await sweepRecallReminders(store, fixedClock('2026-11-21T09:00:00.000Z'))
    expect(dayLater).toEqual({ reminded: 4, overdue: 0 })
    expect(await sweepRecallReminders(store, fixedClock('2026-11-21T10:00:00.000Z'))).toEqual({ reminded: 0, overdue: 0 })
    const late = new Date(Date.parse(open.deadline) + 60_000).toISOString()
    expect(await sweepRecallReminders(store, fixedClock(late))).toEqual({ reminded: 0, overdue: 4 })
    expect(await sweepRecallReminders(store, fixedClock(late))).toEqual({ reminded: 0, overdue: 0 })
    const dayAfter = new Date(Date.parse(late) + 86_400_000).toISOString()
    expect(await sweepRecallReminders(store, fixedClock(dayAfter))).toEqual({ reminded: 4, overdue: 0 })
    const detail = (await call('operator', 'GET', `/api/v1/recalls/${open.id}`)).json()
    expect(detail.history.filter((e: { kind: string }) => e.kind === 'overdue')).toHaveLength(4)
  })
})
