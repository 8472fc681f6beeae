/** The in-process interval that runs the recall reminder sweep (src/services/recalls/reminders.ts). */
import type { App } from '../app.js'
import { sweepRecallReminders } from '../services/recalls/reminders.js'

/** Every 15 minutes: reminders are daily and overdue marks need no finer grain. */
export const RECALL_SWEEP_MS = 15 * 60 * 1000

export function startRecallReminderWorker(app: App, everyMs = RECALL_SWEEP_MS): { stop(): Promise<void> } {
  const log = app.log.child({ worker: 'recall-reminders' })
  let running: Promise<unknown> = Promise.resolve()
  let stopped = false
  const tick = () => {
    if (stopped) return
    running = sweepRecallReminders(app.store, app.clock)
      .then((result) => { if (result.reminded + result.overdue > 0) log.info(result, 'recall reminders sent') })
      .catch((error: unknown) => log.error({ err: error }, 'recall reminder sweep failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs)
      })
  }
  let timer = setTimeout(tick, everyMs)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
