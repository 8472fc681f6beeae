import { describe, expect, it } from 'vitest'
import { buildTestPlatform } from '../../test/support/build-app.js'
import { startEpcisCaptureWorker } from './epcis-capture-worker.js'

describe('EPCIS capture worker', () => {
  it('runs a queued job on its own and stops cleanly', async () => {
    const { app, server } = await buildTestPlatform('sqlite')
    const document = {
      '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'], type: 'EPCISDocument', schemaVersion: '2.0', creationDate: '2026-11-05T08:00:00Z',
      epcisBody: { eventList: [{ type: 'ObjectEvent', action: 'OBSERVE', eventTime: '2026-11-05T08:00:00+08:00', eventTimeZoneOffset: '+08:00', epcList: ['urn:epc:id:sgtin:6901234.056789.W1'] }] },
    }
    const accepted = await server.inject({ method: 'POST', url: '/epcis/capture', payload: document })
    const finished = new Promise<void>((resolve) => {
      app.log.info = ((...args: unknown[]) => {
        if (args[1] === 'EPCIS capture job finished') resolve()
      }) as typeof app.log.info
    })
    const worker = startEpcisCaptureWorker(app, 1)
    await finished
    await worker.stop()
    expect((await server.inject({ method: 'GET', url: String(accepted.headers.location) })).json()).toMatchObject({ running: false, success: true })
  })
})
