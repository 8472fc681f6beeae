/**
 * A namespace-aware element tree over fast-xml-parser's ordered output: every element knows its
 * namespace URI and local name, resolved through the `xmlns` declarations in scope.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export interface XmlElement {
  /** Namespace URI, '' for unqualified elements (the EPCIS body's standard fields). */
  namespace: string
  local: string
  /** The prefix as written, for naming extension namespaces after the sender's choice. */
  prefix: string
  attributes: XmlAttribute[]
  children: XmlElement[]
  text: string
}

export interface XmlAttribute {
  namespace: string
  local: string
  prefix: string
  value: string
}

type Ordered = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
})

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; reason: string; line?: number }

export function parseXml(text: string): XmlParseResult {
  const valid = XMLValidator.validate(text)
  if (valid !== true) return { ok: false, reason: valid.err.msg, line: valid.err.line }
  const nodes = parser.parse(text) as Ordered[]
  const roots = nodes.flatMap((node) => toElements(node, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])))
  if (roots.length !== 1) return { ok: false, reason: 'an XML document has exactly one root element' }
  return { ok: true, root: roots[0] }
}

function toElements(node: Ordered, scope: Map<string, string>): XmlElement[] {
  const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text')
  if (tag === undefined) return []
  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>
  const inner = new Map(scope)
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns') inner.set('', value)
    else if (name.startsWith('xmlns:')) inner.set(name.slice(6), value)
  }
  const [prefix, local] = splitName(tag)
  const attributes: XmlAttribute[] = []
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue
    const [attributePrefix, attributeLocal] = splitName(name)
    // Unprefixed attributes are in no namespace (XML Namespaces 1.0 §6.2).
    attributes.push({ namespace: attributePrefix === '' ? '' : inner.get(attributePrefix) ?? '', local: attributeLocal, prefix: attributePrefix, value: String(value) })
  }
  const content = (node[tag] ?? []) as Ordered[]
  const children: XmlElement[] = []
  let text = ''
  for (const child of content) {
    if ('#text' in child) text += String(child['#text'])
    else children.push(...toElements(child, inner))
  }
  return [{ namespace: inner.get(prefix) ?? '', local, prefix, attributes, children, text: text.trim() }]
}

function splitName(name: string): [string, string] {
  const colon = name.indexOf(':')
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)]
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local)
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local)
}
