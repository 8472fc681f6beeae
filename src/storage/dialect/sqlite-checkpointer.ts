/**
 * Checkpoints an SQLite WAL from a worker thread, so the one writer never stops to copy the log back into
 * the database file: committing a capture batch only appends to the WAL, and the copying runs beside it on
 * another core. The worker opens its own connection to the file and runs a PASSIVE checkpoint (never waits
 * for, and never blocks, readers or the writer) every `intervalMs`. The writer keeps a high automatic
 * checkpoint threshold as a backstop in case the worker ever falls behind or stops.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** How often the worker checkpoints. */
export const CHECKPOINT_INTERVAL_MS = 250
/** The writer's own checkpoint threshold while a worker runs (pages, 4 KiB each): a backstop, about 80 MB. */
export const BACKSTOP_PAGES = 20_000

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('busy_timeout = 1000')
let stopped = false
const tick = () => {
  if (stopped) return
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) })
  }
  timer = setTimeout(tick, workerData.intervalMs)
}
let timer = setTimeout(tick, workerData.intervalMs)
parentPort.on('message', () => {
  stopped = true
  clearTimeout(timer)
  db.close()
  parentPort.close()
})
`

export interface Checkpointer {
  /** Stops the worker and closes its connection (before the writer closes, so the writer's close can clean up the WAL). */
  stop(): Promise<void>
}

/** A failed checkpoint is reported as a process warning (in the log); the writer's backstop still bounds the WAL. */
const warn = (message: string) => process.emitWarning(`SQLite background checkpoint failed: ${message}`, { code: 'ZHUISU_SQLITE_CHECKPOINT' })

export function startCheckpointer(path: string, onError: (message: string) => void = warn): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, intervalMs: CHECKPOINT_INTERVAL_MS } })
  worker.unref()
  worker.on('message', (message: { error?: string }) => {
    if (message.error) onError(message.error)
  })
  worker.on('error', (error) => onError(error.message))
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  return {
    stop: async () => {
      // Referenced again while it stops, or a process with nothing else to do would exit before it has.
      worker.ref()
      worker.postMessage('stop')
      await exited
    },
  }
}
