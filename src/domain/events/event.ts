/** The normalised trace event: EPCIS 2.0 fields, codes reduced to canonical keys, quantities in thousandths. */
import type { CategoryCode } from '../categories.js'
import type { TraceKey } from '../identifiers/trace-key.js'
import type { Action, EventType } from './vocabulary.js'

export interface CodeRef {
  /** The code as written in the event. */
  code: string
  key: TraceKey
}

export interface QuantityRef extends CodeRef {
  quantityMilli?: number
  uom?: string
}

export interface PartyLink {
  /** CBV source/destination type: owning_party, possessing_party, location, or a URI. */
  type: string
  value: string
}

export interface ErrorDeclaration {
  declarationTime: string
  reason?: string
  correctiveEventIds: string[]
}

export interface TraceEvent {
  eventId: string
  type: EventType
  action?: Action
  /** UTC ISO-8601 with milliseconds. */
  eventTime: string
  eventTimeZoneOffset: string
  bizStep?: string
  disposition?: string
  readPoint?: string
  bizLocation?: string
  epcs: CodeRef[]
  quantities: QuantityRef[]
  parent?: CodeRef
  children: CodeRef[]
  childQuantities: QuantityRef[]
  inputs: CodeRef[]
  inputQuantities: QuantityRef[]
  outputs: CodeRef[]
  outputQuantities: QuantityRef[]
  bizTransactions: { type?: string; value: string }[]
  sources: PartyLink[]
  destinations: PartyLink[]
  /** `zs:category`: the product category whose data standard applies. */
  category?: CategoryCode
  /** `zs:party`: the responsible party (USCC, platform party id, GLN or PGLN URN). */
  party?: string
  errorDeclaration?: ErrorDeclaration
  /** The event as accepted, in EPCIS 2.0 JSON form, with its eventID. */
  document: Record<string, unknown>
  /** SHA-256 (hex) of the canonical JSON of the event without eventID and recordTime. */
  contentHash: string
  /** CBV event hash ID (`ni:///sha-256;…?ver=CBV2.0`), set by capture: the event's identity across systems. */
  hashId?: string
}

/** Every code an event names, with where it stands. */
export function codesOf(event: TraceEvent): CodeRef[] {
  return [
    ...event.epcs, ...event.quantities, ...(event.parent ? [event.parent] : []), ...event.children,
    ...event.childQuantities, ...event.inputs, ...event.inputQuantities, ...event.outputs, ...event.outputQuantities,
  ]
}
