/** The in-process interval that runs the recall reminder sweep (src/services/recalls/reminders.ts). */
import type { App } from '../app.js'
import { sweepRecallReminders } from '../services/recalls/reminders.js'
import { startPeriodic, type Worker } from './periodic.js'

/** Every 15 minutes: reminders are daily and overdue marks need no finer grain. */
export const RECALL_SWEEP_MS = 15 * 60 * 1000

export function startRecallReminderWorker(app: App, everyMs = RECALL_SWEEP_MS): Worker {
  return startPeriodic({
    name: 'recall-reminders', everyMs, log: app.log, failure: 'recall reminder sweep failed',
    async tick(log) {
      const result = await sweepRecallReminders(app.store, app.clock)
      if (result.reminded + result.overdue > 0) log.info(result, 'recall reminders sent')
    },
  })
}
