/**
 * EPC URN schemes that the identifier library leaves out (it converts only the schemes trace codes use)
 * but that the CBV hash algorithm canonicalises (step 9): gdti, gsrn, gsrnp, cpi, ginc, gsin, itip, upui,
 * sgcn, per GS1 Tag Data Standard 2.1 §6.3 and the Digital Link primary keys they become.
 */
import { CANONICAL_DL_HOST } from '../../../domain/identifiers/digital-link.js'
import { withGs1Check } from '../../../domain/identifiers/gs1.js'

type Pair = [ai: string, value: string]

const URN = /^urn:epc:(id|idpat):([a-z]+):(.+)$/i

/** The constrained canonical Digital Link of one of the schemes above; undefined for anything else. */
export function otherEpcUrnToDigitalLink(urn: string): string | undefined {
  const match = URN.exec(urn)
  if (!match) return undefined
  const pattern = match[1].toLowerCase() === 'idpat'
  const parts = match[3].split('.').map(decode)
  if (parts.some((p) => p === undefined)) return undefined
  const pairs = pairsOf(match[2].toLowerCase(), parts as string[], pattern)
  if (!pairs) return undefined
  return `${CANONICAL_DL_HOST}/${pairs.map(([ai, value]) => `${ai}/${escapePath(value)}`).join('/')}`
}

function pairsOf(scheme: string, parts: string[], pattern: boolean): Pair[] | undefined {
  const serial = (part: string | undefined) => (pattern && part === '*' ? '' : part ?? '')
  const numeric = (...values: string[]) => values.every((v) => /^\d*$/.test(v))
  switch (scheme) {
    case 'gdti': case 'sgcn': {
      // AI 253 / 255: company prefix + reference (12 digits) + check digit, then the serial.
      const [cp, reference, rest] = [parts[0], parts[1], parts.slice(2).join('.')]
      if (parts.length < 3 || !numeric(cp, reference) || cp.length + reference.length !== 12) return undefined
      return [[scheme === 'gdti' ? '253' : '255', withGs1Check(cp + reference) + serial(rest)]]
    }
    case 'gsrn': case 'gsrnp': {
      const [cp, reference] = parts
      if (parts.length !== 2 || !numeric(cp, reference) || cp.length + reference.length !== 17) return undefined
      return [[scheme === 'gsrn' ? '8018' : '8017', withGs1Check(cp + reference)]]
    }
    case 'gsin': {
      const [cp, reference] = parts
      if (parts.length !== 2 || !numeric(cp, reference) || cp.length + reference.length !== 16) return undefined
      return [['402', withGs1Check(cp + reference)]]
    }
    case 'ginc':
      return parts.length >= 2 ? [['401', parts[0] + parts.slice(1).join('.')]] : undefined
    case 'cpi': {
      if (parts.length !== 3) return undefined
      const key: Pair = ['8010', parts[0] + parts[1]]
      return serial(parts[2]) === '' ? [key] : [key, ['8011', parts[2]]]
    }
    case 'upui': case 'itip': return gtinBased(scheme, parts, serial)
    default: return undefined
  }
}

/** upui → 01 + 235 (third-party serial); itip → 8006 (GTIN + piece + total) + 21. */
function gtinBased(scheme: 'upui' | 'itip', parts: string[], serial: (part: string | undefined) => string): Pair[] | undefined {
  const [cp, reference] = parts
  if (!/^\d+$/.test(cp) || !/^\d+$/.test(reference) || cp.length + reference.length !== 13) return undefined
  const gtin = withGs1Check(reference[0] + cp + reference.slice(1))
  if (scheme === 'upui') {
    const tpx = serial(parts.slice(2).join('.'))
    return tpx === '' ? [['01', gtin]] : [['01', gtin], ['235', tpx]]
  }
  if (parts.length < 5) return undefined
  const item: Pair = ['8006', gtin + parts[2] + parts[3]]
  const rest = serial(parts.slice(4).join('.'))
  return rest === '' ? [item] : [item, ['21', rest]]
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

/** Percent-encoding as the hash vectors write these keys (epclist_normalisation): `'` stays, `!()*` do not. */
function escapePath(value: string): string {
  return encodeURIComponent(value).replace(/[!()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
}
