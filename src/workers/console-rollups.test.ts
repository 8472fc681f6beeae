import { describe, expect, it } from 'vitest'
import { buildTestPlatform } from '../../test/support/build-app.js'
import { capture } from '../../test/support/factories.js'
import { startConsoleRollupWorker } from './console-rollups.js'

describe('console rollup worker', () => {
  it('counts captured events on its own and stops cleanly', async () => {
    const { app, server } = await buildTestPlatform('sqlite')
    const reply = await capture(server, [{ type: 'ObjectEvent', action: 'OBSERVE', eventTime: '2026-11-19T08:00:00+08:00', epcList: ['urn:epc:id:sgtin:6901234.056789.W1'] }])
    expect(reply.statusCode, reply.body).toBe(201)
    const worker = startConsoleRollupWorker(app, 1)
    let days: Record<string, unknown>[] = []
    while (days.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      days = (await app.store.consoleRollups.derivedRows()).console_region_day
    }
    await worker.stop()
    expect(days).toEqual([expect.objectContaining({ day: '2026-11-19', events: 1 })])
  })
})
