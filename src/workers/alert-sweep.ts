/**
 * Runs the timer rules (reporting_gap, maintenance_overdue) in the server process every few minutes; one
 * sweep at a time, never overlapping. The rules' clocks live in the database, so a restart loses nothing.
 */
import type { App } from '../app.js'
import { sweepTimedRules } from '../services/alerts/sweep.js'

export const ALERT_SWEEP_MS = 5 * 60_000

export function startAlertSweep(app: App, everyMs = ALERT_SWEEP_MS): { stop(): Promise<void> } {
  const log = app.log.child({ worker: 'alert-sweep' })
  let running: Promise<unknown> = Promise.resolve()
  let stopped = false
  const tick = () => {
    if (stopped) return
    running = sweepTimedRules(app.store, app.clock)
      .then((report) => { if (report.opened > 0) log.info(report, 'timer rules swept') })
      .catch((error: unknown) => log.error({ err: error }, 'timer rules could not run'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs)
      })
  }
  let timer = setTimeout(tick, Math.min(everyMs, 10_000))
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
