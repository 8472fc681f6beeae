/**
 * The platform's own trace code (平台追溯码), for producers without GS1 membership. Version 1 layout,
 * 20 characters, upper-case letters and digits only (short in a QR code, typeable):
 *
 *   ZS 441400 A L 00000012K S
 *   |  |      | | |         └ check character, ISO/IEC 7064 MOD 37,36 over the 19 characters before it
 *   |  |      | | └ serial, 9 characters 0-9A-Z, allocated by the issuing platform
 *   |  |      | └ unit kind: L lot (批次), I item (单品), C container (包装)
 *   |  |      └ category letter (A agri, F food, D drug, N agri_input, E equipment, H hazardous, R rare_earth, M import)
 *   |  └ GB/T 2260 code of the issuing platform (000000 national, xx0000 province, xxxx00 city)
 *   └ scheme prefix
 *
 * The issuing platform's region makes codes unique across the city/province/national hierarchy; each
 * platform allocates serials from its own counter. GB/T 44583-2024 defines a national structure that
 * could not be obtained; this scheme is versioned so it can be re-mapped (cn-identifiers.md §9).
 */
import { CATEGORY_CODES, categoryByLetter, CATEGORIES, type CategoryCode } from '../categories.js'
import { compactCode, prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeResult } from './result.js'

export const PLATFORM_CODE_PREFIX = 'ZS'
export const PLATFORM_CODE_LENGTH = 20
export const PLATFORM_SERIAL_LENGTH = 9
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const MODULUS = 36 // ISO/IEC 7064 MOD 37,36: hybrid system over 36 alphanumerics
const PATTERN = /^ZS(\d{6})([A-Z])([LIC])([0-9A-Z]{9})([0-9A-Z])$/

export type UnitKind = 'lot' | 'item' | 'container'
const KIND_LETTER: Record<UnitKind, string> = { lot: 'L', item: 'I', container: 'C' }

export interface PlatformCode {
  code: string
  issuerRegion: string
  category: CategoryCode
  kind: UnitKind
  serial: string
}

/**
 * ISO/IEC 7064 MOD 37,36 check character (hybrid system, ISO/IEC 7064:2003 §7). It catches every single
 * substitution. Of adjacent transpositions it misses 1 in 630: two characters with consecutive values
 * (4↔5, A↔B, Z↔0) met at one running state in 36, e.g. ZS575638RC8JRRSXW45R ↔ …W54R (both pass).
 */
export function mod3736CheckCharacter(body: string): string {
  let product = MODULUS
  for (const ch of body) {
    let sum = (product + ALPHABET.indexOf(ch)) % MODULUS
    if (sum === 0) sum = MODULUS
    product = (sum * 2) % (MODULUS + 1)
  }
  return ALPHABET[(MODULUS + 1 - product) % MODULUS]
}

export function formatPlatformCode(parts: Omit<PlatformCode, 'code'>): string {
  const body = PLATFORM_CODE_PREFIX + parts.issuerRegion + CATEGORIES[parts.category].letter + KIND_LETTER[parts.kind] + parts.serial
  return body + mod3736CheckCharacter(body)
}

/** Serial number → 9 base-36 characters. */
export function serialText(serial: number): string {
  return serial.toString(36).toUpperCase().padStart(PLATFORM_SERIAL_LENGTH, '0')
}

export type PlatformCodeResult = { valid: true; value: PlatformCode } | { valid: false; reason: string; normalized: string }

export function parsePlatformCode(input: string): PlatformCodeResult {
  const normalized = compactCode(input).toUpperCase()
  const match = PATTERN.exec(normalized)
  if (!match) return { valid: false, normalized, reason: `must be ZS + 6-digit region + category + kind + 9-character serial + check (${PLATFORM_CODE_LENGTH} characters)` }
  const category = categoryByLetter(match[2])
  if (!category) return { valid: false, normalized, reason: `unknown category letter ${match[2]}` }
  const expected = mod3736CheckCharacter(normalized.slice(0, -1))
  if (expected !== match[5]) return { valid: false, normalized, reason: `check character should be ${expected}` }
  const kind = (Object.keys(KIND_LETTER) as UnitKind[]).find((k) => KIND_LETTER[k] === match[3]) as UnitKind
  return { valid: true, value: { code: normalized, issuerRegion: match[1], category, kind, serial: match[4] } }
}

export function looksLikePlatformCode(input: string): boolean {
  return /^ZS\d/i.test(compactCode(input))
}

export interface PlatformCodeParts {
  issuerRegion: string
  category: CategoryCode
  kind: UnitKind
  serial: string
  checkCharacter: string
}

/** The common result shape (result.ts) for the platform code. */
export function validatePlatformCode(input: unknown): CodeResult<PlatformCodeParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  if (code.length !== PLATFORM_CODE_LENGTH) return invalid(code, issue('length', { expected: PLATFORM_CODE_LENGTH, actual: code.length }))
  const match = PATTERN.exec(code)
  if (!match) return invalid(code, issue('pattern', { detail: 'ZS + 6-digit region + category letter + L/I/C + 9-character serial + check' }))
  const category = categoryByLetter(match[2])
  if (!category) return invalid(code, issue('field_value', { field: 'category letter', value: match[2], allowed: CATEGORY_CODES.map((c) => CATEGORIES[c].letter).join(' ') }))
  const kind = (Object.keys(KIND_LETTER) as UnitKind[]).find((k) => KIND_LETTER[k] === match[3]) as UnitKind
  const parts: PlatformCodeParts = { issuerRegion: match[1], category, kind, serial: match[4], checkCharacter: match[5] }
  const expected = mod3736CheckCharacter(code.slice(0, -1))
  return result(code, parts, expected === match[5] ? [] : [issue('check_character', { expected })])
}
