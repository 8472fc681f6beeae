/** Content hash of an event: SHA-256 over canonical JSON (keys sorted), without eventID and recordTime. */
import { createHash } from 'node:crypto'

const NOT_HASHED = new Set(['eventID', 'recordTime'])

export function contentHash(document: Record<string, unknown>): string {
  // The top level sorted here, without the unhashed members: one copy of the document, not two.
  const material: Record<string, unknown> = {}
  for (const key of Object.keys(document).sort()) if (!NOT_HASHED.has(key)) material[key] = sortKeys(document[key])
  return createHash('sha256').update(JSON.stringify(material)).digest('hex')
}

/** JSON with object keys in code-point order at every level; undefined members are left out. */
export function canonicalJson(value: unknown): string {
  // Sorted copies, then one native stringify: several times faster than building the text by hand.
  return JSON.stringify(sortKeys(value)) ?? 'null'
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(sortKeys)
  const record = value as Record<string, unknown>
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(record).sort()) sorted[key] = sortKeys(record[key])
  return sorted
}
