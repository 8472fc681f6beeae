/**
 * The pre-hash string of the CBV event hash algorithm (interop.md §3): known fields in the canonical
 * order, each `name=value` with containers written as their name then their children, list items sorted,
 * then ILMD and extensions as `{namespace}local`. The input is an event in EPCIS 2.0 JSON(-LD) form; XML
 * is translated to that form first (../xml/), so both syntaxes hash through this one function.
 */
import { expandName, type PrefixMap } from '../json-ld/context.js'
import {
  canonicalCbv, canonicalGs1Term, canonicalLiteral, canonicalNumber, canonicalTime, canonicalUri, type CbvVocabulary,
} from './canonical-values.js'

export type CbvVersion = 'CBV2.0' | 'CBV2.1'
type Json = Record<string, unknown>

const EPC_LISTS = new Set(['epcList', 'inputEPCList', 'childEPCs', 'outputEPCList'])
const QUANTITY_LISTS = new Set(['quantityList', 'childQuantityList', 'inputQuantityList', 'outputQuantityList'])
const EVENT_ORDER = [
  'eventTime', 'eventTimeZoneOffset', 'epcList', 'parentID', 'inputEPCList', 'childEPCs', 'quantityList', 'childQuantityList',
  'inputQuantityList', 'outputEPCList', 'outputQuantityList', 'action', 'transformationID', 'bizStep', 'disposition',
  'persistentDisposition', 'readPoint', 'bizLocation', 'bizTransactionList', 'sourceList', 'destinationList', 'sensorElementList',
]
/** Standard fields that are never hashed (step 4), and the `ilmd` handled on its own. */
const NOT_HASHED = new Set(['type', 'eventID', 'recordTime', 'errorDeclaration', 'certificationInfo', '@context', 'ilmd', 'comment', 'rdfs:comment'])
const COMMENT = '{http://www.w3.org/2000/01/rdf-schema#}comment'
const METADATA_ORDER = ['time', 'startTime', 'endTime', 'deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'bizRules']
const REPORT_ORDER = [
  'type', 'exception', 'deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'time', 'microorganism',
  'chemicalSubstance', 'value', 'component', 'stringValue', 'booleanValue', 'hexBinaryValue', 'uriValue', 'minValue',
  'maxValue', 'meanValue', 'sDev', 'percRank', 'percValue', 'uom',
  // After uom, as in the epcisDocWithSensorComponent vectors (interop.md §3 step 11 marks it uncertain).
  'coordinateReferenceSystem',
]
const SENSOR_TIMES = new Set(['time', 'startTime', 'endTime'])
const LINK_LISTS: Record<string, { item: string; vocabulary: CbvVocabulary }> = {
  bizTransactionList: { item: 'bizTransaction', vocabulary: 'BTT' },
  sourceList: { item: 'source', vocabulary: 'SDT' },
  destinationList: { item: 'destination', vocabulary: 'SDT' },
}

interface Walk {
  prefixes: PrefixMap
  version: CbvVersion
  /** CBV 2.0 re-emits extensions nested in standard fields after `ilmd` (step 11, difference b). */
  deferred: string[]
}

export function preHash(event: Json, prefixes: PrefixMap, version: CbvVersion): string {
  const walk: Walk = { prefixes, version, deferred: [] }
  let out = `eventType=${eventTypeOf(event.type)}`
  for (const field of EVENT_ORDER) {
    const value = event[field]
    if (value === undefined || value === null) continue
    out += writeField(field, value, walk)
  }
  if (isJson(event.ilmd)) {
    const children = extensionChildren(event.ilmd, walk.prefixes)
    if (children.length > 0) out += `ilmd${children.join('')}`
  }
  out += walk.deferred.join('')
  return out + extensionChildren(event, prefixes, NOT_HASHED).join('')
}

function eventTypeOf(type: unknown): string {
  const text = String(type)
  return text.slice(text.lastIndexOf(':') + 1)
}

function writeField(field: string, value: unknown, walk: Walk): string {
  if (EPC_LISTS.has(field)) return listOf(field, asArray(value).map((epc) => `epc=${canonicalUri(String(epc))}`))
  if (QUANTITY_LISTS.has(field)) return listOf(field, asArray(value).filter(isJson).map(quantityElement))
  if (field in LINK_LISTS) return listOf(field, asArray(value).filter(isJson).map((link) => linkItem(link, LINK_LISTS[field])))
  switch (field) {
    case 'eventTime': return `eventTime=${timeOf(value)}`
    case 'bizStep': return `bizStep=${canonicalCbv(String(value), 'BizStep')}`
    case 'disposition': return `disposition=${canonicalCbv(String(value), 'Disp')}`
    case 'parentID': case 'transformationID': return `${field}=${canonicalUri(String(value))}`
    case 'persistentDisposition': return persistentDisposition(value)
    case 'readPoint': case 'bizLocation': return location(field, value, walk)
    case 'sensorElementList': return sensorElementList(asArray(value).filter(isJson), walk)
    default: return `${field}=${String(value)}`
  }
}

function listOf(name: string, items: string[]): string {
  return items.length === 0 ? '' : name + items.sort().join('')
}

function quantityElement(element: Json): string {
  let out = `quantityElementepcClass=${canonicalUri(String(element.epcClass))}`
  if (element.quantity !== undefined) out += `quantity=${literalNumber(element.quantity)}`
  if (element.uom !== undefined) out += `uom=${String(element.uom)}`
  return out
}

function linkItem(link: Json, spec: { item: string; vocabulary: CbvVocabulary }): string {
  const type = link.type === undefined ? '' : `type=${canonicalCbv(String(link.type), spec.vocabulary)}`
  return `${type}${spec.item}=${canonicalUri(String(link[spec.item]))}`
}

function persistentDisposition(value: unknown): string {
  if (!isJson(value)) return ''
  const part = (key: string) => asArray(value[key]).map((d) => `${key}=${canonicalCbv(String(d), 'Disp')}`).sort().join('')
  const body = part('set') + part('unset')
  return body === '' ? '' : `persistentDisposition${body}`
}

function location(field: string, value: unknown, walk: Walk): string {
  if (!isJson(value)) return ''
  const extensions = extensionChildren(value, walk.prefixes, new Set(['id']))
  const id = value.id === undefined ? '' : `id=${canonicalUri(String(value.id))}`
  if (walk.version === 'CBV2.1') return `${field}${id}${extensions.join('')}`
  if (extensions.length > 0) walk.deferred.push(field + extensions.join(''))
  return id === '' ? '' : `${field}${id}`
}

function sensorElementList(elements: Json[], walk: Walk): string {
  const written = elements.map((element) => sensorElement(element, walk))
  const deferred = written.map((w) => w.deferred).filter((d) => d !== '').sort()
  walk.deferred.push(...deferred)
  const items = written.map((w) => w.inline).sort().join('')
  if (items === '') return ''
  return walk.version === 'CBV2.1' ? `sensorElementList${items}` : items
}

/** One sensor element: what goes inline, and (CBV 2.0) its nested extensions written after `ilmd`. */
function sensorElement(element: Json, walk: Walk): { inline: string; deferred: string } {
  const inline21 = walk.version === 'CBV2.1'
  let inline = 'sensorElement'
  let deferred = ''
  if (isJson(element.sensorMetadata)) {
    const fields = orderedFields(element.sensorMetadata, METADATA_ORDER)
    const extensions = extensionChildren(element.sensorMetadata, walk.prefixes, new Set(METADATA_ORDER)).join('')
    inline += `sensorMetadata${fields}${inline21 ? extensions : ''}`
    if (!inline21 && extensions !== '') deferred += `sensorMetadata${extensions}`
  }
  const reports = asArray(element.sensorReport).filter(isJson).map((report) => {
    const fields = orderedFields(report, REPORT_ORDER)
    const extensions = extensionChildren(report, walk.prefixes, new Set(REPORT_ORDER)).join('')
    return { inline: `sensorReport${fields}${inline21 ? extensions : ''}`, extensions }
  })
  inline += reports.map((r) => r.inline).sort().join('')
  if (!inline21) deferred += reports.filter((r) => r.extensions !== '').map((r) => `sensorReport${r.extensions}`).sort().join('')
  const own = extensionChildren(element, walk.prefixes, new Set(['sensorMetadata', 'sensorReport'])).join('')
  if (inline21) inline += own
  else deferred += own
  return { inline, deferred: deferred === '' ? '' : `sensorElement${deferred}` }
}

function orderedFields(record: Json, order: string[]): string {
  let out = ''
  for (const key of order) {
    const value = record[key]
    if (value === undefined || value === null || value === '') continue
    out += `${key}=${sensorValue(key, value)}`
  }
  return out
}

function sensorValue(key: string, value: unknown): string {
  if (SENSOR_TIMES.has(key)) return timeOf(value)
  if (key === 'type' || key === 'exception') return canonicalGs1Term(String(value))
  if (key === 'component') return canonicalCbv(String(value), 'Comp')
  if (typeof value === 'number' || typeof value === 'boolean') return canonicalLiteral(value)
  if (key === 'stringValue' || key === 'hexBinaryValue' || key === 'uom') return String(value)
  return canonicalLiteral(value)
}

function timeOf(value: unknown): string {
  return canonicalTime(String(value)) ?? String(value)
}

function literalNumber(value: unknown): string {
  return typeof value === 'number' ? canonicalNumber(value) : canonicalLiteral(value)
}

/**
 * Extension members of `record` (namespaced keys, skipping `standard` ones), each serialised with its
 * children; an array repeats its key; siblings sorted by code point (step 10).
 */
function extensionChildren(record: Json, prefixes: PrefixMap, standard?: Set<string>): string[] {
  const out: string[] = []
  for (const key of Object.keys(record)) {
    // At event level a name without prefix is a standard field (expandName gives it no namespace).
    if (standard !== undefined && (standard.has(key) || (!key.includes(':') && !key.startsWith('{')))) continue
    const value = record[key]
    // Inside an extension (no `standard` set), an unqualified child keeps its bare name, as in XML.
    const name = standard === undefined && !key.includes(':') ? key : expandedName(key, prefixes)
    if (name === undefined || name === COMMENT) continue
    for (const item of Array.isArray(value) ? value : [value]) out.push(extensionMember(name, item, prefixes))
  }
  return out.sort()
}

// Events of a document repeat the same extension names: each is expanded once per prefix map.
const expandedNames = new WeakMap<PrefixMap, Map<string, string | undefined>>()

function expandedName(key: string, prefixes: PrefixMap): string | undefined {
  let names = expandedNames.get(prefixes)
  if (names === undefined) {
    names = new Map()
    expandedNames.set(prefixes, names)
  }
  if (names.has(key)) return names.get(key)
  const name = expandName(key, prefixes)
  // Bounded: keys are the document's names, but a hostile document may invent many.
  if (names.size < 1000) names.set(key, name)
  return name
}

function extensionMember(name: string, value: unknown, prefixes: PrefixMap): string {
  if (isJson(value)) {
    if ('@value' in value) return `${name}=${canonicalLiteral(value['@value'])}`
    return name + extensionChildren(value, prefixes).join('')
  }
  if (value === null || value === undefined || value === '') return name
  return `${name}=${canonicalLiteral(value)}`
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
}

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
