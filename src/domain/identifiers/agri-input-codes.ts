/**
 * 农资 codes (cn-identifiers.md §6). None carries a check digit: the layout is all that can be checked.
 *
 * 农药 (农业农村部公告第2579号, 2017): 32-digit 单元识别代码, often behind a trace URL in the QR code:
 *   1 type (1 PD 正式登记, 2 WP 卫生用, 3 临时) · 2–7 last six digits of the 登记证号 · 8 production
 *   (1 own, 2 委托加工, 3 委托分装) · 9–11 specification · 12–32 random.
 * 兽药 (农业部公告第2210号, 2016): 24 digits from the 国家兽药产品追溯系统: 1–8 application date YYYYMMDD ·
 *   9–13 company · 14–24 random. Whether the QR may carry a URL prefix is uncertain: the trailing 24 digits are read.
 * 种子 (农业部 2016-09-18 标签管理办法): one QR per minimum sales unit holding four lines in order:
 *   品种名称 / 生产经营者或进口商名称 / 单元识别代码 (≤ 20 characters) / 追溯网址.
 */
import { isYyyymmdd } from './calendar.js'
import { prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeIssue, type CodeResult } from './result.js'

export const PESTICIDE_CODE_LENGTH = 32 // 公告第2579号 附件
export const VET_DRUG_CODE_LENGTH = 24 // 公告第2210号
export const SEED_UNIT_CODE_MAX = 20 // 农作物种子标签和使用说明管理办法 第十八条

const PESTICIDE_TYPES: Record<string, string> = { '1': 'PD 正式登记', '2': 'WP 卫生用农药', '3': '临时登记' }
const PRODUCTION_TYPES: Record<string, string> = { '1': '自产', '2': '委托加工', '3': '委托分装' }

export interface PesticideParts {
  registrationType: string
  registrationTypeName: string
  registrationDigits: string
  productionType: string
  productionTypeName: string
  specificationCode: string
  random: string
}

/** The code itself, or the trailing run of `length` digits after a trace URL. */
function codeFromPayload(text: string, length: number): string {
  if (!/^https?:\/\//i.test(text)) return text
  const trailing = new RegExp(`(\\d{${length}})\\D*$`).exec(text)
  return trailing ? trailing[1] : text
}

function digits(input: unknown, length: number): { code: string } | { failed: CodeResult<never> } {
  const prepared = prepareCode(input, { upper: false })
  if (!prepared.ok) return { failed: prepared.result }
  const code = codeFromPayload(prepared.text, length)
  if (!/^\d+$/.test(code)) return { failed: invalid(code, issue('charset', { detail: 'digits only' })) }
  if (code.length !== length) return { failed: invalid(code, issue('length', { expected: length, actual: code.length })) }
  return { code }
}

/**
 * `registrationNumber` (e.g. `PD20181234`) is the product's 登记证号 when known: positions 2–7 must be its
 * last six digits, else a warning (the code may belong to another product).
 */
export function validatePesticideCode(input: unknown, context: { registrationNumber?: string } = {}): CodeResult<PesticideParts> {
  const read = digits(input, PESTICIDE_CODE_LENGTH)
  if ('failed' in read) return read.failed
  const { code } = read
  const errors: CodeIssue[] = []
  if (!PESTICIDE_TYPES[code[0]]) errors.push(issue('field_value', { field: 'position 1 (registration type)', value: code[0], allowed: '1, 2, 3' }))
  if (!PRODUCTION_TYPES[code[7]]) errors.push(issue('field_value', { field: 'position 8 (production type)', value: code[7], allowed: '1, 2, 3' }))
  const parts: PesticideParts = {
    registrationType: code[0],
    registrationTypeName: PESTICIDE_TYPES[code[0]] ?? '',
    registrationDigits: code.slice(1, 7),
    productionType: code[7],
    productionTypeName: PRODUCTION_TYPES[code[7]] ?? '',
    specificationCode: code.slice(8, 11),
    random: code.slice(11),
  }
  const warnings: CodeIssue[] = []
  const expected = context.registrationNumber?.replace(/\D/g, '').slice(-6)
  if (expected && expected.length === 6 && expected !== parts.registrationDigits) {
    warnings.push(issue('registration_mismatch', { actual: parts.registrationDigits, expected }))
  }
  return result(code, parts, errors, warnings)
}

export interface VetDrugParts { applicationDate: string; companyCode: string; random: string }

export function validateVetDrugCode(input: unknown): CodeResult<VetDrugParts> {
  const read = digits(input, VET_DRUG_CODE_LENGTH)
  if ('failed' in read) return read.failed
  const { code } = read
  const date = code.slice(0, 8)
  const warnings = isYyyymmdd(date) && date >= '20160101' ? [] : [issue('content_suspect', { detail: `positions 1–8 (${date}) are not an application date since 2016` })]
  return result(code, { applicationDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, companyCode: code.slice(8, 13), random: code.slice(13) }, [], warnings)
}

export interface SeedLabelParts { varietyName: string; producerName: string; unitCode: string; traceUrl: string }

const URL_LINE = /^https?:\/\/\S+$/i

export function validateSeedLabel(input: unknown): CodeResult<SeedLabelParts> {
  const prepared = prepareCode(input, { multiline: true, upper: false, maxLength: 2048 })
  if (!prepared.ok) return prepared.result
  const text = prepared.text
  const lines = text.split('\n').filter((line) => line.length > 0)
  if (lines.length !== 4) return invalid(text, issue('pattern', { detail: `four lines (品种名称 / 生产经营者 / 单元识别代码 / 追溯网址), not ${lines.length}` }))
  const [varietyName, producerName, unitCode, traceUrl] = lines
  const errors: CodeIssue[] = []
  if (!URL_LINE.test(traceUrl) || lines.slice(0, 3).some((line) => URL_LINE.test(line))) {
    errors.push(issue('pattern', { detail: 'the fourth line, and only it, is the trace URL' }))
  }
  if (unitCode.length > SEED_UNIT_CODE_MAX) errors.push(issue('length', { expected: `at most ${SEED_UNIT_CODE_MAX}`, actual: unitCode.length }))
  else if (!/^[\x21-\x7E]+$/.test(unitCode)) errors.push(issue('pattern', { detail: 'the third line is the unit code: letters, digits and signs, no spaces or Chinese' }))
  return result(lines.join('\n'), { varietyName, producerName, unitCode, traceUrl }, errors)
}
