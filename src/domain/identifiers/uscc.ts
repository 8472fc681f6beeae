/**
 * 统一社会信用代码 (USCC), GB 32100-2015: 18 characters from a 31-symbol alphabet (no I O S V Z).
 *
 *   9 1 350100 M000100Y4 3
 *   | | |      |         └ pos 18: mod-31 check (GB 32100 §4.2: weights 3^(i−1) mod 31)
 *   | | |      └ pos 9–17: 主体标识码 = the GB 11714 组织机构代码, pos 17 being its own mod-11 check
 *   | | └ pos 3–8: GB/T 2260 code of the registering office
 *   | └ pos 2: 机构类别 (within the authority)
 *   └ pos 1: 登记管理部门
 *
 * A wrong position 18 is rejected. A wrong position 17 is only a warning: non-conforming codes were issued
 * and circulate (cn-identifiers.md §1), so a privileged override must stay possible.
 */
import { findRegion } from '../regions.js'
import { prepareCode } from './normalize.js'
import { issue, result, type CodeIssue, type CodeResult } from './result.js'

export const USCC_LENGTH = 18 // GB 32100-2015 §4.1
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** 3^(i−1) mod 31 for i = 1…17 (GB 32100-2015 §4.2). */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/
/** GB 11714-1997 weights on the eight body characters of the organisation code. */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
const ORG_CODE_PATTERN = /^([0-9A-Z]{8})([0-9X])$/

/** Position 1 and 2 meanings [secondary source]: shown to people, never used to reject. */
const AUTHORITIES: Record<string, { name: string; types?: Record<string, string> }> = {
  '1': { name: '机构编制', types: { '1': '机关', '2': '事业单位', '3': '群众团体', '9': '其他' } },
  '2': { name: '外交' },
  '3': { name: '司法行政' },
  '4': { name: '文化' },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { name: '旅游' },
  '7': { name: '宗教' },
  '8': { name: '工会' },
  '9': { name: '工商/市场监管', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室' },
  N: { name: '农业', types: { '1': '集体经济组织' } },
  Y: { name: '其他' },
}

export interface UsccParts {
  authority: string
  authorityName: string
  organisationType: string
  organisationTypeName: string
  regionCode: string
  regionName: string
  /** The embedded GB 11714 organisation code in its printed form `XXXXXXXX-X`. */
  organisationCode: string
  checkCharacter: string
}

export interface UsccResult extends CodeResult<UsccParts> {
  /** Kept for callers written before the common result shape: the first error's message. */
  reason?: string
  /** Kept for callers written before the common result shape. */
  warning?: 'organisation_code_check'
  regionCode?: string
}

export function usccCheckCharacter(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(body17[i]) * USCC_WEIGHTS[i]
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

/** GB 11714: letters take full A–Z values here (A=10 … Z=35), unlike the USCC alphabet; 10 → X, 11 → 0. */
export function organisationCodeCheck(body8: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8[i], 36) * ORG_CODE_WEIGHTS[i]
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

export function validateUscc(input: unknown): UsccResult {
  const prepared = prepareCode(input)
  if (!prepared.ok) return withLegacyFields(prepared.result)
  const code = prepared.text
  if (code.length !== USCC_LENGTH) return withLegacyFields(result(code, {}, [issue('length', { expected: USCC_LENGTH, actual: code.length })]))
  if (!USCC_PATTERN.test(code)) {
    return withLegacyFields(result(code, {}, [issue('charset', { detail: 'GB 32100 alphabet 0-9 A-H J-N P Q R T U W X Y; positions 3-8 digits' })]))
  }
  const authority = AUTHORITIES[code[0]]
  const regionCode = code.slice(2, 8)
  const parts: UsccParts = {
    authority: code[0],
    authorityName: authority?.name ?? '',
    organisationType: code[1],
    organisationTypeName: authority?.types?.[code[1]] ?? '',
    regionCode,
    regionName: findRegion(regionCode)?.fullName ?? '',
    organisationCode: `${code.slice(8, 16)}-${code[16]}`,
    checkCharacter: code[17],
  }
  const errors: CodeIssue[] = []
  const warnings: CodeIssue[] = []
  const expected = usccCheckCharacter(code.slice(0, 17))
  if (expected !== code[17]) errors.push(issue('check_character', { expected }))
  const inner = organisationCodeCheck(code.slice(8, 16))
  if (inner !== code[16]) warnings.push(issue('organisation_code_check', { expected: inner }))
  return withLegacyFields(result(code, parts, errors, warnings))
}

function withLegacyFields(base: CodeResult<UsccParts>): UsccResult {
  const legacy: UsccResult = { ...base }
  if (base.errors.length > 0) legacy.reason = base.errors[0].message
  if (base.warnings.some((w) => w.code === 'organisation_code_check')) legacy.warning = 'organisation_code_check'
  if (base.valid && base.parts.regionCode) legacy.regionCode = base.parts.regionCode
  return legacy
}

/** Builds a USCC with correct check characters from its first 16 characters (for demo data and tests). */
export function completeUscc(first16: string): string {
  const body17 = first16 + organisationCodeCheck(first16.slice(8, 16))
  return body17 + usccCheckCharacter(body17)
}

export interface OrganisationCodeParts {
  body: string
  checkCharacter: string
}

/** A stand-alone legacy 组织机构代码 (GB 11714-1997), printed `XXXXXXXX-X`; same check as USCC pos 17. */
export function validateOrganisationCode(input: unknown): CodeResult<OrganisationCodeParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const match = ORG_CODE_PATTERN.exec(prepared.text)
  if (!match) return result(prepared.text, {}, [issue('pattern', { detail: '8 digits or capital letters, then a check digit or X (XXXXXXXX-X)' })])
  const normalized = `${match[1]}-${match[2]}`
  const expected = organisationCodeCheck(match[1])
  const errors = expected === match[2] ? [] : [issue('check_character', { expected })]
  return result(normalized, { body: match[1], checkCharacter: match[2] }, errors)
}
