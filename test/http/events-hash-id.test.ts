/**
 * Capture and CBV event hash IDs (interop.md §3): the hash ID is the event's identity across systems, so
 * the same event under another eventID is a duplicate, and an error declaration finds the stored event
 * by it. On every engine.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { eventHashId } from '../../src/interop/epcis/event-hash/event-hash.js'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { engines } from '../support/engines.js'
import { capture } from '../support/factories.js'

const event = (overrides: Record<string, unknown> = {}) => ({
  type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: '2026-11-05T08:00:00+08:00', eventTimeZoneOffset: '+08:00',
  epcList: ['urn:epc:id:sgtin:6901234.000002.S-1'], ...overrides,
})

describe.each(engines())('capture with hash IDs on %s', (engine) => {
  let platform: TestPlatform

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
  })

  it('reports the hash ID of each created event, as anyone can recompute it', async () => {
    const sent = event({ eventID: 'urn:uuid:6a1f7d4e-0000-4000-8000-000000000001' })
    const reply = await capture(platform.server, [sent])
    expect(reply.statusCode).toBe(201)
    expect(reply.json().events[0].hashId).toBe(eventHashId(sent))
  })

  it('treats the same event under another eventID as a duplicate of the stored one', async () => {
    const first = await capture(platform.server, [event({ eventTime: '2026-11-05T09:00:00+08:00', eventID: 'urn:uuid:6a1f7d4e-0000-4000-8000-000000000002' })])
    expect(first.statusCode).toBe(201)
    const again = await capture(platform.server, [event({ eventTime: '2026-11-05T01:00:00.000Z', eventID: 'urn:uuid:6a1f7d4e-0000-4000-8000-000000000003' })])
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ created: 0, duplicates: 1, events: [{ status: 'duplicate', eventId: 'urn:uuid:6a1f7d4e-0000-4000-8000-000000000002' }] })
  })

  it('keeps two equal events of one batch once', async () => {
    const reply = await capture(platform.server, [
      event({ eventTime: '2026-11-05T10:00:00+08:00', eventID: 'urn:uuid:6a1f7d4e-0000-4000-8000-000000000004' }),
      event({ eventTime: '2026-11-05T10:00:00+08:00', eventID: 'urn:uuid:6a1f7d4e-0000-4000-8000-000000000005' }),
    ])
    expect(reply.json()).toMatchObject({ created: 1, duplicates: 1 })
    expect(reply.json().events[1].eventId).toBe('urn:uuid:6a1f7d4e-0000-4000-8000-000000000004')
  })

  it('records an error declaration sent without eventID against the stored event with the same hash ID', async () => {
    const original = event({ eventTime: '2026-11-05T11:00:00+08:00', eventID: 'urn:uuid:6a1f7d4e-0000-4000-8000-000000000006' })
    expect((await capture(platform.server, [original])).statusCode).toBe(201)
    const { eventID: _dropped, ...withoutId }: Record<string, unknown> = original
    const declared = await capture(platform.server, [{ ...withoutId, errorDeclaration: { declarationTime: '2026-11-06T08:00:00+08:00', reason: 'incorrect_data' } }])
    expect(declared.json()).toMatchObject({ declared: 1, events: [{ status: 'declared' }] })
  })
})
