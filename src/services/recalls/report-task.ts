/**
 * A holder's answers to its task: confirm (确认), report (上报下架、退回、销毁), explain (说明). A report is
 * checked against what the holder held and still holds, becomes trace events through the capture service,
 * and is recorded with the task's new state — all in one transaction, or nothing.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { computeHoldings } from '../../domain/holdings.js'
import type { Recall, RecallReport, RecallTask } from '../../domain/recalls/recall.js'
import { checkReport, isComplete, sumProgress, type ReportInput } from '../../domain/recalls/report.js'
import { reportEvents } from '../../domain/recalls/report-events.js'
import { isTaskFinished, mayConfirm, type TaskStatus } from '../../domain/recalls/states.js'
import { newRowId } from '../../storage/ids.js'
import type { Repositories, Store } from '../../storage/store.js'
import { requireConfidentialReader, type Scope } from '../access/scope.js'
import { captureEvents } from '../capture/capture-events.js'
import type { Log } from '../log.js'
import { requireTaskHolder } from './recall-access.js'
import { actorName, historyEvent, notifyTask, type RecallDeps } from './recall-history.js'

export interface TaskDeps extends RecallDeps {
  log: Log
}

export interface TaskAnswer {
  task: RecallTask
  report?: RecallReport
}

async function openTask(repos: Repositories, scope: Scope, taskId: string): Promise<{ task: RecallTask; recall: Recall }> {
  requireConfidentialReader(scope)
  const task = await repos.recallTasks.findById(taskId)
  if (!task) throw new ZhuisuError('recall_task_not_found', '/id')
  requireTaskHolder(scope, task)
  const recall = (await repos.recalls.findById(task.recallId))!
  if (recall.status !== 'open') throw new ZhuisuError('recall_not_open')
  if (isTaskFinished(task.status)) throw new ZhuisuError('recall_task_finished')
  return { task, recall }
}

export async function confirmTask(store: Store, deps: RecallDeps, scope: Scope, taskId: string, note?: string): Promise<TaskAnswer> {
  return store.transaction(async (repos) => {
    const { task } = await openTask(repos, scope, taskId)
    if (!mayConfirm(task.status)) throw new ZhuisuError('recall_task_confirmed')
    await repos.recallTasks.setStatus(task.id, 'confirmed')
    await repos.recallTasks.appendEvents([historyEvent(scope.actor, task.recallId, 'confirmed', deps.clock.now(), { taskId: task.id, status: 'confirmed', note })])
    return { task: { ...task, status: 'confirmed' } }
  })
}

export async function explainTask(store: Store, deps: RecallDeps, scope: Scope, taskId: string, note: string): Promise<TaskAnswer> {
  return store.transaction(async (repos) => {
    const { task, recall } = await openTask(repos, scope, taskId)
    const now = deps.clock.now()
    const report: RecallReport = {
      id: newRowId(), taskId: task.id, recallId: task.recallId, kind: 'explanation', lines: [], note, eventIds: [],
      organisationId: scope.actor.organisationId, actorName: actorName(scope.actor), reportedAt: now,
    }
    await repos.recallTasks.insertReport(report)
    await repos.recallTasks.setStatus(task.id, 'explained')
    await repos.recallTasks.appendEvents([historyEvent(scope.actor, task.recallId, 'explained', now, { taskId: task.id, status: 'explained', note })])
    const answered = { ...task, status: 'explained' as const }
    await notifyTask(repos, deps.clock, recall, answered, 'recall.task.reported', { kind: 'explanation', note })
    return { task: answered, report }
  })
}

/**
 * What the holder holds now of each lot: its live holdings where events record them directly, else what it
 * held at the start less what it has already returned or destroyed (lots it only holds inside cases).
 */
async function remainingNow(repos: Repositories, task: RecallTask, before: ReturnType<typeof sumProgress>): Promise<Map<string, number>> {
  const custody = await repos.custody.findByUnitIds(task.lots.map((l) => l.unitId))
  const holder = task.partyId ?? task.partyRef
  const live = new Map<string, number>()
  for (const holding of computeHoldings(custody)) {
    if (holding.holder === holder) live.set(holding.unitId, (live.get(holding.unitId) ?? 0) + Number(holding.remainingMilli))
  }
  return new Map(task.lots.map((lot) => {
    const gone = (before.get(lot.unitId)?.returnedMilli ?? 0) + (before.get(lot.unitId)?.destroyedMilli ?? 0)
    return [lot.unitId, live.get(lot.unitId) ?? Math.max(0, lot.heldMilli - gone)]
  }))
}

/** The capture service writing into the caller's transaction: the report and its events commit together. */
function storeIn(store: Store, repos: Repositories): Store {
  return { ...repos, engine: store.engine, transaction: (work) => work(repos), isUniqueViolation: (e) => store.isUniqueViolation(e), ping: () => store.ping(), close: async () => undefined }
}

export async function reportTask(store: Store, deps: TaskDeps, scope: Scope, taskId: string, input: ReportInput): Promise<TaskAnswer> {
  return store.transaction(async (repos) => {
    const { task, recall } = await openTask(repos, scope, taskId)
    const earlier = await repos.recallTasks.reportsOfTasks([task.id])
    const before = sumProgress(earlier.map((r) => r.lines))
    const lines = checkReport(input, task.lots, await remainingNow(repos, task, before), before)
    const now = deps.clock.now()
    const reportId = newRowId()
    const events = reportEvents(lines, {
      reportId, recallId: recall.id, partyId: task.partyId, partyRef: task.partyRef, siteId: task.siteId, returnToPartyId: recall.responsiblePartyId, eventTime: now,
    })
    const captured = await captureEvents({ store: storeIn(store, repos), clock: deps.clock, log: deps.log, captureLimit: events.length }, events, '/events')
    const report: RecallReport = {
      id: reportId, taskId: task.id, recallId: recall.id, kind: 'report', lines, note: input.note, eventIds: captured.events.map((e) => e.eventId),
      organisationId: scope.actor.organisationId, actorName: actorName(scope.actor), reportedAt: now,
    }
    await repos.recallTasks.insertReport(report)
    const complete = isComplete(task.lots, sumProgress([...earlier.map((r) => r.lines), lines]))
    const status: TaskStatus = complete ? 'done' : 'reported'
    await repos.recallTasks.setStatus(task.id, status)
    await repos.recallTasks.appendEvents([
      historyEvent(scope.actor, recall.id, 'reported', now, { taskId: task.id, status: 'reported', note: input.note ?? (complete ? 'complete' : 'partial') }),
      ...(complete ? [historyEvent(scope.actor, recall.id, 'done', now, { taskId: task.id, status: 'done' })] : []),
    ])
    const answered = { ...task, status }
    await notifyTask(repos, deps.clock, recall, answered, 'recall.task.reported', { kind: 'report', complete, reportId })
    return { task: answered, report }
  })
}
