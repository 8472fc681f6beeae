/**
 * Runs the timer rules (reporting_gap, maintenance_overdue) in the server process every few minutes; one
 * sweep at a time, never overlapping. The rules' clocks live in the database, so a restart loses nothing.
 */
import type { App } from '../app.js'
import { sweepTimedRules } from '../services/alerts/sweep.js'
import { startPeriodic, type Worker } from './periodic.js'

export const ALERT_SWEEP_MS = 5 * 60_000

export function startAlertSweep(app: App, everyMs = ALERT_SWEEP_MS): Worker {
  return startPeriodic({
    name: 'alert-sweep', everyMs, firstAfterMs: Math.min(everyMs, 10_000), log: app.log, failure: 'timer rules could not run',
    async tick(log) {
      const report = await sweepTimedRules(app.store, app.clock)
      if (report.opened > 0) log.info(report, 'timer rules swept')
    },
  })
}
