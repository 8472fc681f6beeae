/**
 * Works off EPCIS capture jobs (`POST /epcis/capture`) in the server process. Job state lives in the
 * database, so a job queued before a restart runs after it; one tick at a time, never overlapping.
 */
import type { App } from '../app.js'
import { runCaptureJobs } from '../services/epcis/capture-epcis.js'
import { startPeriodic, type Worker } from './periodic.js'

export const CAPTURE_POLL_MS = 500

export type { Worker }

export function startEpcisCaptureWorker(app: App, pollMs = CAPTURE_POLL_MS): Worker {
  return startPeriodic({
    name: 'epcis-capture', everyMs: pollMs, log: app.log, failure: 'capture jobs could not run',
    tick: (log) => runCaptureJobs({ store: app.store, clock: app.clock, log, captureLimit: app.config.captureLimit }),
  })
}
