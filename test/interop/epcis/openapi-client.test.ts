/**
 * An outside client of /epcis: requests built from the official REST binding's own examples
 * (../shared/conformance/epcis/gs1-epcis/REST-Bindings/openapi.json, read in place; CI has it), sent over
 * real HTTP with Node's fetch to a listening server, answers checked against the binding's status codes
 * and headers and compared with what was sent through the CBV pre-hash. The registry SDK `epcis2.js` drives
 * the same interface in epcis2-sdk-client.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { eventsOfDocument } from '../../../src/interop/epcis/epcis-document.js'
import { preHash } from '../../../src/interop/epcis/event-hash/event-hash.js'
import { resolveContext } from '../../../src/interop/epcis/json-ld/context.js'
import { runCaptureJobs } from '../../../src/services/epcis/capture-epcis.js'
import { buildTestPlatform, type TestPlatform } from '../../support/build-app.js'
import { engines } from '../../support/engines.js'

const OPENAPI = fileURLToPath(new URL('../../../../shared/conformance/epcis/gs1-epcis/REST-Bindings/openapi.json', import.meta.url))
const hasOpenApi = existsSync(OPENAPI)
if (!hasOpenApi) process.stdout.write(`[conformance] ${OPENAPI} is absent: OpenAPI client test skipped\n`)

type Json = Record<string, unknown>
const openapi = hasOpenApi ? (JSON.parse(readFileSync(OPENAPI, 'utf8')) as { paths: Record<string, Record<string, { requestBody: { content: Record<string, { example: Json }> } }>> }) : undefined
const exampleOf = (path: string) => openapi!.paths[path].post.requestBody.content['application/json'].example

async function listen(platform: TestPlatform): Promise<string> {
  await platform.server.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${(platform.server.server.address() as AddressInfo).port}/epcis`
}

function sameEvent(back: Json, sent: Json, sentContext: unknown): void {
  const theirs = resolveContext(sentContext)
  const ours = resolveContext(back['@context'])
  if (!theirs.ok || !ours.ok) throw new Error('context')
  expect(preHash(back, ours.prefixes, 'CBV2.1')).toBe(preHash(sent, theirs.prefixes, 'CBV2.1'))
  expect(back.eventID).toBe(sent.eventID)
}

describe.skipIf(!hasOpenApi).each(engines())('the REST binding examples over HTTP on %s', (engine) => {
  it('POST /events: 201 + Location, the event reads back, a second POST is 409', async () => {
    const base = await listen(await buildTestPlatform(engine))
    const sent = exampleOf('/events')
    const headers = { 'content-type': 'application/ld+json', 'GS1-EPCIS-Version': '2.0.0' }
    const created = await fetch(`${base}/events`, { method: 'POST', headers, body: JSON.stringify(sent) })
    expect(created.status).toBe(201)
    expect(created.headers.get('gs1-epcis-version')).toBe('2.0.0')
    const location = created.headers.get('location')!
    const back = (await (await fetch(new URL(location, base))).json()) as Json
    sameEvent(back, sent, sent['@context'])
    const again = await fetch(`${base}/events`, { method: 'POST', headers, body: JSON.stringify(sent) })
    expect(again.status).toBe(409)
    expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })

  it('POST /capture: 202 + Location, the job succeeds, GET /events returns every event', async () => {
    const platform = await buildTestPlatform(engine)
    const base = await listen(platform)
    const document = exampleOf('/capture')
    const accepted = await fetch(`${base}/capture`, { method: 'POST', headers: { 'content-type': 'application/ld+json', 'GS1-Capture-Error-Behaviour': 'rollback' }, body: JSON.stringify(document) })
    expect(accepted.status).toBe(202)
    const job = new URL(accepted.headers.get('location')!, base)
    await runCaptureJobs({ store: platform.app.store, clock: platform.app.clock, log: platform.app.log, captureLimit: platform.app.config.captureLimit })
    expect(await (await fetch(job)).json()).toMatchObject({ running: false, success: true, captureErrorBehaviour: 'rollback', errors: [] })
    const sent = eventsOfDocument(document)
    if (!sent.ok) throw new Error(sent.reason)
    const reply = await fetch(`${base}/events?perPage=100`)
    expect(reply.headers.get('link')).toBeNull()
    const list = ((await reply.json()) as { epcisBody: { queryResults: { resultsBody: { eventList: Json[] } } } }).epcisBody.queryResults.resultsBody.eventList
    expect(list).toHaveLength(sent.events.length)
    for (const event of sent.events as Json[]) sameEvent(list.find((e) => e.eventID === event.eventID)!, event, document['@context'])
  })
})
