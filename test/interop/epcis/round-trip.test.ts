/**
 * Round trip through /epcis on every engine: every official example of ../shared/conformance/epcis/gs1-epcis/JSON/
 * (read in place; CI has it) captures, queries back with the same content — compared through the CBV
 * pre-hash (both versions), which is what "the same event" means across syntaxes — keeps its hash ID,
 * and its unhashed fields. Every document the conformance data marks invalid is rejected naming a field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { eventsOfDocument } from '../../../src/interop/epcis/epcis-document.js'
import { eventHashId, preHash } from '../../../src/interop/epcis/event-hash/event-hash.js'
import { resolveContext } from '../../../src/interop/epcis/json-ld/context.js'
import { runCaptureJobs } from '../../../src/services/epcis/capture-epcis.js'
import { buildTestPlatform, type TestPlatform } from '../../support/build-app.js'
import { engines } from '../../support/engines.js'

const ROOT = fileURLToPath(new URL('../../../../shared/conformance/epcis/', import.meta.url))
const hasConformance = existsSync(ROOT)
if (!hasConformance) process.stdout.write(`[conformance] ${ROOT} is absent: EPCIS round-trip documents skipped\n`)

/** Redefines the protected term cbvmda: invalid JSON-LD 1.1 (conformance README), so it must be refused. */
const PROTECTED_TERM_REDEFINED = 'WithFullCombinationOfFields/transformation_event_all_possible_fields.jsonld'
const INVALID_JSON = 'openepcis-test-resources/2.0/EPCIS/JSON/Capture/Invalid'
const INVALID_XML = 'openepcis-test-resources/2.0/EPCIS/XML/Capture/Invalid'

function files(dir: string, pattern: RegExp): string[] {
  if (!hasConformance) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : []
  })
}
const examples = files(`${ROOT}gs1-epcis/JSON`, /\.jsonld?$/).map((path) => path.slice(`${ROOT}gs1-epcis/JSON/`.length))

type Json = Record<string, unknown>
const UNHASHED = ['certificationInfo', 'errorDeclaration']

/**
 * Several examples repeat one event (or one placeholder eventID with other content), which a repository
 * rightly refuses the second time; such examples go to separate databases, the rest share one.
 */
function groupByDatabase(names: string[]): Map<string, number> {
  const groups: Set<string>[] = []
  const groupOf = new Map<string, number>()
  for (const name of names) {
    const found = eventsOfDocument(JSON.parse(readFileSync(`${ROOT}gs1-epcis/JSON/${name}`, 'utf8')))
    const keys = found.ok ? (found.events as Json[]).flatMap((e) => [eventHashId(e, found.prefixes), ...(typeof e.eventID === 'string' ? [e.eventID] : [])]) : []
    let index = groups.findIndex((group) => keys.every((k) => !group.has(k)))
    if (index < 0) index = groups.push(new Set()) - 1
    for (const key of keys) groups[index].add(key)
    groupOf.set(name, index)
  }
  return groupOf
}

async function capture(platform: TestPlatform, body: string, contentType: string) {
  const reply = await platform.server.inject({ method: 'POST', url: '/epcis/capture', payload: body, headers: { 'content-type': contentType } })
  if (reply.statusCode !== 202) return { status: reply.statusCode, problem: reply.json() }
  await runCaptureJobs({ store: platform.app.store, clock: platform.app.clock, log: platform.app.log, captureLimit: platform.app.config.captureLimit })
  return { status: 202, job: (await platform.server.inject({ method: 'GET', url: String(reply.headers.location) })).json() }
}

describe.skipIf(!hasConformance).each(engines())('EPCIS round trip on %s', (engine) => {
  const valid = examples.filter((e) => e !== PROTECTED_TERM_REDEFINED)
  const databaseOf = groupByDatabase(valid)
  const platforms = new Map<number, Promise<TestPlatform>>()
  // Rejected documents write nothing, so they all share one database (-1).
  const platformFor = (group: number) => platforms.get(group) ?? platforms.set(group, buildTestPlatform(engine)).get(group)!

  it('finds the official examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(45)
  })

  it.each(valid)('%s captures, reads back equal and keeps its hash ID', async (example) => {
    const platform = await platformFor(databaseOf.get(example)!)
    const text = readFileSync(`${ROOT}gs1-epcis/JSON/${example}`, 'utf8')
    const result = await capture(platform, text, 'application/ld+json')
    expect(result.job).toMatchObject({ success: true, errors: [] })
    const sent = eventsOfDocument(JSON.parse(text))
    if (!sent.ok) throw new Error(sent.reason)
    for (const event of sent.events as Json[]) {
      const hashId = eventHashId(event, sent.prefixes)
      const eventId = typeof event.eventID === 'string' ? event.eventID : hashId
      const reply = await platform.server.inject({ method: 'GET', url: `/epcis/events/${encodeURIComponent(eventId)}` })
      expect(reply.statusCode, eventId).toBe(200)
      const back = reply.json() as Json
      const context = resolveContext(back['@context'])
      if (!context.ok) throw new Error(context.reason)
      expect(eventHashId(back, context.prefixes)).toBe(hashId)
      for (const version of ['CBV2.0', 'CBV2.1'] as const) expect(preHash(back, context.prefixes, version)).toBe(preHash(event, sent.prefixes, version))
      expect(Object.keys(back).filter((k) => k !== '@context' && k !== 'recordTime').sort()).toEqual(Object.keys({ ...event, eventID: eventId }).filter((k) => k !== '@context' && k !== 'recordTime').sort())
      for (const field of UNHASHED) expect(back[field]).toEqual(event[field])
    }
  })

  it('refuses the example that redefines a protected JSON-LD term, naming it', async () => {
    const platform = await platformFor(-1)
    const result = await capture(platform, readFileSync(`${ROOT}gs1-epcis/JSON/${PROTECTED_TERM_REDEFINED}`, 'utf8'), 'application/ld+json')
    expect(result).toMatchObject({ status: 400, problem: { code: 'epcis_context_invalid', field: '/@context/4/cbvmda' } })
  })

  it.each([
    ...files(`${ROOT}${INVALID_JSON}`, /\.json$/).map((p) => [p.slice(ROOT.length), 'application/ld+json'] as const),
    ...files(`${ROOT}${INVALID_XML}`, /\.xml$/).map((p) => [p.slice(ROOT.length), 'application/xml'] as const),
  ])('rejects %s, naming the field', async (path, contentType) => {
    const platform = await platformFor(-1)
    const result = await capture(platform, readFileSync(`${ROOT}${path}`, 'utf8'), contentType)
    const problems = result.status === 202 ? result.job.errors : [result.problem]
    if (result.status === 202) expect(result.job.success).toBe(false)
    else expect(result.status).toBe(400)
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) expect(problem.field, JSON.stringify(problem)).toMatch(/^\/(@context|epcisBody|type)/)
  })
})
