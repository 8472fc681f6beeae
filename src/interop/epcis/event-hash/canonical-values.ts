/**
 * Value rules of the CBV event hash algorithm (interop.md §3, steps 5, 6, 8 and 9): times to UTC with
 * exactly three fractional digits, numbers without trailing zeros, CBV words and URNs to their
 * `https://ref.gs1.org/cbv/…` URIs, GS1 keys to the constrained canonical Digital Link.
 */
import { toConstrainedCanonicalDigitalLink } from '../../../domain/identifiers/epc-digital-link.js'
import { otherEpcUrnToDigitalLink } from './epc-urn-keys.js'

const CBV = 'https://ref.gs1.org/cbv/'
const GS1_VOC = 'https://ref.gs1.org/voc/'

/** The CBV vocabularies of the hash: bare word prefix, and the URN form of EPCIS 1.x / XML. */
export type CbvVocabulary = 'BizStep' | 'Disp' | 'BTT' | 'SDT' | 'ER' | 'Comp'
const URN_PREFIX: Record<CbvVocabulary, string> = {
  BizStep: 'urn:epcglobal:cbv:bizstep:',
  Disp: 'urn:epcglobal:cbv:disp:',
  BTT: 'urn:epcglobal:cbv:btt:',
  SDT: 'urn:epcglobal:cbv:sdt:',
  ER: 'urn:epcglobal:cbv:er:',
  Comp: 'urn:epcglobal:cbv:comp:',
}
const WORD = /^[A-Za-z][A-Za-z0-9_]*$/

/** A CBV value (`shipping`, `urn:epcglobal:cbv:bizstep:shipping`, `cbv:BizStep-shipping`) as the hash writes it. */
export function canonicalCbv(value: string, vocabulary: CbvVocabulary): string {
  const text = value.trim()
  if (WORD.test(text)) return `${CBV}${vocabulary}-${text}`
  const urn = URN_PREFIX[vocabulary]
  if (text.startsWith(urn)) return `${CBV}${vocabulary}-${text.slice(urn.length)}`
  if (text.startsWith('cbv:')) return `${CBV}${text.slice(4)}`
  if (text.startsWith('https://gs1.org/voc/')) return `${CBV}${text.slice('https://gs1.org/voc/'.length)}`
  return canonicalUri(text)
}

/** A sensor `type` or `exception` (`Temperature`, `gs1:Temperature`, `https://gs1.org/voc/Temperature`). */
export function canonicalGs1Term(value: string): string {
  const text = value.trim()
  if (WORD.test(text) || /^MT-[A-Za-z]+$/.test(text)) return `${GS1_VOC}${text}`
  if (text.startsWith('gs1:')) return `${GS1_VOC}${text.slice(4)}`
  for (const prefix of ['https://gs1.org/voc/', 'http://gs1.org/voc/']) {
    if (text.startsWith(prefix)) return `${GS1_VOC}${text.slice(prefix.length)}`
  }
  return canonicalUri(text)
}

// Canonicalising a GS1 key parses it; events repeat the same few keys, so remember recent answers.
const uriCache = new Map<string, string>()
const URI_CACHE_MAX = 10_000
const MAYBE_GS1_KEY = /^(urn:epc:|https?:\/\/)/i

/** EPC URNs and Digital Links on any host → `https://id.gs1.org/…`; any other value verbatim. */
export function canonicalUri(value: string): string {
  if (!MAYBE_GS1_KEY.test(value)) return value
  const cached = uriCache.get(value)
  if (cached !== undefined) return cached
  const canonical = toConstrainedCanonicalDigitalLink(value) ?? otherEpcUrnToDigitalLink(value) ?? value
  if (uriCache.size >= URI_CACHE_MAX) uriCache.clear()
  uriCache.set(value, canonical)
  return canonical
}

const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/

/** Already canonical when every field is in range (Date would carry `02-30` into March, `24:00` into tomorrow). */
const CANONICAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/

function isCanonicalTime(value: string): boolean {
  const match = value.length === 24 ? CANONICAL_TIME.exec(value) : null
  if (!match) return false
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number)
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59 && year >= 100
}

/** UTC, `Z`, exactly three fractional digits rounded half up; undefined when not an xsd:dateTime. */
export function canonicalTime(value: string): string | undefined {
  // Most times arrive as Date#toISOString writes them: nothing to do.
  if (isCanonicalTime(value)) return value
  const match = TIME.exec(value.trim())
  if (!match) return undefined
  const [, date, hh, mm, ss, fraction = '', zone] = match
  const digits = (fraction + '000').slice(0, 3)
  let millis = Number(digits)
  if (fraction.length > 3 && fraction[3] >= '5') millis += 1
  const base = Date.parse(`${date}T${hh}:${mm}:${ss}.000${zone === 'Z' ? 'Z' : zone}`)
  if (Number.isNaN(base)) return undefined
  return new Date(base + millis).toISOString()
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/

/** A decimal written without `+`, leading or trailing zeros or exponent; undefined when not a decimal. */
export function canonicalDecimal(text: string): string | undefined {
  const match = DECIMAL.exec(text.trim())
  if (!match) return undefined
  const [, sign, whole, fraction = ''] = match
  const integer = whole.replace(/^0+(?=\d)/, '')
  const decimals = fraction.replace(/0+$/, '')
  const body = decimals === '' ? integer : `${integer}.${decimals}`
  return sign === '-' && body !== '0' ? `-${body}` : body
}

/** A JSON number as the hash writes it: shortest round-trip digits, never an exponent. */
export function canonicalNumber(value: number): string {
  const text = String(value)
  if (!/e/i.test(text)) return text
  return canonicalDecimal(expandExponent(text)) ?? text
}

function expandExponent(text: string): string {
  const [mantissa, exponentText] = text.toLowerCase().split('e')
  const exponent = Number(exponentText)
  const negative = mantissa.startsWith('-')
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.')
  const digits = whole + fraction
  const point = whole.length + exponent
  const body = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`
  return negative ? `-${body}` : body
}

/** A value of an extension or of ILMD: numbers and numeric strings normalised, booleans as words. */
export function canonicalLiteral(value: unknown): string {
  if (typeof value === 'number') return canonicalNumber(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = String(value).trim()
  return canonicalDecimal(text) ?? canonicalUri(text)
}
