/**
 * GS1 keys (GB 12904 / GS1 General Specifications): GTIN, SSCC, GLN and their mod-10 check digit;
 * GS1 EPC URNs (Tag Data Standard) and GS1 Digital Link URIs reduced to one canonical key.
 */

/** GS1 mod 10: from the digit left of the check, weights 3, 1, 3, …; check = (10 − Σ mod 10) mod 10. */
export function gs1CheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

export function hasValidGs1Check(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false
  return gs1CheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1])
}

export function withGs1Check(body: string): string {
  return body + String(gs1CheckDigit(body))
}

/** GTIN-8/12/13/14 → 14 digits, or undefined when the shape or check digit is wrong. */
export function normalizeGtin(text: string): string | undefined {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(text)) return undefined
  if (!hasValidGs1Check(text)) return undefined
  return text.padStart(14, '0')
}

export function isValidSscc(text: string): boolean {
  return /^\d{18}$/.test(text) && hasValidGs1Check(text)
}

export function isValidGln(text: string): boolean {
  return /^\d{13}$/.test(text) && hasValidGs1Check(text)
}

/** A GS1 key reduced to Digital Link path form: primary key AI and value, then qualifiers in order. */
export interface Gs1Key {
  /** e.g. `01/06901234567892/10/L2503` */
  key: string
  primary: { ai: string; value: string }
  qualifiers: { ai: string; value: string }[]
}

/**
 * Primary keys and their allowed qualifiers, in the order Digital Link requires (GS1 Barcode Syntax
 * Dictionary `dlpkey`; the alternative `235` sequence of (01) lives in gs1-ai.ts).
 */
export const DL_PRIMARY_KEYS: Record<string, string[]> = {
  '01': ['22', '10', '21'],
  '00': [],
  '414': ['254', '7040'],
  '417': ['7040'],
  '8003': [],
  '8004': ['7040'],
  '8006': ['22', '10', '21'],
  '415': ['8020'],
  '8010': ['8011'],
  '8017': ['8019'],
  '8018': ['8019'],
  '253': [],
  '255': [],
  '401': [],
  '402': [],
  '8013': [],
}

/** Alphabetic AI names of Digital Link 1.0–1.2, dropped in 1.3; read only where the caller allows them. */
export const DL_SHORT_NAMES: Record<string, string> = {
  gtin: '01', sscc: '00', gln: '414', party: '417', payto: '415', grai: '8003', giai: '8004', itip: '8006', cpid: '8010',
  gsrnp: '8017', gsrn: '8018', gdti: '253', gcn: '255', ginc: '401', gsin: '402', gmn: '8013',
  cpv: '22', lot: '10', ser: '21', glnx: '254', srin: '8019', cpsn: '8011',
}

/**
 * Parses the path of a GS1 Digital Link URI (any host; path prefix allowed). Returns undefined when no
 * primary key is found; `{ error }` when a key is present but its value is malformed.
 */
export function parseDigitalLinkPath(pathname: string): Gs1Key | { error: string } | undefined {
  const segments = pathname.split('/').filter((s) => s.length > 0).map(safeDecode)
  for (let i = 0; i + 1 < segments.length; i++) {
    const ai = DL_SHORT_NAMES[segments[i]] ?? segments[i]
    const allowed = DL_PRIMARY_KEYS[ai]
    if (!allowed) continue
    const primaryValue = normalizePrimaryValue(ai, segments[i + 1])
    if (primaryValue === undefined) return { error: `AI (${ai}) value ${segments[i + 1]} is malformed or fails its check digit` }
    const qualifiers: { ai: string; value: string }[] = []
    let lastOrder = -1
    for (let j = i + 2; j + 1 < segments.length; j += 2) {
      const qualifier = DL_SHORT_NAMES[segments[j]] ?? segments[j]
      const order = allowed.indexOf(qualifier)
      if (order < 0) return { error: `AI (${qualifier}) is not a qualifier of (${ai})` }
      if (order <= lastOrder) return { error: `qualifiers of (${ai}) must come in the order ${allowed.join(', ')}` }
      const value = segments[j + 1]
      if (!isGs1Text(value, 20)) return { error: `AI (${qualifier}) value must be 1–20 GS1 characters` }
      lastOrder = order
      qualifiers.push({ ai: qualifier, value })
    }
    if ((segments.length - i) % 2 !== 0) return { error: 'a Digital Link path needs AI/value pairs' }
    return { key: formatKey(ai, primaryValue, qualifiers), primary: { ai, value: primaryValue }, qualifiers }
  }
  return undefined
}

export function formatKey(ai: string, value: string, qualifiers: { ai: string; value: string }[]): string {
  return [ai, value, ...qualifiers.flatMap((q) => [q.ai, q.value])].map(escapeDlPathComponent).join('/')
}

function normalizePrimaryValue(ai: string, value: string): string | undefined {
  switch (ai) {
    case '01':
      return normalizeGtin(value)
    case '8006':
      return /^\d{18}$/.test(value) && hasValidGs1Check(value.slice(0, 14)) ? value : undefined
    case '00':
      return isValidSscc(value) ? value : undefined
    case '414':
    case '417':
      return isValidGln(value) ? value : undefined
    case '8003':
      return /^0\d{13}/.test(value) && hasValidGs1Check(value.slice(1, 14)) && isGs1Text(value.slice(14), 16, true) ? value : undefined
    case '8018':
    case '8017':
      return /^\d{18}$/.test(value) && hasValidGs1Check(value) ? value : undefined
    case '253':
      return /^\d{13}/.test(value) && hasValidGs1Check(value.slice(0, 13)) && isGs1Text(value.slice(13), 17, true) ? value : undefined
    case '402':
      return /^\d{17}$/.test(value) && hasValidGs1Check(value) ? value : undefined
    default:
      return isGs1Text(value, 30) ? value : undefined
  }
}

/** GS1 AI encodable character set 82 (letters, digits and `!"%&'()*+,-./:;<=>?_`). */
export function isGs1Text(value: string, maxLength: number, allowEmpty = false): boolean {
  if (value.length === 0) return allowEmpty
  return value.length <= maxLength && /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/.test(value)
}

function safeDecode(part: string): string {
  if (!part.includes('%')) return part
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/**
 * GS1 Digital Link percent-encoding (URI Syntax 1.6 §7.1): everything but RFC 3986 unreserved characters
 * `A–Z a–z 0–9 - . _ ~` is escaped, so `!'()*` are too, unlike encodeURIComponent.
 */
export function escapeDlPathComponent(part: string): string {
  return encodeURIComponent(part).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
}


const COMPONENTS: Record<string, number> = { sgtin: 3, lgtin: 3, sscc: 2, sgln: 3, pgln: 2, grai: 3, giai: 2 }

/**
 * The qualifiers that make a key name one thing, as CBV 2.0 event hashing reduces them: a serial (21, or
 * the third-party 235) names the item whatever lot (10) or variant (22) is printed beside it; otherwise a
 * lot names the lot.
 */
export function constrainQualifiers(primaryAi: string, qualifiers: { ai: string; value: string }[]): { ai: string; value: string }[] {
  if (primaryAi !== '01' && primaryAi !== '8006') return qualifiers
  const serial = qualifiers.find((q) => q.ai === '21' || q.ai === '235')
  if (serial) return [serial]
  return qualifiers.filter((q) => q.ai === '10')
}

/** EPC URNs spell the company prefix out in 6–12 digits (TDS 2.1 §14, the partition tables). */
const COMPANY_PREFIX = /^\d{6,12}$/
/** Serials and lots in EPC URNs: GS1 AI encodable character set 82, at most 20 (TDS 2.1 §6.3.1, AI 21/10). */
const MAX_SERIAL_LENGTH = 20

/**
 * EPC URN (GS1 Tag Data Standard 2.x §6) → canonical GS1 key; undefined when not an EPC URN, `{ error }`
 * when malformed. Pure-identity URNs (`id`), the LGTIN class (`class`) and `idpat` patterns whose serial is
 * `*` (the class of all serials: the key without its serial, as CBV 2.0 hashing does).
 */
export function parseEpcUrn(urn: string): (Gs1Key & { scheme: string }) | { error: string } | undefined {
  const match = /^urn:epc:(id|class|idpat):([a-z]+):(.+)$/i.exec(urn)
  if (!match) return undefined
  const [, type, schemeRaw, rest] = match
  const scheme = schemeRaw.toLowerCase()
  // The last component (serial, lot, asset reference) may itself hold dots (TDS 2.1 §5, Table 5-1).
  const expected = COMPONENTS[scheme.toLowerCase()] ?? 0
  const raw = rest.split('.')
  const parts = (raw.length > expected && expected > 0 ? [...raw.slice(0, expected - 1), raw.slice(expected - 1).join('.')] : raw).map(safeDecode)
  const bad = { error: `malformed EPC URN of scheme ${scheme}` }
  const key = (ai: string, value: string, qualifiers: { ai: string; value: string }[] = []) =>
    ({ scheme, key: formatKey(ai, value, qualifiers), primary: { ai, value }, qualifiers })
  const digits = (companyPrefix: string, reference: string, total: number) =>
    COMPANY_PREFIX.test(companyPrefix) && /^\d*$/.test(reference) && companyPrefix.length + reference.length === total
  const wildcard = (part: string) => type.toLowerCase() === 'idpat' && part === '*'
  const serialOk = (part: string) => isGs1Text(part, MAX_SERIAL_LENGTH)
  switch (scheme) {
    case 'sgtin':
    case 'lgtin': {
      if (parts.length !== 3 || !digits(parts[0], parts[1], 13) || parts[1].length === 0) return bad
      const gtin = withGs1Check(parts[1][0] + parts[0] + parts[1].slice(1))
      if (wildcard(parts[2])) return key('01', gtin)
      if (!serialOk(parts[2])) return bad
      return key('01', gtin, [{ ai: scheme === 'sgtin' ? '21' : '10', value: parts[2] }])
    }
    case 'sscc': {
      if (parts.length !== 2 || !digits(parts[0], parts[1], 17) || parts[1].length === 0) return bad
      return key('00', withGs1Check(parts[1][0] + parts[0] + parts[1].slice(1)))
    }
    case 'sgln':
    case 'pgln': {
      if (parts.length !== (scheme === 'sgln' ? 3 : 2) || !digits(parts[0], parts[1], 12)) return bad
      const gln = withGs1Check(parts[0] + parts[1])
      if (scheme === 'pgln') return key('417', gln)
      // TDS §6.3.3: extension 0 means "no extension"; CBV 2.0 drops it from the Digital Link.
      if (parts[2] === '0' || wildcard(parts[2])) return key('414', gln)
      if (!serialOk(parts[2])) return bad
      return key('414', gln, [{ ai: '254', value: parts[2] }])
    }
    case 'grai': {
      if (parts.length !== 3 || !digits(parts[0], parts[1], 12)) return bad
      const grai = '0' + withGs1Check(parts[0] + parts[1])
      if (wildcard(parts[2])) return key('8003', grai)
      if (!isGs1Text(parts[2], 16)) return bad
      return key('8003', grai + parts[2])
    }
    case 'giai': {
      if (parts.length !== 2 || !COMPANY_PREFIX.test(parts[0]) || !isGs1Text(parts[0] + parts[1], 30)) return bad
      return key('8004', parts[0] + parts[1])
    }
    default:
      return undefined
  }
}
