/**
 * Parses one event in EPCIS 2.0 JSON form into a TraceEvent, or explains every problem with a JSON
 * pointer. Pure: the caller gives the current time and, for events without eventID, the id to use.
 * The checks live in check-event.ts (no Node APIs, shared with the web forms); this adds the content hash.
 */
import type { FieldIssue } from '../errors.js'
import { checkEvent, type CheckContext } from './check-event.js'
import { contentHash } from './content-hash.js'
import type { TraceEvent } from './event.js'

export { escapePointer, FUTURE_TOLERANCE_MS, isRecord } from './check-event.js'

export interface ParseContext extends CheckContext {
  /** eventID to give an event that has none, from its content hash (so a re-send is recognised). */
  makeEventId: (contentHash: string) => string
}

export type ParseResult = { ok: true; event: TraceEvent } | { ok: false; issues: FieldIssue[] }

export function parseEvent(raw: unknown, context: ParseContext): ParseResult {
  const checked = checkEvent(raw, context)
  if (!checked.ok) return checked
  const { clientEventId, ...event } = checked.event
  const hash = contentHash(event.document)
  const eventId = clientEventId ?? context.makeEventId(hash)
  event.document.eventID = eventId
  return { ok: true, event: { ...event, eventId, contentHash: hash } }
}
