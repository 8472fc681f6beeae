/**
 * Reading recalls: the list (filtered, sorted and paged in the database) and one recall with its tasks,
 * what each holder reported, progress per region and per holder, overdue tasks, history and notices.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { milliToNumber } from '../../domain/quantity.js'
import { summarise, taskProgress, type ProgressSummary } from '../../domain/recalls/progress.js'
import type { ConsumerNotice, Recall, RecallEvent, RecallTask } from '../../domain/recalls/recall.js'
import { sumProgress } from '../../domain/recalls/report.js'
import { findRegion } from '../../domain/regions.js'
import type { RecallListQuery } from '../../storage/repositories/recall-repository.js'
import type { TaskListQuery } from '../../storage/repositories/recall-task-repository.js'
import type { Store } from '../../storage/store.js'
import { requireConfidentialReader, type Scope } from '../access/scope.js'
import { visibilityOf, visibleTasks } from './recall-access.js'
import type { RecallDeps } from './recall-history.js'

export const MAX_HISTORY = 2000

export interface TaskLotView {
  unitId: string
  code: string
  kind: string
  productName?: string
  lotNumber?: string
  serial?: string
  uom?: string
  held: number
  removed: number
  returned: number
  destroyed: number
}

export interface TaskView {
  id: string
  recallId: string
  party: { id?: string; reference?: string; name?: string; kind?: string }
  site?: { id: string; name?: string }
  regionCode?: string
  regionName?: string
  status: RecallTask['status']
  isOverdue: boolean
  held: number
  accounted: number
  /** 0 to 1: share of what was held that is accounted for (1 when finished). */
  progress: number
  lots: TaskLotView[]
  reports: { id: string; kind: string; note?: string; actorName: string; reportedAt: string; eventIds: string[] }[]
  createdAt: string
}

export type RecallDetail = Recall & {
  isOverdue: boolean
  tasks: TaskView[]
  progress: ProgressSummary & { byRegion: { regionName?: string }[] }
  history: RecallEvent[]
  notices: ConsumerNotice[]
  mayManage: boolean
}

export function regionName(code: string | undefined): string | undefined {
  return code ? findRegion(code)?.fullName : undefined
}

export async function taskViews(store: Store, tasks: RecallTask[], deadline: (task: RecallTask) => string, now: string): Promise<TaskView[]> {
  const reports = await store.recallTasks.reportsOfTasks(tasks.map((t) => t.id))
  return tasks.map((task) => {
    const own = reports.filter((r) => r.taskId === task.id)
    const sums = sumProgress(own.map((r) => r.lines))
    const p = taskProgress(task, sums, deadline(task), now)
    return {
      id: task.id, recallId: task.recallId, party: { id: task.partyId, reference: task.partyRef, name: task.partyName, kind: task.partyKind },
      site: task.siteId ? { id: task.siteId, name: task.siteName } : undefined, regionCode: task.regionCode, regionName: regionName(task.regionCode),
      status: task.status, isOverdue: p.isOverdue, held: milliToNumber(p.heldMilli), accounted: milliToNumber(p.accountedMilli), progress: p.ratioMilli / 1000,
      lots: task.lots.map((lot) => {
        const sum = sums.get(lot.unitId)
        return {
          unitId: lot.unitId, code: lot.code, kind: lot.kind, productName: lot.productName, lotNumber: lot.lotNumber, serial: lot.serial, uom: lot.uom,
          held: milliToNumber(lot.heldMilli), removed: milliToNumber(sum?.removedMilli ?? 0), returned: milliToNumber(sum?.returnedMilli ?? 0), destroyed: milliToNumber(sum?.destroyedMilli ?? 0),
        }
      }),
      reports: own.map((r) => ({ id: r.id, kind: r.kind, note: r.note, actorName: r.actorName, reportedAt: r.reportedAt, eventIds: r.eventIds })),
      createdAt: task.createdAt,
    }
  })
}

export async function getRecall(store: Store, deps: RecallDeps, scope: Scope, id: string, mayManage: (recall: Recall) => boolean): Promise<RecallDetail> {
  requireConfidentialReader(scope)
  const recall = await store.recalls.findById(id)
  if (!recall) throw new ZhuisuError('recall_not_found', '/id')
  const all = await store.recallTasks.findByRecall(id)
  const tasks = visibleTasks(scope, recall, all)
  if (!tasks) throw new ZhuisuError('recall_not_found', '/id')
  const now = deps.clock.now()
  const shown = new Set(tasks.map((t) => t.id))
  const history = (await store.recallTasks.historyOf(id, MAX_HISTORY)).filter((e) => !e.taskId || shown.has(e.taskId))
  return {
    ...recall,
    isOverdue: recall.status === 'open' && recall.deadline < now,
    tasks: await taskViews(store, tasks, () => recall.deadline, now),
    progress: withRegionNames(summarise(tasks, recall.deadline, now)),
    history,
    notices: await store.recalls.noticesOf([id]),
    mayManage: mayManage(recall),
  }
}

function withRegionNames(summary: ProgressSummary): ProgressSummary & { byRegion: (ProgressSummary['byRegion'][number] & { regionName?: string })[] } {
  return { ...summary, byRegion: summary.byRegion.map((r) => ({ ...r, regionName: regionName(r.regionCode) })) }
}

export type RecallListFilter = Omit<RecallListQuery, 'visibility'>

export async function listRecalls(store: Store, scope: Scope, filter: RecallListFilter): Promise<{ total: number; recalls: Recall[] }> {
  return store.recalls.list({ ...filter, visibility: visibilityOf(scope) })
}

export type TaskListFilter = Pick<TaskListQuery, 'status' | 'recallId' | 'limit' | 'offset'>

/** An enterprise's own tasks; a regulator's, the tasks of holders in its region; the operator's, all. */
export async function listTasks(store: Store, deps: RecallDeps, scope: Scope, filter: TaskListFilter) {
  requireConfidentialReader(scope)
  const limits: Pick<TaskListQuery, 'partyIds' | 'region'> = scope.kind === 'parties'
    ? { partyIds: scope.own }
    : scope.kind === 'region' ? { region: { prefix: scope.regionPrefix, categories: scope.categories } } : {}
  const { total, tasks } = await store.recallTasks.list({ ...filter, ...limits })
  const now = deps.clock.now()
  const deadlines = new Map(tasks.map((t) => [t.id, t.deadline]))
  const views = await taskViews(store, tasks, (t) => deadlines.get(t.id)!, now)
  return {
    total,
    tasks: views.map((view, i) => ({ ...view, recall: { id: tasks[i].recallId, level: tasks[i].level, reason: tasks[i].reason, deadline: tasks[i].deadline, status: tasks[i].recallStatus } })),
  }
}
