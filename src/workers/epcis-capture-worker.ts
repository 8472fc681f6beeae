/**
 * Works off EPCIS capture jobs (`POST /epcis/capture`) in the server process. Job state lives in the
 * database, so a job queued before a restart runs after it; one tick at a time, never overlapping.
 */
import type { App } from '../app.js'
import { runCaptureJobs } from '../services/epcis/capture-epcis.js'

export const CAPTURE_POLL_MS = 500

export interface Worker {
  stop(): Promise<void>
}

export function startEpcisCaptureWorker(app: App, pollMs = CAPTURE_POLL_MS): Worker {
  const log = app.log.child({ worker: 'epcis-capture' })
  let running: Promise<unknown> = Promise.resolve()
  let stopped = false
  const tick = () => {
    if (stopped) return
    running = runCaptureJobs({ store: app.store, clock: app.clock, log, captureLimit: app.config.captureLimit })
      .catch((error: unknown) => log.error({ err: error }, 'capture jobs could not run'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, pollMs)
      })
  }
  let timer = setTimeout(tick, pollMs)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
