/**
 * The reminder sweep (催办): run periodically by the server (and by tests with a fixed clock). For every
 * open recall, a task past its deadline and unfinished is marked overdue once; an unfinished task is
 * reminded when a day has passed since it was created or last reminded (overdue ones too). Each mark is a history row and a
 * notification, written per recall in one transaction.
 */
import type { RecallEvent } from '../../domain/recalls/recall.js'
import { isTaskFinished } from '../../domain/recalls/states.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { notifyMany, type NotificationInput } from '../notifications/notify.js'
import { historyEvent, taskNotification } from './recall-history.js'

export const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000
/** Open recalls looked at per sweep; the rest wait for the next one. */
export const SWEEP_RECALL_LIMIT = 500

export interface SweepResult {
  reminded: number
  overdue: number
}

export async function sweepRecallReminders(store: Store, clock: Clock): Promise<SweepResult> {
  const now = clock.now()
  const result: SweepResult = { reminded: 0, overdue: 0 }
  for (const recall of await store.recalls.listOpen(SWEEP_RECALL_LIMIT)) {
    await store.transaction(async (repos) => {
      const marks = await repos.recallTasks.lastReminders(recall.id)
      const history: RecallEvent[] = []
      const notifications: NotificationInput[] = []
      for (const task of await repos.recallTasks.findByRecall(recall.id)) {
        if (isTaskFinished(task.status)) continue
        const mark = marks.get(task.id) ?? {}
        if (recall.deadline < now && !mark.overdue) {
          history.push(historyEvent('system', recall.id, 'overdue', now, { taskId: task.id, status: task.status }))
          notifications.push(taskNotification(recall, task, 'recall.task.overdue'))
          result.overdue += 1
          continue
        }
        // An overdue mark is a reminder too: the next one follows a day later.
        const since = [task.createdAt, mark.reminded ?? '', mark.overdue ?? ''].reduce((a, b) => (b > a ? b : a))
        if (Date.parse(now) - Date.parse(since) >= REMINDER_INTERVAL_MS) {
          history.push(historyEvent('system', recall.id, 'reminded', now, { taskId: task.id, status: task.status }))
          notifications.push(taskNotification(recall, task, 'recall.task.reminded'))
          result.reminded += 1
        }
      }
      if (history.length > 0) await repos.recallTasks.appendEvents(history)
      await notifyMany(repos, notifications, { clock })
    })
  }
  return result
}
