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
  const c = checked.event
  const hash = contentHash(c.document)
  const eventId = c.clientEventId ?? context.makeEventId(hash)
  c.document.eventID = eventId
  // Field by field rather than rest and spread (capture parses thousands of events a second); the type
  // makes a field added to TraceEvent one to list here.
  const event: { [K in Exclude<keyof TraceEvent, 'hashId'>]: TraceEvent[K] } = {
    eventId, type: c.type, action: c.action, eventTime: c.eventTime, eventTimeZoneOffset: c.eventTimeZoneOffset,
    bizStep: c.bizStep, disposition: c.disposition, readPoint: c.readPoint, bizLocation: c.bizLocation, epcs: c.epcs,
    quantities: c.quantities, parent: c.parent, children: c.children, childQuantities: c.childQuantities, inputs: c.inputs,
    inputQuantities: c.inputQuantities, outputs: c.outputs, outputQuantities: c.outputQuantities, bizTransactions: c.bizTransactions,
    sources: c.sources, destinations: c.destinations, category: c.category, party: c.party, errorDeclaration: c.errorDeclaration,
    document: c.document, contentHash: hash,
  }
  return { ok: true, event }
}
