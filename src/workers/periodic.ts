/**
 * The one tick loop every background worker runs on: a tick every `everyMs` after the previous one ends (so
 * runs never overlap), errors logged with the worker's name and never ending the loop, timers unref'd so a
 * worker never keeps the process alive, and stop() resolving once the running tick, if any, has finished.
 */
import type { Logger } from 'pino'

export interface Worker {
  stop(): Promise<void>
}

export interface PeriodicOptions {
  /** The worker's name, on every log line (`{ worker: name }`). */
  name: string
  /** Pause between the end of one tick and the start of the next. */
  everyMs: number
  /** Pause before the first tick; `everyMs` unless given. */
  firstAfterMs?: number
  /** The parent logger; the tick gets a child carrying the worker's name. */
  log: Pick<Logger, 'child'>
  /** The message logged when a tick throws. */
  failure?: string
  tick(log: Logger): Promise<unknown>
}

export function startPeriodic(options: PeriodicOptions): Worker {
  const log = options.log.child({ worker: options.name })
  const failure = options.failure ?? 'worker tick failed'
  let running: Promise<void> = Promise.resolve()
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const schedule = (delayMs: number) => {
    timer = setTimeout(run, delayMs)
    timer.unref()
  }
  const run = () => {
    timer = undefined
    if (stopped) return
    running = (async () => {
      try {
        await options.tick(log)
      } catch (error) {
        log.error({ err: error }, failure)
      }
      if (!stopped) schedule(options.everyMs)
    })()
  }
  schedule(options.firstAfterMs ?? options.everyMs)
  return {
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
