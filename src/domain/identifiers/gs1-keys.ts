/**
 * GS1 keys typed or scanned on their own (GB 12904 / GS1 General Specifications §3.3–3.5): GTIN-8/12/13/14,
 * SSCC and GLN, each with its mod-10 check digit (§7.9.1). Stored as GTIN-14 (`06901234567892`).
 *
 * Mod 10 misses one kind of slip: swapping two neighbouring digits that differ by 5 (e.g. 0↔5) leaves the
 * sum unchanged modulo 10, because their weights 3 and 1 differ by 2. Every single wrong digit is caught.
 */
import { chinaCompanyPrefixLength } from './epc-digital-link.js'
import { gs1CheckDigit, withGs1Check } from './gs1.js'
import { prepareCode } from './normalize.js'
import { issue, result, type CodeIssue, type CodeResult } from './result.js'

export const GTIN_LENGTHS = [8, 12, 13, 14] as const // GS1 General Specifications §3.3.2
export const SSCC_LENGTH = 18 // §3.3.1
export const GLN_LENGTH = 13 // §3.4.2

export interface GtinParts {
  gtin14: string
  format: 'GTIN-8' | 'GTIN-12' | 'GTIN-13' | 'GTIN-14'
  /** GTIN-14 indicator: 0 base unit, 1–8 packaging levels, 9 variable measure (§3.3.2). */
  indicator: string
  /** First three digits of the GS1 prefix; 690–699 are GS1 China. */
  gs1Prefix: string
  /** Company-prefix length where GS1 China fixes it (690/691 → 7, 692/693 → 8); 0 when unknown. */
  companyPrefixLength: number
  checkDigit: string
}

export interface SsccParts { extension: string; gs1Prefix: string; companyPrefixLength: number; checkDigit: string }
export interface GlnParts { gs1Prefix: string; companyPrefixLength: number; checkDigit: string }

function digitsOnly(code: string, lengths: readonly number[]): CodeIssue[] {
  if (!/^\d+$/.test(code)) return [issue('charset', { detail: 'digits only' })]
  if (!lengths.includes(code.length)) return [issue('length', { expected: lengths.join(', '), actual: code.length })]
  return []
}

function checkDigitIssue(code: string): CodeIssue[] {
  const expected = String(gs1CheckDigit(code.slice(0, -1)))
  return expected === code[code.length - 1] ? [] : [issue('check_character', { expected })]
}

/** Restricted circulation numbers (§2.6.7): valid only inside a company or country, not for trade items. */
function restrictedWarning(gtin14: string): CodeIssue[] {
  const gtin13 = gtin14.slice(1)
  if (/^(02|2\d|04)/.test(gtin13) && gtin14[0] === '0') return [issue('content_suspect', { detail: 'a restricted circulation number (prefix 02, 04 or 2x): valid only inside one company or country' })]
  return []
}

export function validateGtin(input: unknown): CodeResult<GtinParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  const shape = digitsOnly(code, GTIN_LENGTHS)
  if (shape.length > 0) return result(code, {}, shape)
  const gtin14 = code.padStart(14, '0')
  const parts: GtinParts = {
    gtin14,
    format: `GTIN-${code.length}` as GtinParts['format'],
    indicator: gtin14[0],
    gs1Prefix: gtin14.slice(1, 4),
    companyPrefixLength: chinaCompanyPrefixLength(gtin14.slice(1)) ?? 0,
    checkDigit: gtin14[13],
  }
  const errors = checkDigitIssue(code)
  return result(gtin14, parts, errors, errors.length === 0 ? restrictedWarning(gtin14) : [])
}

export function validateSscc(input: unknown): CodeResult<SsccParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  const shape = digitsOnly(code, [SSCC_LENGTH])
  if (shape.length > 0) return result(code, {}, shape)
  const parts: SsccParts = { extension: code[0], gs1Prefix: code.slice(1, 4), companyPrefixLength: chinaCompanyPrefixLength(code.slice(1)) ?? 0, checkDigit: code[17] }
  return result(code, parts, checkDigitIssue(code))
}

export function validateGln(input: unknown): CodeResult<GlnParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  const shape = digitsOnly(code, [GLN_LENGTH])
  if (shape.length > 0) return result(code, {}, shape)
  return result(code, { gs1Prefix: code.slice(0, 3), companyPrefixLength: chinaCompanyPrefixLength(code) ?? 0, checkDigit: code[12] }, checkDigitIssue(code))
}

/** A GTIN-13 from a company prefix and item reference (12 digits together) plus its check digit. */
export function makeGtin13(companyPrefix: string, itemReference: string): string {
  return withGs1Check(companyPrefix + itemReference)
}
