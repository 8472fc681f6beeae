/**
 * 药品追溯码 (NMPA 药品追溯码编码要求, 2019; cn-identifiers.md §5). A code names one sales packaging unit and is
 * either
 *   - 20 characters whose first 7 are the 药品标识码; the 码上放心 family [secondary] is 20 digits starting
 *     with 8: 1–7 product, 8–16 unit serial, 17–20 check;
 *   - a GS1 code: (01) GTIN + (21) serial, usually with (17) expiry and (10) lot;
 *   - an MA/IDcode (ISO/IEC 15459) [secondary]: `MA.156.M0.<company>.<product>` then `.S` serial, `.M`
 *     production date, `.L` lot, `.E` expiry, `.C` check.
 *
 * The check positions of the 20-character code and of the MA code follow algorithms that are not public,
 * and the 药品标识码 list lives at the 协同平台: offline, only the layout can be checked (warning
 * `check_not_public`); authenticity needs a look-up. GS1 codes carry the public mod-10 check.
 */
import { looksLikeElementString, validateElementString } from './element-string.js'
import { prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeIssue, type CodeResult } from './result.js'

export const DRUG_CODE_LENGTH = 20 // NMPA 药品追溯码编码要求 §4
export const DRUG_PRODUCT_CODE_LENGTH = 7

export interface DrugCodeParts {
  form: 'nmpa20' | 'gs1' | 'ma'
  /** 码上放心 family: 20 digits starting with 8. */
  family?: 'mashangfangxin'
  productCode: string
  serial: string
  check: string
  gtin: string
  lot: string
  expiry: string
  productionDate: string
  company: string
}

const MA_PATTERN = /^MA\.156\.M0\.([0-9A-Z]+)\.([0-9A-Z]+)((?:\.[SMLEC][0-9A-Z]+)*)$/

export function validateDrugCode(input: unknown): CodeResult<DrugCodeParts> {
  const raw = prepareCode(input, { compact: false, upper: false })
  if (!raw.ok) return raw.result
  if (looksLikeElementString(raw.text)) return gs1DrugCode(raw.text)
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  if (code.startsWith('MA.')) return maCode(code)
  if (!/^[0-9A-Z]+$/.test(code)) return invalid(code, issue('charset', { detail: 'digits and capital letters (GB/T 1988 Table 2)' }))
  if (code.length !== DRUG_CODE_LENGTH) return invalid(code, issue('length', { expected: DRUG_CODE_LENGTH, actual: code.length }))
  const warnings: CodeIssue[] = [issue('check_not_public')]
  if (/^8\d{19}$/.test(code)) {
    return result(code, { form: 'nmpa20', family: 'mashangfangxin', productCode: code.slice(0, 7), serial: code.slice(7, 16), check: code.slice(16, 20) }, [], warnings)
  }
  return result(code, { form: 'nmpa20', productCode: code.slice(0, DRUG_PRODUCT_CODE_LENGTH), serial: code.slice(DRUG_PRODUCT_CODE_LENGTH) }, [], warnings)
}

function gs1DrugCode(text: string): CodeResult<DrugCodeParts> {
  const element = validateElementString(text)
  if (!element.valid) return result(element.normalized, {}, element.errors)
  const value = (ai: string) => element.parts.pairs?.find((p) => p.ai === ai)?.value ?? ''
  const errors: CodeIssue[] = []
  if (!value('01')) errors.push(issue('pattern', { detail: 'a GS1 drug code needs (01) GTIN' }))
  // 一物一码: the code names one sales unit, so it must carry the unit's serial.
  if (!value('21')) errors.push(issue('pattern', { detail: 'a drug trace code names one sales unit and needs (21) serial' }))
  return result(element.normalized, { form: 'gs1', gtin: value('01'), serial: value('21'), lot: value('10'), expiry: value('17') }, errors)
}

function maCode(code: string): CodeResult<DrugCodeParts> {
  const match = MA_PATTERN.exec(code)
  if (!match) return invalid(code, issue('pattern', { detail: 'MA.156.M0.<company>.<product>[.S<serial>][.M<date>][.L<lot>][.E<expiry>][.C<check>]' }))
  const fields = new Map<string, string>()
  for (const segment of match[3].split('.').filter(Boolean)) fields.set(segment[0], segment.slice(1))
  return result(code, {
    form: 'ma', company: match[1], productCode: match[2], serial: fields.get('S') ?? '', productionDate: fields.get('M') ?? '',
    lot: fields.get('L') ?? '', expiry: fields.get('E') ?? '', check: fields.get('C') ?? '',
  }, [], [issue('check_not_public')])
}

export interface DrugApprovalParts { category: string; number: string }

/**
 * 药品批准文号 `国药准字` + letter (H 化学药, Z 中药, S 生物制品, J 进口分包装 …) + 8 digits [uncertain]: the layout is
 * not confirmed, so anything after `国药准字` that does not fit is a warning, not an error.
 */
export function validateDrugApprovalNumber(input: unknown): CodeResult<DrugApprovalParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  if (!code.startsWith('国药准字')) return invalid(code, issue('pattern', { detail: '国药准字 + letter + 8 digits' }))
  const match = /^国药准字([A-Z])(\d{8})$/.exec(code)
  if (!match) return result(code, {}, [], [issue('layout_variant', { detail: 'expected 国药准字 + letter + 8 digits' })])
  return result(code, { category: match[1], number: match[2] })
}
