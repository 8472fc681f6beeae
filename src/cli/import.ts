import { readFile } from 'node:fs/promises'
import { createApp } from '../app.js'
import { loadConfig } from '../config.js'
import { ZhuisuError } from '../domain/errors.js'
import { eventListOf } from '../domain/events/event-list.js'
import { captureEvents } from '../services/capture/capture-events.js'

export async function run(args: string[], env: Record<string, string | undefined>): Promise<void> {
  const [file] = args
  if (!file) throw new Error('Usage: zhuisu import <file.json>')
  const config = loadConfig({ ...env, ZHUISU_DEMO: '0' })
  let body: unknown
  try {
    body = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} is not readable JSON: ${(error as Error).message}`)
  }
  const app = await createApp(config)
  try {
    const { events, pointer } = eventListOf(body)
    const report = await captureEvents({ store: app.store, clock: app.clock, log: app.log, captureLimit: Number.MAX_SAFE_INTEGER }, events, pointer)
    process.stdout.write(`${JSON.stringify({ created: report.created, duplicates: report.duplicates, declared: report.declared }, null, 2)}\n`)
  } catch (error) {
    if (error instanceof ZhuisuError) {
      process.stderr.write(`${JSON.stringify({ code: error.code, message: error.message, field: error.field, issues: error.details?.issues }, null, 2)}\n`)
      process.exitCode = 1
      return
    }
    throw error
  } finally {
    await app.close()
  }
}
