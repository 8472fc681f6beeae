/**
 * Progress of a recall (召回进度): per task, what was held and what has been accounted for; per region and
 * overall, how many tasks are finished and how many are overdue.
 */
import type { RecallTask } from './recall.js'
import { accountedMilli, type LotProgress } from './report.js'
import { isOverdue, isTaskFinished, type TaskStatus } from './states.js'

export interface TaskProgress {
  heldMilli: number
  accountedMilli: number
  /** Thousandths of one: 1000 when everything held is accounted for, or the task is finished. */
  ratioMilli: number
  isOverdue: boolean
}

export interface ProgressSummary {
  tasks: number
  finished: number
  overdue: number
  byStatus: Record<TaskStatus, number>
  byRegion: { regionCode: string; tasks: number; finished: number; overdue: number }[]
}

export function taskProgress(task: RecallTask, progress: ReadonlyMap<string, LotProgress>, deadline: string, now: string): TaskProgress {
  const held = task.lots.reduce((sum, lot) => sum + lot.heldMilli, 0)
  const accounted = task.lots.reduce((sum, lot) => sum + accountedMilli(lot, progress.get(lot.unitId)), 0)
  const finished = isTaskFinished(task.status)
  return {
    heldMilli: held,
    accountedMilli: accounted,
    ratioMilli: finished || held === 0 ? 1000 : Math.floor((accounted * 1000) / held),
    isOverdue: isOverdue(task.status, deadline, now),
  }
}

/** Regions are summarised at the province (first two digits of GB/T 2260) when `level` is 2, city at 4. */
export function summarise(tasks: readonly Pick<RecallTask, 'status' | 'regionCode'>[], deadline: string, now: string, level: 2 | 4 | 6 = 2): ProgressSummary {
  const byStatus: Record<TaskStatus, number> = { pending: 0, confirmed: 0, reported: 0, done: 0, explained: 0 }
  const regions = new Map<string, { regionCode: string; tasks: number; finished: number; overdue: number }>()
  let finished = 0
  let overdue = 0
  for (const task of tasks) {
    byStatus[task.status] += 1
    const code = task.regionCode ? task.regionCode.slice(0, level).padEnd(6, '0') : 'unknown'
    const region = regions.get(code) ?? { regionCode: code, tasks: 0, finished: 0, overdue: 0 }
    region.tasks += 1
    if (isTaskFinished(task.status)) {
      finished += 1
      region.finished += 1
    }
    if (isOverdue(task.status, deadline, now)) {
      overdue += 1
      region.overdue += 1
    }
    regions.set(code, region)
  }
  return { tasks: tasks.length, finished, overdue, byStatus, byRegion: [...regions.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode)) }
}
