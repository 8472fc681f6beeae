/**
 * The console rollups' full pass in the server process (services/console/refresh-rollups.ts): every read
 * already counts what is newer than the last counted row; this worker also counts captures that committed
 * late with an older record time and moves the watermark up, so the marks above it stay few.
 */
import type { App } from '../app.js'
import { RECHECK_MS, refreshRollups } from '../services/console/refresh-rollups.js'
import { startPeriodic, type Worker } from './periodic.js'

export function startConsoleRollupWorker(app: App, everyMs = RECHECK_MS): Worker {
  return startPeriodic({
    name: 'console-rollups', everyMs, log: app.log, failure: 'console rollups could not be refreshed',
    tick: () => refreshRollups({ store: app.store, clock: app.clock, log: app.log, recheckMs: 0 }),
  })
}
