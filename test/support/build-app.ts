/** A whole platform on a fresh database, for route and service tests. */
import pino from 'pino'
import { afterAll } from 'vitest'
import { createApp, type App } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { buildServer, type Server } from '../../src/http/server.js'
import { fixedClock } from '../../src/services/clock.js'
import type { EngineName } from '../../src/storage/dialect/dialect.js'
import { freshDatabaseUrl } from './engines.js'

export const TEST_NOW = '2026-11-20T08:00:00.000Z'

export interface TestPlatform {
  app: App
  server: Server
}

const opened: TestPlatform[] = []
afterAll(async () => {
  for (const platform of opened.splice(0)) {
    await platform.server.close()
    await platform.app.close()
  }
})

export async function buildTestPlatform(engine: EngineName, env: Record<string, string> = {}): Promise<TestPlatform> {
  const config = loadConfig({ DATABASE_URL: await freshDatabaseUrl(engine), ZHUISU_DEMO: '0', ZHUISU_LOG_LEVEL: 'silent', ...env })
  const app = await createApp(config, { clock: fixedClock(TEST_NOW), log: pino({ level: 'silent' }) })
  const server = await buildServer(app)
  const platform = { app, server }
  opened.push(platform)
  return platform
}
