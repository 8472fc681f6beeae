/**
 * 统一社会信用代码 (USCC), GB 32100-2015: 18 characters from a 31-symbol alphabet (no I O S V Z).
 * Position 18 is a mod-31 check; positions 9–17 are the GB 11714 organisation code whose own mod-11
 * check (position 17) is only a warning, since non-conforming codes circulate (cn-identifiers.md §1).
 */
import { compactCode } from './normalize.js'

export const USCC_LENGTH = 18 // GB 32100-2015
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/
/** GB 11714 weights on the eight body characters of the organisation code. */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

export interface UsccResult {
  valid: boolean
  normalized: string
  /** Set when the mod-31 check passes but the embedded organisation-code check does not. */
  warning?: 'organisation_code_check'
  reason?: string
  regionCode?: string
}

export function usccCheckCharacter(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(body17[i]) * USCC_WEIGHTS[i]
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

/** GB 11714: letters take full A–Z values here (A=10 … Z=35); 10 → X, 11 → 0. */
export function organisationCodeCheck(body8: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8[i], 36) * ORG_CODE_WEIGHTS[i]
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

export function validateUscc(input: string): UsccResult {
  const normalized = compactCode(input).toUpperCase()
  if (normalized.length !== USCC_LENGTH) return { valid: false, normalized, reason: `must be ${USCC_LENGTH} characters` }
  if (!USCC_PATTERN.test(normalized)) return { valid: false, normalized, reason: 'holds a character outside the GB 32100 alphabet' }
  const expected = usccCheckCharacter(normalized.slice(0, 17))
  if (expected !== normalized[17]) return { valid: false, normalized, reason: `check character should be ${expected}` }
  const regionCode = normalized.slice(2, 8)
  const inner = /^[0-9A-Z]{8}$/.test(normalized.slice(8, 16)) ? organisationCodeCheck(normalized.slice(8, 16)) : undefined
  if (inner !== normalized[16]) return { valid: true, normalized, regionCode, warning: 'organisation_code_check' }
  return { valid: true, normalized, regionCode }
}

/** Builds a USCC with correct check characters from its first 16 characters (for demo data and tests). */
export function completeUscc(first16: string): string {
  const body17 = first16 + organisationCodeCheck(first16.slice(8, 16))
  return body17 + usccCheckCharacter(body17)
}
