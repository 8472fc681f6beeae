/**
 * The 84 official event hash vectors and the 11 equivalence groups of ../shared/conformance/epcis/event-hash/
 * (read in place, never copied; CI always has the folder). JSON-LD and XML documents hash through the same code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { eventsOfDocument } from '../../../src/interop/epcis/epcis-document.js'
import { hashIdOf, preHash, type CbvVersion } from '../../../src/interop/epcis/event-hash/event-hash.js'
import { epcisXmlToJson } from '../../../src/interop/epcis/xml/xml-to-json.js'

const ROOT = fileURLToPath(new URL('../../../../shared/conformance/epcis/event-hash/', import.meta.url))
const hasConformance = existsSync(ROOT)
if (!hasConformance) process.stdout.write(`[conformance] ${ROOT} is absent: event hash vectors skipped\n`)

interface Case { id: string; cbvVersion: CbvVersion; document: string; expectedHashes: string; expectedPrehashes: string; eventCount: number }

function eventsOf(path: string): { events: Record<string, unknown>[]; prefixes: Parameters<typeof preHash>[1] } {
  const text = readFileSync(path, 'utf8')
  // Element order is not hashed: the equivalence groups reorder elements on purpose.
  const json = path.endsWith('.xml') ? epcisXmlToJson(text, { checkOrder: false }) : { ok: true as const, document: JSON.parse(text) as unknown }
  if (!json.ok) throw new Error(`${path}: ${json.reason}`)
  const found = eventsOfDocument(json.document)
  if (!found.ok) throw new Error(`${path}: ${found.field} ${found.reason}`)
  return { events: found.events as Record<string, unknown>[], prefixes: found.prefixes }
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '')
}

describe.skipIf(!hasConformance)('event hash IDs: official vectors', () => {
  const manifest: { cases: Case[] } = hasConformance ? JSON.parse(readFileSync(`${ROOT}manifest.json`, 'utf8')) : { cases: [] }

  it('has 84 cases', () => {
    expect(manifest.cases).toHaveLength(84)
  })

  it.each(manifest.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { events, prefixes } = eventsOf(`${ROOT}${c.document}`)
    expect(events).toHaveLength(c.eventCount)
    const prehashes = events.map((event) => preHash(event, prefixes, c.cbvVersion))
    expect(prehashes).toEqual(lines(`${ROOT}${c.expectedPrehashes}`))
    expect(prehashes.map((p) => hashIdOf(p, c.cbvVersion))).toEqual(lines(`${ROOT}${c.expectedHashes}`))
  })
})

describe.skipIf(!hasConformance)('event hash IDs: equivalence groups (every event of a file hashes equal)', () => {
  const files = hasConformance ? readdirSync(`${ROOT}equivalence-groups`) : []

  it('has 11 groups', () => {
    expect(files).toHaveLength(11)
  })

  it.each(files.flatMap((file) => (['CBV2.0', 'CBV2.1'] as const).map((version) => [file, version] as const)))('%s (%s)', (file, version) => {
    const { events, prefixes } = eventsOf(`${ROOT}equivalence-groups/${file}`)
    expect(events.length).toBeGreaterThanOrEqual(2)
    const hashes = new Set(events.map((event) => hashIdOf(preHash(event, prefixes, version), version)))
    expect([...hashes]).toHaveLength(1)
  })
})
