/** Content hash of an event: SHA-256 over canonical JSON (keys sorted), without eventID and recordTime. */
import { createHash } from 'node:crypto'

const NOT_HASHED = new Set(['eventID', 'recordTime'])

export function contentHash(document: Record<string, unknown>): string {
  const material: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(document)) if (!NOT_HASHED.has(key)) material[key] = value
  return createHash('sha256').update(canonicalJson(material)).digest('hex')
}

/** JSON with object keys in code-point order at every level; undefined members are left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    let text = '['
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + canonicalJson(value[i])
    return `${text}]`
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort()
  let text = '{'
  let first = true
  for (const key of keys) {
    const member = record[key]
    if (member === undefined) continue
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`
    first = false
  }
  return `${text}}`
}
