/**
 * Checks one event in EPCIS 2.0 JSON form and normalises it, or explains every problem with a JSON
 * pointer: every rule capture applies to an event's shape. Pure and free of Node APIs, so the web forms
 * import this very file to validate as the user types (web/vite.config.ts `@domain`); parse-event.ts adds
 * the content hash and the eventID on the server.
 */
import { isCategoryCode } from '../categories.js'
import type { FieldIssue, ErrorCode } from '../errors.js'
import { parseTraceCode, type TraceKeyResult } from '../identifiers/trace-key.js'
import { isUom, parseQuantityMilli } from '../quantity.js'
import { isOffset, offsetOf, parseInstant } from '../time.js'
import type { CodeRef, PartyLink, QuantityRef, TraceEvent } from './event.js'
import { ACTIONS, EVENT_TYPES, isAbsoluteUri, normalizeBizStep, normalizeDisposition, type Action, type EventType } from './vocabulary.js'

/** How far ahead of the server clock an event time may be (devices' clocks drift). */
export const FUTURE_TOLERANCE_MS = 10 * 60_000

const COMMON_FIELDS = [
  'type', 'eventID', 'eventTime', 'eventTimeZoneOffset', 'recordTime', 'certificationInfo', 'errorDeclaration',
  'bizStep', 'disposition', 'persistentDisposition', 'readPoint', 'bizLocation', 'bizTransactionList',
  'sourceList', 'destinationList', 'sensorElementList', '@context', 'action',
]
const FIELDS_BY_TYPE: Record<EventType, string[]> = {
  ObjectEvent: ['epcList', 'quantityList', 'ilmd'],
  AggregationEvent: ['parentID', 'childEPCs', 'childQuantityList'],
  TransactionEvent: ['parentID', 'epcList', 'quantityList'],
  TransformationEvent: ['inputEPCList', 'inputQuantityList', 'outputEPCList', 'outputQuantityList', 'transformationID', 'ilmd'],
  AssociationEvent: ['parentID', 'childEPCs', 'childQuantityList'],
}
const QUANTITY_FIELDS = new Set(['epcClass', 'quantity', 'uom'])
const ALLOWED_FIELDS = Object.fromEntries(EVENT_TYPES.map((t) => [t, new Set([...COMMON_FIELDS, ...FIELDS_BY_TYPE[t]])])) as Record<EventType, Set<string>>

export interface CheckContext {
  /** JSON pointer of the event in the request, e.g. `/events/3`. */
  pointer: string
  /** Current time, ISO-8601. */
  now: string
}

/** A checked event before its content hash and eventID are set (its document has no eventID yet). */
export type CheckedEvent = Omit<TraceEvent, 'eventId' | 'contentHash'> & { clientEventId?: string }

export type CheckResult = { ok: true; event: CheckedEvent } | { ok: false; issues: FieldIssue[] }

export function checkEvent(raw: unknown, context: CheckContext): CheckResult {
  const issues: FieldIssue[] = []
  const at = (field: string) => `${context.pointer}/${field}`
  const fail = (code: ErrorCode, field: string, detail?: string) => {
    issues.push(detail === undefined ? { code, field: at(field) } : { code, field: at(field), detail })
  }
  if (!isRecord(raw)) return { ok: false, issues: [{ code: 'field_type', field: context.pointer, detail: 'an event must be a JSON object' }] }
  const type = raw.type
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
    fail(type === undefined ? 'field_required' : 'event_type_unknown', 'type', `one of ${EVENT_TYPES.join(', ')}`)
    return { ok: false, issues }
  }
  const eventType = type as EventType
  const allowed = ALLOWED_FIELDS[eventType]
  for (const key of Object.keys(raw)) {
    // EPCIS 2.0: extension properties are namespaced (`prefix:name`); an unknown bare name is invalid.
    if (!allowed.has(key) && !key.includes(':')) fail('field_unknown', escapePointer(key))
  }

  const eventTime = parseInstant(raw.eventTime)
  if (raw.eventTime === undefined) fail('field_required', 'eventTime')
  else if (!eventTime) fail('time_invalid', 'eventTime', String(raw.eventTime).slice(0, 64))
  else if (Date.parse(eventTime) - Date.parse(context.now) > FUTURE_TOLERANCE_MS) fail('time_in_future', 'eventTime')

  let offset = raw.eventTimeZoneOffset
  if (offset === undefined && typeof raw.eventTime === 'string') offset = offsetOf(raw.eventTime)
  if (offset === undefined) fail('field_required', 'eventTimeZoneOffset')
  else if (!isOffset(offset)) fail('offset_invalid', 'eventTimeZoneOffset', String(offset).slice(0, 16))

  let action: Action | undefined
  if (eventType === 'TransformationEvent') {
    if (raw.action !== undefined) fail('action_not_allowed', 'action')
  } else if (raw.action === undefined) {
    fail('field_required', 'action')
  } else if (!(ACTIONS as readonly unknown[]).includes(raw.action)) {
    fail('action_invalid', 'action')
  } else {
    action = raw.action as Action
  }

  if (raw.eventID !== undefined && (typeof raw.eventID !== 'string' || !isAbsoluteUri(raw.eventID) || raw.eventID.length > 512)) {
    fail('event_id_invalid', 'eventID')
  }

  const bizStep = vocabulary(raw.bizStep, 'bizStep', normalizeBizStep, 'bizstep_invalid', fail)
  const disposition = vocabulary(raw.disposition, 'disposition', normalizeDisposition, 'disposition_invalid', fail)
  const readPoint = locationId(raw.readPoint, 'readPoint', fail)
  const bizLocation = locationId(raw.bizLocation, 'bizLocation', fail)

  const codes = (field: string): CodeRef[] => codeList(raw[field], field, fail)
  const quantities = (field: string): QuantityRef[] => quantityList(raw[field], field, fail)
  const epcs = codes('epcList')
  const quantityRefs = quantities('quantityList')
  const children = codes('childEPCs')
  const childQuantities = quantities('childQuantityList')
  const inputs = codes('inputEPCList')
  const inputQuantities = quantities('inputQuantityList')
  const outputs = codes('outputEPCList')
  const outputQuantities = quantities('outputQuantityList')
  let parent: CodeRef | undefined
  if (raw.parentID !== undefined) parent = singleCode(raw.parentID, 'parentID', fail)

  const bizTransactions = linkList(raw.bizTransactionList, 'bizTransactionList', 'bizTransaction', fail).map((l) => ({ type: l.type || undefined, value: l.value }))
  const sources = linkList(raw.sourceList, 'sourceList', 'source', fail)
  const destinations = linkList(raw.destinationList, 'destinationList', 'destination', fail)

  switch (eventType) {
    case 'ObjectEvent':
      if (epcs.length + quantityRefs.length === 0 && raw.sensorElementList === undefined) fail('what_missing', 'epcList', 'epcList or quantityList is required')
      if (raw.ilmd !== undefined && action !== 'ADD') fail('field_unknown', 'ilmd', 'ilmd is allowed only with action ADD')
      break
    case 'AggregationEvent':
      if (action !== 'DELETE' && children.length + childQuantities.length === 0) fail('what_missing', 'childEPCs', 'childEPCs or childQuantityList is required')
      if (action !== 'OBSERVE' && !parent && raw.parentID === undefined) fail('field_required', 'parentID')
      break
    case 'AssociationEvent':
      if (raw.parentID === undefined) fail('field_required', 'parentID')
      if (action !== 'DELETE' && children.length + childQuantities.length === 0) fail('what_missing', 'childEPCs', 'childEPCs or childQuantityList is required')
      break
    case 'TransactionEvent':
      if (epcs.length + quantityRefs.length === 0 && raw.parentID === undefined) fail('what_missing', 'epcList', 'epcList, quantityList or parentID is required')
      if (raw.bizTransactionList === undefined) fail('field_required', 'bizTransactionList')
      break
    case 'TransformationEvent':
      if (raw.transformationID === undefined && (inputs.length + inputQuantities.length === 0 || outputs.length + outputQuantities.length === 0)) {
        fail('what_missing', 'inputEPCList', 'inputs and outputs (or transformationID) are required')
      }
      break
  }

  const category = raw['zs:category']
  if (category !== undefined && !isCategoryCode(category)) fail('category_invalid', 'zs:category', String(category).slice(0, 32))
  const party = raw['zs:party']
  if (party !== undefined && (typeof party !== 'string' || party.trim() === '' || party.length > 256)) fail('field_type', 'zs:party', 'a party identifier string')
  for (const field of ['ilmd', 'zs:data']) {
    if (raw[field] !== undefined && !isRecord(raw[field])) fail('field_type', escapePointer(field), 'an object')
  }
  // EPCIS 2.0 §7.3.6: ILMD holds only namespaced (extension) properties.
  if (isRecord(raw.ilmd)) for (const key of Object.keys(raw.ilmd)) if (!key.includes(':')) fail('field_unknown', `ilmd/${escapePointer(key)}`, 'ILMD fields need a namespace prefix')
  const certification = raw.certificationInfo
  if (certification !== undefined && !(Array.isArray(certification) ? certification : [certification]).every((c) => typeof c === 'string' && isAbsoluteUri(c))) {
    fail('field_type', 'certificationInfo', 'a certificate URI or a list of them')
  }

  let errorDeclaration: TraceEvent['errorDeclaration']
  if (raw.errorDeclaration !== undefined) {
    const declaration = raw.errorDeclaration
    const declarationTime = isRecord(declaration) ? parseInstant(declaration.declarationTime) : undefined
    if (!isRecord(declaration) || !declarationTime) fail('time_invalid', 'errorDeclaration/declarationTime')
    else {
      const corrective = declaration.correctiveEventIDs
      errorDeclaration = {
        declarationTime,
        reason: typeof declaration.reason === 'string' ? declaration.reason : undefined,
        correctiveEventIds: Array.isArray(corrective) ? corrective.filter((c): c is string => typeof c === 'string') : [],
      }
    }
  }

  if (issues.length > 0 || !eventTime) return { ok: false, issues }
  const document: Record<string, unknown> = { ...raw, eventTimeZoneOffset: offset }
  delete document.recordTime
  delete document['@context']
  delete document.eventID
  if (bizStep) document.bizStep = bizStep
  if (disposition) document.disposition = disposition
  return {
    ok: true,
    event: {
      clientEventId: typeof raw.eventID === 'string' ? raw.eventID : undefined, type: eventType, action, eventTime, eventTimeZoneOffset: offset as string, bizStep, disposition,
      readPoint, bizLocation, epcs, quantities: quantityRefs, parent, children, childQuantities, inputs,
      inputQuantities, outputs, outputQuantities, bizTransactions, sources, destinations,
      category: category as TraceEvent['category'], party: typeof party === 'string' ? party.trim() : undefined,
      errorDeclaration, document,
    },
  }
}

type Fail = (code: ErrorCode, field: string, detail?: string) => void

function vocabulary(value: unknown, field: string, normalize: (v: string) => string | undefined, code: ErrorCode, fail: Fail): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    fail('field_type', field, 'a string')
    return undefined
  }
  const normalized = normalize(value)
  if (!normalized) fail(code, field, value.slice(0, 64))
  return normalized
}

function locationId(value: unknown, field: string, fail: Fail): string | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.trim() === '') {
    fail('field_type', `${field}/id`, 'an object { "id": "<location identifier>" }')
    return undefined
  }
  return value.id.trim()
}

/**
 * Valid EPCIS identifiers that name no lot, item or container the platform traces: EPC URNs of other
 * schemes (gdti, gsrn, cpi …) and locations or parties standing as a parent (an AssociationEvent at a
 * GLN). They are kept as opaque URIs; a malformed code is still an error.
 */
const OPAQUE_REASONS = [/^unsupported EPC URN scheme$/, /names a location or party/]

// A batch names the same lots and items over and over (a lot is harvested, shipped, received, processed):
// each spelling is parsed once. The parsed keys are shared between events and never mutated.
const parsedCodes = new Map<string, TraceKeyResult>()
const PARSED_CODES_MAX = 10_000

function parseCode(value: unknown): TraceKeyResult {
  if (typeof value !== 'string') return parseTraceCode(value)
  let parsed = parsedCodes.get(value)
  if (parsed === undefined) {
    parsed = parseTraceCode(value)
    if (parsedCodes.size >= PARSED_CODES_MAX) parsedCodes.clear()
    parsedCodes.set(value, parsed)
  }
  return parsed
}

function singleCode(value: unknown, field: string, fail: Fail): CodeRef | undefined {
  const parsed = parseCode(value)
  if (!parsed.ok && typeof value === 'string' && isAbsoluteUri(value.trim()) && OPAQUE_REASONS.some((r) => r.test(parsed.reason))) {
    return { code: value, key: { key: value.trim(), scheme: 'uri' } }
  }
  if (!parsed.ok) {
    fail('code_invalid', field, parsed.reason)
    return undefined
  }
  return { code: String(value), key: parsed.value }
}

function codeList(value: unknown, field: string, fail: Fail): CodeRef[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    fail('field_type', field, 'an array of codes')
    return []
  }
  const refs: CodeRef[] = []
  value.forEach((entry, index) => {
    const ref = singleCode(entry, `${field}/${index}`, fail)
    if (ref) refs.push(ref)
  })
  return refs
}

function quantityList(value: unknown, field: string, fail: Fail): QuantityRef[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    fail('field_type', field, 'an array of { epcClass, quantity, uom }')
    return []
  }
  const refs: QuantityRef[] = []
  value.forEach((entry, index) => {
    const path = `${field}/${index}`
    if (!isRecord(entry)) {
      fail('field_type', path, 'an object { epcClass, quantity, uom }')
      return
    }
    for (const key of Object.keys(entry)) if (!QUANTITY_FIELDS.has(key)) fail('field_unknown', `${path}/${escapePointer(key)}`)
    if (entry.epcClass === undefined) {
      fail('field_required', `${path}/epcClass`)
      return
    }
    const ref = singleCode(entry.epcClass, `${path}/epcClass`, fail)
    let quantityMilli: number | undefined
    if (entry.quantity !== undefined) {
      // EPCIS 2.0 JSON: quantity is a number; text such as "12" is invalid.
      quantityMilli = typeof entry.quantity === 'number' ? parseQuantityMilli(entry.quantity) : undefined
      if (quantityMilli === undefined) fail('quantity_invalid', `${path}/quantity`, String(entry.quantity).slice(0, 32))
    }
    if (entry.uom !== undefined && !isUom(entry.uom)) fail('uom_invalid', `${path}/uom`, String(entry.uom).slice(0, 16))
    if (ref) refs.push({ code: ref.code, key: ref.key, quantityMilli, uom: typeof entry.uom === 'string' ? entry.uom : undefined })
  })
  return refs
}

function linkList(value: unknown, field: string, valueKey: string, fail: Fail): PartyLink[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    fail('field_type', field, `an array of { type, ${valueKey} }`)
    return []
  }
  const links: PartyLink[] = []
  value.forEach((entry, index) => {
    const linkValue = isRecord(entry) ? entry[valueKey] : undefined
    if (!isRecord(entry) || typeof linkValue !== 'string' || linkValue.trim() === '') {
      fail('field_required', `${field}/${index}/${valueKey}`)
      return
    }
    if (entry.type !== undefined && typeof entry.type !== 'string') fail('field_type', `${field}/${index}/type`, 'a string')
    links.push({ type: typeof entry.type === 'string' ? entry.type : '', value: linkValue.trim() })
  })
  return links
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
