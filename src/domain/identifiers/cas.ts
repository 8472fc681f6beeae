/**
 * CAS Registry Numbers (危险化学品目录 lists substances by them): 2–7 digits, 2 digits, 1 check digit,
 * written with hyphens (`7664-93-9`). Check (CAS "Check Digit Verification"): the body digits weighted
 * 1, 2, 3 … from the right, summed, modulo 10.
 *
 * Known blind spots, inherent to mod 10 with weights 1–9: a wrong digit goes unnoticed where its weight
 * is even and the digits differ by 5, or where the weight is 5 and they differ by an even amount.
 * Swapping neighbours of the printed form is always caught (their weights differ by 1); typed without
 * hyphens, swapping the last body digit with the check digit is missed when they differ by 5
 * (`100005` ↔ `100050`).
 */
import { prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeResult } from './result.js'

const CAS_PATTERN = /^(\d{2,7})-(\d{2})-(\d)$/
const CAS_COMPACT = /^(\d{2,7})(\d{2})(\d)$/

export interface CasParts { body: string; checkDigit: string }

export function casCheckDigit(bodyDigits: string): number {
  let sum = 0
  for (let i = 0; i < bodyDigits.length; i++) sum += (bodyDigits.charCodeAt(bodyDigits.length - 1 - i) - 48) * (i + 1)
  return sum % 10
}

/** `7664-93-9` from the body `766493`. */
export function formatCas(bodyDigits: string): string {
  return `${bodyDigits.slice(0, -2)}-${bodyDigits.slice(-2)}-${casCheckDigit(bodyDigits)}`
}

export function validateCas(input: unknown): CodeResult<CasParts> {
  const prepared = prepareCode(input, { compact: false })
  if (!prepared.ok) return prepared.result
  const text = prepared.text.replace(/\s+/g, '')
  const match = CAS_PATTERN.exec(text) ?? CAS_COMPACT.exec(text)
  if (!match) return invalid(text, issue('pattern', { detail: '2–7 digits, 2 digits and a check digit, e.g. 7664-93-9' }))
  // CAS numbers are written without leading zeros; a padded one is the same substance.
  const first = match[1].replace(/^0+(?=\d{2})/, '')
  const body = first + match[2]
  const normalized = `${first}-${match[2]}-${match[3]}`
  const expected = String(casCheckDigit(body))
  return result(normalized, { body, checkDigit: match[3] }, expected === match[3] ? [] : [issue('check_character', { expected })])
}
