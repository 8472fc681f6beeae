/**
 * EPCIS XML (2.0, and 1.2 with its `extension`/`baseExtension` wrappers) → the EPCIS 2.0 JSON-LD form,
 * so that XML captures, validates and hashes through the same code as JSON. Extension elements keep
 * the sender's namespace under a prefix declared in the produced `@context`.
 */
import { EPCIS_CONTEXT_URL, EPCIS_PREFIXES } from '../json-ld/context.js'
import { childrenNamed, firstChild, parseXml, type XmlAttribute, type XmlElement } from './xml-tree.js'

type Json = Record<string, unknown>

export type XmlDocumentResult = { ok: true; document: Json } | { ok: false; field: string; reason: string }

const EVENT_TYPES = new Set(['ObjectEvent', 'AggregationEvent', 'TransactionEvent', 'TransformationEvent', 'AssociationEvent'])
const EPC_LISTS = new Set(['epcList', 'inputEPCList', 'outputEPCList', 'childEPCs'])
const QUANTITY_LISTS = new Set(['quantityList', 'childQuantityList', 'inputQuantityList', 'outputQuantityList'])
const LINK_LISTS: Record<string, string> = { bizTransactionList: 'bizTransaction', sourceList: 'source', destinationList: 'destination' }
/** EPCIS 1.x wrappers whose children belong to the enclosing element in 2.0. */
const WRAPPERS = new Set(['extension', 'baseExtension'])
const NUMERIC_SENSOR_ATTRIBUTES = new Set(['value', 'minValue', 'maxValue', 'meanValue', 'sDev', 'percRank', 'percValue'])
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const EPCIS_XML_NAMESPACE = /^urn:epcglobal:epcis(-query)?:xsd:[12]$/

/** Assigns each extension namespace one prefix: the EPCIS one when it is an EPCIS namespace, else the sender's. */
class Namespaces {
  private readonly byUri = new Map<string, string>()
  private readonly taken = new Set(Object.keys(EPCIS_PREFIXES))

  constructor() {
    for (const [prefix, uri] of Object.entries(EPCIS_PREFIXES)) this.byUri.set(uri.replace(/:$/, ''), prefix)
  }

  name(namespace: string, prefix: string, local: string): string {
    let chosen = this.byUri.get(namespace)
    if (chosen === undefined) {
      chosen = prefix !== '' && !this.taken.has(prefix) ? prefix : `ns${this.byUri.size}`
      this.byUri.set(namespace, chosen)
      this.taken.add(chosen)
    }
    return `${chosen}:${local}`
  }

  context(): unknown[] {
    const declared = [...this.byUri].filter(([uri, prefix]) => EPCIS_PREFIXES[prefix]?.replace(/:$/, '') !== uri)
    return declared.length === 0 ? [EPCIS_CONTEXT_URL] : [EPCIS_CONTEXT_URL, Object.fromEntries(declared.map(([uri, prefix]) => [prefix, uri]))]
  }
}

/**
 * @param options.checkOrder reject events whose header elements are out of XSD order (capture does; the
 *   hash algorithm does not care, and its equivalence vectors reorder them on purpose).
 */
export function epcisXmlToJson(text: string, options: { checkOrder?: boolean } = {}): XmlDocumentResult {
  const parsed = parseXml(text)
  if (!parsed.ok) return { ok: false, field: parsed.line === undefined ? '/' : `/line/${parsed.line}`, reason: parsed.reason }
  const root = parsed.root
  if (root.local !== 'EPCISDocument' && root.local !== 'EPCISQueryDocument') return { ok: false, field: '/type', reason: `the root element is ${root.local}, not EPCISDocument` }
  const body = firstChild(root, 'EPCISBody')
  const list = root.local === 'EPCISDocument'
    ? body && firstChild(body, 'EventList')
    : body && firstChild(firstChild(firstChild(body, 'QueryResults') ?? body, 'resultsBody') ?? body, 'EventList')
  if (!list) return { ok: false, field: '/epcisBody/eventList', reason: 'EPCISBody/EventList is missing' }
  const namespaces = new Namespaces()
  const elements = eventElements(list)
  for (const [index, element] of elements.entries()) {
    const problem = options.checkOrder === false ? undefined : headerOrderProblem(element)
    if (problem) return { ok: false, field: `/epcisBody/eventList/${index}`, reason: `element order: ${problem}` }
  }
  const events = elements.map((element) => eventToJson(element, namespaces))
  const document: Json = {
    '@context': namespaces.context(),
    type: 'EPCISDocument',
    schemaVersion: attribute(root, 'schemaVersion') ?? '2.0',
    creationDate: attribute(root, 'creationDate'),
    epcisBody: { eventList: events },
  }
  return { ok: true, document }
}

function eventElements(list: XmlElement): XmlElement[] {
  return list.children.flatMap((child) => (WRAPPERS.has(child.local) && child.namespace === '' ? eventElements(child) : EVENT_TYPES.has(child.local) ? [child] : []))
}

/** EPCIS XSD: every event starts with eventTime, then recordTime and eventTimeZoneOffset, before its own fields. */
const HEADER = ['eventTime', 'recordTime', 'eventTimeZoneOffset']

function headerOrderProblem(element: XmlElement): string | undefined {
  const standard = element.children.filter((c) => c.namespace === '' && !WRAPPERS.has(c.local)).map((c) => c.local)
  const header = standard.filter((name) => HEADER.includes(name))
  const expected = HEADER.filter((name) => header.includes(name))
  if (standard.slice(0, header.length).join() !== expected.join()) return `${HEADER.join(', ')} come first, in this order`
  return undefined
}

function eventToJson(element: XmlElement, namespaces: Namespaces): Json {
  const event: Json = { type: element.local }
  fill(event, element.children, namespaces)
  return event
}

/** Copies children into `target`: standard fields by their rules, extensions as namespaced members. */
function fill(target: Json, children: XmlElement[], namespaces: Namespaces): void {
  for (const child of children) {
    if (child.namespace !== '' && !EPCIS_XML_NAMESPACE.test(child.namespace)) {
      addMember(target, namespaces.name(child.namespace, child.prefix, child.local), extensionValue(child, namespaces))
    } else if (WRAPPERS.has(child.local)) {
      fill(target, child.children, namespaces)
    } else {
      target[child.local] = standardField(child, namespaces)
    }
  }
}

function standardField(element: XmlElement, namespaces: Namespaces): unknown {
  const name = element.local
  if (EPC_LISTS.has(name)) return childrenNamed(element, 'epc').map((epc) => epc.text)
  if (QUANTITY_LISTS.has(name)) return childrenNamed(element, 'quantityElement').map(quantityElement)
  if (name in LINK_LISTS) {
    return childrenNamed(element, LINK_LISTS[name]).map((link) => {
      const type = attribute(link, 'type')
      return type === undefined ? { [LINK_LISTS[name]]: link.text } : { type, [LINK_LISTS[name]]: link.text }
    })
  }
  switch (name) {
    case 'readPoint': case 'bizLocation': {
      const location: Json = {}
      fill(location, element.children, namespaces)
      return location
    }
    case 'persistentDisposition': {
      const result: Json = {}
      for (const key of ['set', 'unset']) {
        const values = childrenNamed(element, key).map((e) => e.text)
        if (values.length > 0) result[key] = values
      }
      return result
    }
    case 'errorDeclaration': {
      const declaration: Json = {}
      for (const child of element.children) {
        if (child.local === 'correctiveEventIDs') declaration.correctiveEventIDs = childrenNamed(child, 'correctiveEventID').map((e) => e.text)
        else if (child.namespace === '') declaration[child.local] = child.text
        else addMember(declaration, namespaces.name(child.namespace, child.prefix, child.local), extensionValue(child, namespaces))
      }
      return declaration
    }
    case 'ilmd': {
      const ilmd: Json = {}
      fill(ilmd, element.children, namespaces)
      return ilmd
    }
    case 'sensorElementList': return childrenNamed(element, 'sensorElement').map((sensor) => sensorElement(sensor, namespaces))
    default: return element.text
  }
}

function quantityElement(element: XmlElement): Json {
  const result: Json = {}
  for (const child of element.children) result[child.local] = child.local === 'quantity' ? xmlNumber(child.text) : child.text
  return result
}

function sensorElement(element: XmlElement, namespaces: Namespaces): Json {
  const result: Json = {}
  const reports: Json[] = []
  for (const child of element.children) {
    if (child.namespace === '' && child.local === 'sensorMetadata') result.sensorMetadata = attributesToJson(child.attributes, namespaces)
    else if (child.namespace === '' && child.local === 'sensorReport') reports.push(attributesToJson(child.attributes, namespaces))
    else if (child.namespace !== '') addMember(result, namespaces.name(child.namespace, child.prefix, child.local), extensionValue(child, namespaces))
  }
  if (reports.length > 0) result.sensorReport = reports
  return result
}

function attributesToJson(attributes: XmlAttribute[], namespaces: Namespaces): Json {
  const result: Json = {}
  for (const a of attributes) {
    if (a.namespace === XSI) continue
    if (a.namespace !== '') result[namespaces.name(a.namespace, a.prefix, a.local)] = a.value
    else if (NUMERIC_SENSOR_ATTRIBUTES.has(a.local)) result[a.local] = xmlNumber(a.value)
    else if (a.local === 'booleanValue') result[a.local] = a.value === 'true' || a.value === '1'
    else result[a.local] = a.value
  }
  return result
}

function extensionValue(element: XmlElement, namespaces: Namespaces): unknown {
  const attributes = element.attributes.filter((a) => a.namespace !== '' && a.namespace !== XSI)
  if (element.children.length === 0 && attributes.length === 0) return element.text
  const object: Json = {}
  for (const a of attributes) addMember(object, namespaces.name(a.namespace, a.prefix, a.local), a.value)
  for (const child of element.children) addMember(object, memberName(child, namespaces), extensionValue(child, namespaces))
  return object
}

/** An unqualified element inside an extension keeps its bare name. */
function memberName(element: XmlElement, namespaces: Namespaces): string {
  return element.namespace === '' ? element.local : namespaces.name(element.namespace, element.prefix, element.local)
}

/** A repeated element becomes an array, as EPCIS 2.0 JSON writes repeated extension elements. */
function addMember(target: Json, key: string, value: unknown): void {
  if (!(key in target)) target[key] = value
  else if (Array.isArray(target[key])) (target[key] as unknown[]).push(value)
  else target[key] = [target[key], value]
}

function xmlNumber(text: string): number | string {
  const value = Number(text)
  return text.trim() !== '' && Number.isFinite(value) ? value : text
}

function attribute(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.namespace === '' && a.local === local)?.value
}
