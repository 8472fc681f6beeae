/**
 * GS1 Digital Link URIs (GS1 Digital Link: URI Syntax 1.6): parse to AI pairs with every rule of the
 * standard, and build from AI pairs. `https://<host>[/<stem>]/<key AI>/<value>[/<qualifier AI>/<value>…]
 * [?<AI>=<value>&…]` — see interop.md §4.
 *
 * Strict by default, as the standard asks: alphabetic short names (`gtin`, `lot`, dropped in 1.3) and
 * GTIN-8/12/13 without zero padding are errors unless the caller permits them, and then warnings.
 * Compressed URIs (GS1 DL Compression 1.0) are not decoded.
 */
import { checkPairs, dedupePairs, formatElementString, type AiPair } from './element-string.js'
import { findAi } from './gs1-ai.js'
import { DL_SHORT_NAMES, escapeDlPathComponent, formatKey } from './gs1.js'
import { prepareCode } from './normalize.js'
import { issue, result, type CodeIssue, type CodeResult } from './result.js'

export const CANONICAL_DL_HOST = 'https://id.gs1.org'

export interface DigitalLinkOptions {
  /** Read GTIN-8/12/13 in the path and pad them to 14 digits (URI Syntax §4.4: only by option). */
  permitZeroSuppressedGtin?: boolean
  /** Read the alphabetic AI names of Digital Link 1.0–1.2 (`gtin`, `lot`, `ser`…). */
  permitConvenienceAlphas?: boolean
}

export interface DigitalLink {
  /** `https://host` as written, without the stem. */
  origin: string
  /** Path before the primary key, e.g. `/some/prefix`; may be empty. */
  stem: string
  primary: AiPair
  qualifiers: AiPair[]
  /** Query-string AIs, in the order given. */
  attributes: AiPair[]
  /** Non-AI query parameters such as `linkType`, passed through. */
  otherParams: [string, string][]
  /** Canonical key in Digital Link path form (trace-key.ts), e.g. `01/06901234567892/10/L2503`. */
  key: string
}

type Parsed = { ok: true; value: DigitalLink; warnings: CodeIssue[] } | { ok: false; errors: CodeIssue[] }

/** RFC 3986 §3.2.2 host (DNS-style name, IPv4 or bracketed IPv6 without zone) and optional port. */
const AUTHORITY = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*)|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/
/** RFC 3986 pchar plus `/` (path) and `?` (query): anything else must arrive percent-encoded. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/
const QUERY_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%?]*$/
/** GTIN-8, -12 or -13 written without the zero padding to 14 digits. */
const ZERO_SUPPRESSED = /^(\d{8}|\d{12}|\d{13})$/
const URI_SHAPE = /^(https?):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i

/** Percent-decoding as the GS1 Syntax Engine does it: byte-wise, malformed escapes kept; `+` is a space only in the query. */
export function unescapeDl(text: string, component: 'path' | 'query'): string {
  const plain = component === 'query' ? text.replace(/\+/g, ' ') : text
  return plain.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}

/** Query values escape like path ones except that a space becomes `+` (URI Syntax §7.1). */
export function escapeDlQueryComponent(text: string): string {
  return escapeDlPathComponent(text).replace(/%20/g, '+')
}

export { escapeDlPathComponent }

function fail(...errors: CodeIssue[]): Parsed {
  return { ok: false, errors }
}

export function parseDigitalLink(uri: string, options: DigitalLinkOptions = {}): Parsed {
  const shape = URI_SHAPE.exec(uri)
  if (!shape) return fail(issue('dl_syntax', { detail: 'an http:// or https:// URI is required' }))
  const [, scheme, authority, path, query = ''] = shape
  if (!AUTHORITY.test(authority)) return fail(issue('dl_syntax', { detail: `bad host "${authority}"` }))
  if (!PATH_CHARS.test(path) || !QUERY_CHARS.test(query)) return fail(issue('dl_syntax', { detail: 'characters outside RFC 3986 must be percent-encoded' }))
  const segments = path.split('/').slice(1)
  if (segments.some((s) => s.length === 0)) return fail(issue('dl_syntax', { detail: 'empty path segment (double or trailing slash)' }))

  const warnings: CodeIssue[] = []
  const tail: AiPair[] = []
  let primary: AiPair | undefined
  let i = segments.length - 2
  // The key is found from the right (the stem before it may hold anything, even AI-like segments).
  for (; i >= 0; i -= 2) {
    const name = segments[i]
    let ai = name
    if (!/^\d+$/.test(name)) {
      const mapped = DL_SHORT_NAMES[name]
      if (!mapped) break
      if (!options.permitConvenienceAlphas) return fail(issue('dl_short_name', { name, ai: mapped }))
      warnings.push(issue('dl_short_name', { name, ai: mapped }))
      ai = mapped
    }
    const definition = findAi(ai)
    if (!definition) return fail(issue('unknown_ai', { ai }))
    const pair = { ai, value: unescapeDl(segments[i + 1], 'path') }
    if (definition.dlQualifiers) {
      primary = pair
      break
    }
    tail.unshift(pair)
  }
  if (!primary) return fail(issue('no_primary_key'))
  const qualifiers = tail

  const padGtin = (pair: AiPair): AiPair | CodeIssue => {
    if (pair.ai !== '01' || !ZERO_SUPPRESSED.test(pair.value)) return pair
    const padded = pair.value.padStart(14, '0')
    if (!options.permitZeroSuppressedGtin) return issue('dl_zero_suppressed', { expected: padded })
    warnings.push(issue('dl_zero_suppressed', { expected: padded }))
    return { ai: '01', value: padded }
  }
  const paddedPrimary = padGtin(primary)
  if ('code' in paddedPrimary) return fail(paddedPrimary)
  primary = paddedPrimary

  const sequences = findAi(primary.ai)!.dlQualifiers!
  const inUse = qualifiers.length === 0 ? sequences[0] : sequences.find((s) => isOrderedSubset(qualifiers.map((q) => q.ai), s))
  if (!inUse) {
    return fail(issue('dl_qualifier', { detail: `(${primary.ai}) takes ${sequences.map((s) => s.join(',') || 'no qualifiers').join(' or ')}, in that order` }))
  }

  const attributes: AiPair[] = []
  const otherParams: [string, string][] = []
  const inPath = new Set([primary.ai, ...qualifiers.map((q) => q.ai)])
  for (const param of query.split('&')) {
    if (param === '') continue
    const equals = param.indexOf('=')
    const name = equals < 0 ? param : param.slice(0, equals)
    const value = equals < 0 ? '' : unescapeDl(param.slice(equals + 1), 'query')
    if (!/^\d+$/.test(name)) {
      if (equals >= 0) otherParams.push([name, value])
      continue
    }
    const definition = findAi(name)
    if (!definition) return fail(issue('unknown_ai', { ai: name }))
    if (value === '') return fail(issue('ai_value', { ai: name, detail: 'empty value' }))
    if (inPath.has(name) || attributes.some((a) => a.ai === name)) return fail(issue('ai_duplicate', { ai: name }))
    if (inUse.includes(name)) return fail(issue('dl_qualifier', { detail: `(${name}) qualifies (${primary.ai}) and belongs in the path` }))
    if (!definition.dlAttribute) return fail(issue('dl_attribute', { ai: name }))
    const attribute = padGtin({ ai: name, value })
    if ('code' in attribute) return fail(attribute)
    attributes.push(attribute)
  }

  const errors = checkPairs([primary, ...qualifiers, ...attributes])
  if (errors.length > 0) return { ok: false, errors }
  const origin = `${scheme.toLowerCase()}://${authority}`
  const stem = i > 0 ? `/${segments.slice(0, i).join('/')}` : ''
  return { ok: true, value: { origin, stem, primary, qualifiers, attributes, otherParams, key: formatKey(primary.ai, primary.value, qualifiers) }, warnings }
}

function isOrderedSubset(items: string[], sequence: string[]): boolean {
  let at = -1
  for (const item of items) {
    const next = sequence.indexOf(item)
    if (next <= at) return false
    at = next
  }
  return true
}

/** Path AIs first, then query AIs in the order given: the order of an element string made from the URI. */
export function digitalLinkPairs(link: DigitalLink): AiPair[] {
  return [link.primary, ...link.qualifiers, ...link.attributes]
}

/**
 * AI pairs → Digital Link URI on `origin` (default the canonical `https://id.gs1.org`). The first primary-key
 * AI is the key; its qualifiers go to the path in their sequence; every other AI must be a Digital Link
 * attribute and goes to the query, predefined-length AIs first (as the GS1 Syntax Engine orders them).
 */
export function formatDigitalLink(input: AiPair[], origin = CANONICAL_DL_HOST, otherParams: [string, string][] = []): { ok: true; uri: string } | { ok: false; errors: CodeIssue[] } {
  const { pairs, errors } = dedupePairs(input)
  errors.push(...checkPairs(pairs))
  if (errors.length > 0) return { ok: false, errors }
  const primary = pairs.find((p) => findAi(p.ai)?.dlQualifiers)
  if (!primary) return { ok: false, errors: [issue('no_primary_key')] }
  const sequences = findAi(primary.ai)!.dlQualifiers!
  const candidates = new Set(sequences.flat())
  const present = pairs.filter((p) => p !== primary && candidates.has(p.ai))
  const sequence = sequences.find((s) => present.every((p) => s.includes(p.ai)))
  if (!sequence) return { ok: false, errors: [issue('dl_qualifier', { detail: `(${primary.ai}) takes ${sequences.map((s) => s.join(',')).join(' or ')}, not a mix` })] }
  const path = [primary, ...sequence.flatMap((ai) => present.filter((p) => p.ai === ai))]
  const rest = pairs.filter((p) => !path.includes(p))
  const refused = rest.find((p) => !findAi(p.ai)?.dlAttribute)
  if (refused) return { ok: false, errors: [issue('dl_attribute', { ai: refused.ai })] }
  const predefined = (p: AiPair) => findAi(p.ai)!.predefined
  const query = [...rest.filter(predefined), ...rest.filter((p) => !predefined(p))]
    .map((p) => `${p.ai}=${escapeDlQueryComponent(p.value)}`)
    .concat(otherParams.map(([name, value]) => `${name}=${escapeDlQueryComponent(value)}`))
  const base = `${origin.replace(/\/+$/, '')}/${path.map((p) => `${p.ai}/${escapeDlPathComponent(p.value)}`).join('/')}`
  return { ok: true, uri: query.length > 0 ? `${base}?${query.join('&')}` : base }
}

export interface DigitalLinkParts extends DigitalLink {
  /** The same identifiers as a bracketed element string. */
  elementString: string
  /** On `https://id.gs1.org`, numeric AIs, 14-digit GTIN, qualifiers in order (interop.md §4). */
  canonical: string
}

export function validateDigitalLink(input: unknown, options: DigitalLinkOptions = {}): CodeResult<DigitalLinkParts> {
  const prepared = prepareCode(input, { compact: false, upper: false })
  if (!prepared.ok) return prepared.result
  const parsed = parseDigitalLink(prepared.text, options)
  if (!parsed.ok) return result(prepared.text, {}, parsed.errors)
  const link = parsed.value
  const parts: DigitalLinkParts = { ...link, elementString: formatElementString(digitalLinkPairs(link)), canonical: canonicalDigitalLink(link) }
  return result(prepared.text, parts, [], parsed.warnings)
}

/** The canonical URI of a parsed link: GS1's host, the key path, the attributes in the order given. */
export function canonicalDigitalLink(link: DigitalLink): string {
  const query = [
    ...link.attributes.map((a) => `${a.ai}=${escapeDlQueryComponent(a.value)}`),
    ...link.otherParams.map(([name, value]) => `${name}=${escapeDlQueryComponent(value)}`),
  ]
  return `${CANONICAL_DL_HOST}/${link.key}${query.length > 0 ? `?${query.join('&')}` : ''}`
}
