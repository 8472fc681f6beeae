/** Content hash of an event: SHA-256 over canonical JSON (keys sorted), without eventID and recordTime. */
import { createHash } from 'node:crypto'

const NOT_HASHED = new Set(['eventID', 'recordTime'])

export function contentHash(document: Record<string, unknown>): string {
  const material: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(document)) if (!NOT_HASHED.has(key)) material[key] = value
  return createHash('sha256').update(canonicalJson(material)).digest('hex')
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}
