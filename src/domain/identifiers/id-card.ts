/**
 * 公民身份号码 (居民身份证号), GB 11643-1999:
 *
 *   110105 19491231 002 X
 *   |      |        |   └ check, ISO 7064 MOD 11-2 over the 17 digits before it (§5.2); 10 is written X
 *   |      |        └ sequence; odd = male, even = female (§4.3)
 *   |      └ birth date YYYYMMDD (§4.2)
 *   └ GB/T 2260 address code at the time of issue; it may since have been retired, so an unknown code is accepted
 *
 * 15-digit numbers (before 1999: YYMMDD, no check digit) are accepted but flagged: they can only be checked
 * for shape and date, so they belong to historical imports. ID numbers are personal data: show them masked.
 */
import { findRegion } from '../regions.js'
import { isRealDate } from './calendar.js'
import { compactCode, prepareCode } from './normalize.js'
import { issue, result, type CodeResult } from './result.js'

export const ID_CARD_LENGTH = 18 // GB 11643-1999 §4
export const LEGACY_ID_CARD_LENGTH = 15
/** 2^(18−i) mod 11 for i = 1…17 (ISO 7064 MOD 11-2 as used by GB 11643 §5.2). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'
/** Births before this year are no plausible holders of a resident ID number. */
const EARLIEST_BIRTH_YEAR = 1850

export interface IdCardParts {
  regionCode: string
  /** Empty when the address code is not in the current data (retired codes are normal here). */
  regionName: string
  birthDate: string
  sex: 'male' | 'female'
  sequence: string
  checkCharacter: string
  legacy: boolean
}

export function idCardCheckCharacter(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11]
}

/** The 18-character number for a 17-digit body (test data, and upgrading 15-digit numbers). */
export function completeIdCard(body17: string): string {
  return body17 + idCardCheckCharacter(body17)
}

/** A 15-digit legacy number rewritten in the 18-digit form (GB 11643-1999 Annex: century 19 inserted). */
export function upgradeLegacyIdCard(legacy15: string): string {
  return completeIdCard(`${legacy15.slice(0, 6)}19${legacy15.slice(6)}`)
}

export function validateIdCard(input: unknown): CodeResult<IdCardParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  const legacy = code.length === LEGACY_ID_CARD_LENGTH
  if (!legacy && code.length !== ID_CARD_LENGTH) {
    return result(code, {}, [issue('length', { expected: `${ID_CARD_LENGTH} (or ${LEGACY_ID_CARD_LENGTH} legacy)`, actual: code.length })])
  }
  if (legacy ? !/^\d{15}$/.test(code) : !/^\d{17}[\dX]$/.test(code)) {
    return result(code, {}, [issue('charset', { detail: legacy ? '15 digits' : '17 digits then a digit or X' })])
  }
  const birth = legacy ? `19${code.slice(6, 12)}` : code.slice(6, 14)
  const sequence = legacy ? code.slice(12, 15) : code.slice(14, 17)
  const parts: IdCardParts = {
    regionCode: code.slice(0, 6),
    regionName: findRegion(code.slice(0, 6))?.fullName ?? '',
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex: Number(sequence[2]) % 2 === 1 ? 'male' : 'female',
    sequence,
    checkCharacter: legacy ? '' : code[17],
    legacy,
  }
  const errors = []
  const year = Number(birth.slice(0, 4))
  if (!isRealDate(year, Number(birth.slice(4, 6)), Number(birth.slice(6, 8))) || year < EARLIEST_BIRTH_YEAR) {
    errors.push(issue('invalid_date', { detail: `birth date ${parts.birthDate}` }))
  }
  if (!legacy) {
    const expected = idCardCheckCharacter(code.slice(0, 17))
    if (expected !== code[17]) errors.push(issue('check_character', { expected }))
  }
  return result(code, parts, errors, legacy ? [issue('legacy_id_card')] : [])
}

/**
 * `110105********002X`: the address code and the last four stay, the birth date goes (GB 11643 numbers are
 * personal data). For UIs, exports and logs. Input of another length keeps only a sixth at each end.
 */
export function maskIdCard(input: string): string {
  const code = typeof input === 'string' ? compactCode(input).toUpperCase() : ''
  if (code.length === ID_CARD_LENGTH) return `${code.slice(0, 6)}${'*'.repeat(8)}${code.slice(14)}`
  if (code.length === LEGACY_ID_CARD_LENGTH) return `${code.slice(0, 6)}${'*'.repeat(6)}${code.slice(12)}`
  const keep = Math.floor(code.length / 6)
  return code.length === 0 ? '' : `${code.slice(0, keep)}${'*'.repeat(code.length - 2 * keep)}${code.slice(code.length - keep)}`
}
