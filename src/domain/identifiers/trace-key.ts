/**
 * Reduces any accepted spelling of a trace code to one canonical key, so that the EPC URN, the Digital
 * Link URI and the printed element string of the same lot or item all find the same trace unit.
 *
 * Canonical keys: GS1 keys in Digital Link path form (`01/06901234567892/10/L2503`), platform codes as
 * themselves (`ZS441400AL00000012KS`), Chinese 20-digit codes as digits, other absolute URIs as written.
 * A GS1 key keeps only the qualifiers that name the thing (gs1.ts `constrainQualifiers`): an item is
 * `01/<gtin>/21/<serial>` whether or not its label also prints the lot, so every spelling finds one unit.
 */
import { constrainQualifiers, formatKey, hasValidGs1Check, normalizeGtin, parseDigitalLinkPath, parseEpcUrn, isValidSscc, type Gs1Key } from './gs1.js'
import { compactCode, hasControlCharacter, MAX_CODE_LENGTH, toHalfWidth } from './normalize.js'
import { looksLikePlatformCode, parsePlatformCode, type UnitKind } from './platform-code.js'
import { parseElementString } from './element-string.js'

/** A trace unit is a lot, an item or a container; `class` is a product without lot (GTIN only). */
export type TraceKind = UnitKind | 'class'
export type TraceScheme = 'gs1' | 'platform' | 'cn_drug' | 'cn_meat' | 'uri'

export interface TraceKey {
  key: string
  scheme: TraceScheme
  /** What the code itself says it names; undefined when only the event context can tell. */
  kind?: TraceKind
  gtin?: string
  lotNumber?: string
  serial?: string
}

export type TraceKeyResult = { ok: true; value: TraceKey } | { ok: false; reason: string }

export { MAX_CODE_LENGTH }
/** A GS1 key in Digital Link path form without a host: `01/06901234000016/10/P2511` (the canonical key). */
export const DIGITAL_LINK_PATH = /^\d{2,4}\/[^/\s]+(\/\d{2,4}\/[^/\s]+)*$/
/** Chinese 20-digit codes: NMPA drug trace codes start with 8 (码上放心 family); 肉菜 trace codes otherwise. */
const CN_CODE_LENGTH = 20

export function parseTraceCode(input: unknown): TraceKeyResult {
  if (typeof input !== 'string') return { ok: false, reason: 'a code must be a string' }
  const trimmed = input.trim()
  if (trimmed.length === 0) return { ok: false, reason: 'the code is empty' }
  if (trimmed.length > MAX_CODE_LENGTH) return { ok: false, reason: `the code is longer than ${MAX_CODE_LENGTH} characters` }
  if (hasControlCharacter(trimmed)) return { ok: false, reason: 'the code holds a control character' }

  if (/^urn:epc:/i.test(trimmed)) {
    const parsed = parseEpcUrn(trimmed)
    if (!parsed) return { ok: false, reason: 'unsupported EPC URN scheme' }
    if ('error' in parsed) return { ok: false, reason: parsed.error }
    return fromGs1(parsed)
  }
  if (/^https?:\/\//i.test(trimmed)) return fromUrl(trimmed)
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('(')) return { ok: true, value: { key: trimmed, scheme: 'uri' } }

  const halfWidth = toHalfWidth(trimmed)
  if (halfWidth.startsWith('(') || /^\](C1|d2|Q3|e0)/.test(halfWidth) || halfWidth.includes('\u001d')) {
    const element = parseElementString(halfWidth)
    if ('error' in element) return { ok: false, reason: element.error }
    return fromGs1(element)
  }
  // The platform's own key form (a Digital Link path without host), as replies and samples show codes.
  if (DIGITAL_LINK_PATH.test(trimmed)) {
    const parsed = parseDigitalLinkPath(`/${trimmed}`)
    if (!parsed) return { ok: false, reason: 'no GS1 primary key in the Digital Link path' }
    if ('error' in parsed) return { ok: false, reason: parsed.error }
    return fromGs1(parsed)
  }
  const compact = compactCode(trimmed)
  if (looksLikePlatformCode(compact)) {
    const parsed = parsePlatformCode(compact)
    if (!parsed.valid) return { ok: false, reason: `platform code ${parsed.reason}` }
    return { ok: true, value: { key: parsed.value.code, scheme: 'platform', kind: parsed.value.kind } }
  }
  if (/^\d+$/.test(compact)) return fromDigits(compact)
  return { ok: false, reason: 'not a GS1 URN, Digital Link URI, element string, platform code or other absolute URI' }
}

function fromUrl(text: string): TraceKeyResult {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { ok: false, reason: 'malformed URL' }
  }
  const platformPath = /\/q\/([^/?#]+)$/.exec(url.pathname)
  if (platformPath) return parseTraceCode(decodeURIComponent(platformPath[1]))
  const parsed = parseDigitalLinkPath(url.pathname)
  if (parsed && 'error' in parsed) return { ok: false, reason: parsed.error }
  if (parsed) return fromGs1(parsed)
  return { ok: true, value: { key: text, scheme: 'uri' } }
}

function fromDigits(digits: string): TraceKeyResult {
  if (digits.length === CN_CODE_LENGTH) {
    return digits.startsWith('8')
      ? { ok: true, value: { key: digits, scheme: 'cn_drug', kind: 'item' } }
      : { ok: true, value: { key: digits, scheme: 'cn_meat', kind: 'lot' } }
  }
  if (digits.length === 18) {
    if (!isValidSscc(digits)) return { ok: false, reason: 'SSCC check digit is wrong' }
    return { ok: true, value: { key: `00/${digits}`, scheme: 'gs1', kind: 'container' } }
  }
  if ([8, 12, 13, 14].includes(digits.length)) {
    const gtin = normalizeGtin(digits)
    if (!gtin) return { ok: false, reason: hasValidGs1Check(digits) ? 'not a GTIN' : 'GTIN check digit is wrong' }
    return { ok: true, value: { key: `01/${gtin}`, scheme: 'gs1', kind: 'class', gtin } }
  }
  return { ok: false, reason: `a numeric code of ${digits.length} digits matches no scheme` }
}

function fromGs1(parsed: Gs1Key): TraceKeyResult {
  const { primary, qualifiers } = parsed
  const lot = qualifiers.find((q) => q.ai === '10')?.value
  const serial = qualifiers.find((q) => q.ai === '21' || q.ai === '235')?.value
  switch (primary.ai) {
    case '01':
    case '8006': {
      const gtin = primary.value.slice(0, 14)
      const kind: TraceKind = serial !== undefined ? 'item' : lot !== undefined ? 'lot' : 'class'
      const key = formatKey(primary.ai, primary.value, constrainQualifiers(primary.ai, qualifiers))
      return { ok: true, value: { key, scheme: 'gs1', kind, gtin, lotNumber: lot, serial } }
    }
    case '00':
      return { ok: true, value: { key: parsed.key, scheme: 'gs1', kind: 'container' } }
    case '8003':
    case '8004':
      return { ok: true, value: { key: parsed.key, scheme: 'gs1', kind: 'item' } }
    case '414':
    case '417':
      return { ok: false, reason: `AI (${primary.ai}) names a location or party, not a lot or item` }
    default:
      return { ok: true, value: { key: parsed.key, scheme: 'gs1' } }
  }
}
