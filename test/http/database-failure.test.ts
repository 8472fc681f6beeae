/**
 * A database that fails under a running server: every answer is a 5xx in the platform's error shape that
 * names no SQL, table, driver, file or stack frame, while the log keeps the cause with the request id.
 */
import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { buildServer } from '../../src/http/server.js'
import { fixedClock } from '../../src/services/clock.js'
import { TEST_NOW } from '../support/build-app.js'
import { engines, freshDatabaseUrl } from '../support/engines.js'

/** What must never reach a client: SQL, engine and driver names, source paths, stack frames. */
const LEAKS = /select |insert |update |delete |from "|where |sqlite|postgres|kysely|better-sqlite3|pg-pool|driver|destroyed|node_modules|\.ts:\d|\.js:\d|\n\s+at |stack/i

describe.each(engines())('a failing database on %s', (engine) => {
  it('answers every route with a 5xx that hides the cause, and logs the cause with the request id', async () => {
    const lines: string[] = []
    const log = pino({ level: 'error' }, new Writable({ write: (chunk, _encoding, done) => { lines.push(String(chunk)); done() } }))
    const config = loadConfig({ DATABASE_URL: await freshDatabaseUrl(engine), ZHUISU_DEMO: '0' })
    const app = await createApp(config, { clock: fixedClock(TEST_NOW), log })
    const server = await buildServer(app)
    await app.store.close()

    const event = { type: 'ObjectEvent', action: 'OBSERVE', eventTime: '2026-11-01T08:00:00+08:00', epcList: ['urn:epc:id:sgtin:6901234.000001.1'] }
    const requests = [
      { method: 'GET' as const, url: '/healthz' },
      { method: 'GET' as const, url: '/api/v1/stats' },
      { method: 'GET' as const, url: '/api/v1/public/' + encodeURIComponent('urn:epc:class:lgtin:6901234.000002.K2511') },
      { method: 'GET' as const, url: '/api/v1/trace/' + encodeURIComponent('urn:epc:class:lgtin:6901234.000002.K2511') },
      { method: 'GET' as const, url: '/api/v1/codes/6901234000016' },
      { method: 'GET' as const, url: '/api/v1/parties' },
      { method: 'POST' as const, url: '/api/v1/parties', payload: { name: '梅州农场', kind: 'farm', regionCode: '441400' } },
      { method: 'POST' as const, url: '/api/v1/events', payload: { events: [event] } },
    ]
    for (const request of requests) {
      const reply = await server.inject(request)
      const label = `${request.method} ${request.url}: ${reply.body}`
      expect(reply.statusCode, label).toBeGreaterThanOrEqual(500)
      expect(reply.json().error.code, label).toMatch(/^(internal|database_unavailable)$/)
      expect(reply.body, label).not.toMatch(LEAKS)
      expect(reply.json().error.messages.zh, label).toBeTruthy()
    }
    const internal = await server.inject('/api/v1/stats')
    const requestId = internal.json().error.requestId as string
    expect(requestId).toBeTruthy()
    expect(lines.some((line) => line.includes(`"reqId":"${requestId}"`) && /"err":\{/.test(line))).toBe(true)
    await server.close()
  })
})
