/**
 * 特种设备, 气瓶 and 工业雷管 codes (cn-identifiers.md §7). None has a check character, several layouts coexist
 * in the field, and a code's real test is uniqueness in storage. Policy: what cannot be parsed at all is
 * rejected; a parseable code that departs from the layout is a warning, never a rejection, so existing
 * registrations can still be read.
 *
 *   设备代码 [secondary]  3110 10123 2019 00001     品种 (《特种设备目录》) + 制造单位代号 + year + serial (18)
 *   注册代码 (legacy)     3110 640105 201408 0025   class + GB/T 2260 region + YYYYMM + serial (20)
 *   使用登记证编号 (TSG 08-2017 附件A)  梯 11 宁 A 00001 (17)  category + 特征代号 + province + city letter + serial + (year)
 *   气瓶编号             opaque: no national layout (TSG 23-2021); unique per cylinder, never reused
 *   工业雷管 (GA 441-2003) [secondary]  53 6 03 15 A 00001  company + year digit + month + day + 特征号 + serial (13)
 */
import { findRegion } from '../regions.js'
import { isRealDate } from './calendar.js'
import { prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeIssue, type CodeResult } from './result.js'

export const EQUIPMENT_CODE_LENGTH = 18
export const EQUIPMENT_REGISTRATION_LENGTH = 20
export const DETONATOR_CODE_LENGTH = 13 // GA 441-2003 §5.1
export const GAS_CYLINDER_CODE_MAX = 64

/** A year in an equipment code outside this range is a misreading rather than an old boiler. */
const EARLIEST_EQUIPMENT_YEAR = 1950
const LATEST_EQUIPMENT_YEAR = 2099

export interface EquipmentCodeParts { varietyCode: string; manufacturerCode: string; year: string; serial: string }
export interface EquipmentRegistrationParts { classCode: string; regionCode: string; regionName: string; yearMonth: string; serial: string }

function digitsWithVariants(input: unknown, standard: number): { code: string; warnings: CodeIssue[] } | { failed: CodeResult<never> } {
  const prepared = prepareCode(input)
  if (!prepared.ok) return { failed: prepared.result }
  const code = prepared.text
  if (!/^\d+$/.test(code)) return { failed: invalid(code, issue('charset', { detail: 'digits only' })) }
  if (code.length < standard - 4 || code.length > standard + 4) return { failed: invalid(code, issue('length', { expected: standard, actual: code.length })) }
  return { code, warnings: code.length === standard ? [] : [issue('layout_variant', { detail: `${code.length} digits where the layout has ${standard}` })] }
}

export function validateEquipmentCode(input: unknown): CodeResult<EquipmentCodeParts> {
  const read = digitsWithVariants(input, EQUIPMENT_CODE_LENGTH)
  if ('failed' in read) return read.failed
  const { code, warnings } = read
  if (warnings.length > 0) return result(code, {}, [], warnings)
  const year = Number(code.slice(9, 13))
  if (year < EARLIEST_EQUIPMENT_YEAR || year > LATEST_EQUIPMENT_YEAR) warnings.push(issue('content_suspect', { detail: `positions 10–13 (${code.slice(9, 13)}) are not a year of manufacture` }))
  return result(code, { varietyCode: code.slice(0, 4), manufacturerCode: code.slice(4, 9), year: code.slice(9, 13), serial: code.slice(13) }, [], warnings)
}

export function validateEquipmentRegistrationCode(input: unknown): CodeResult<EquipmentRegistrationParts> {
  const read = digitsWithVariants(input, EQUIPMENT_REGISTRATION_LENGTH)
  if ('failed' in read) return read.failed
  const { code, warnings } = read
  if (warnings.length > 0) return result(code, {}, [], warnings)
  const regionCode = code.slice(4, 10)
  const region = findRegion(regionCode)
  if (!region) warnings.push(issue('region_unknown_or_retired', { code: regionCode }))
  const year = Number(code.slice(10, 14))
  const month = Number(code.slice(14, 16))
  if (year < EARLIEST_EQUIPMENT_YEAR || year > LATEST_EQUIPMENT_YEAR || month < 1 || month > 12) {
    warnings.push(issue('content_suspect', { detail: `positions 11–16 (${code.slice(10, 16)}) are not a YYYYMM registration month` }))
  }
  return result(code, { classCode: code.slice(0, 4), regionCode, regionName: region?.fullName ?? '', yearMonth: code.slice(10, 16), serial: code.slice(16) }, [], warnings)
}

/** TSG 08-2017 附件A: the category character of a 使用登记证编号. */
const CERTIFICATE_CATEGORIES: Record<string, string> = {
  锅: '锅炉', 容: '压力容器', 管: '压力管道', 瓶: '气瓶', 梯: '电梯', 起: '起重机械', 索: '客运索道', 游: '大型游乐设施', 车: '场（厂）内专用机动车辆',
}
/** 特征代号 of elevators (TSG 08-2017 附件A, cn-identifiers.md §7); other categories are not listed here. */
const ELEVATOR_FEATURES: Record<string, string> = {
  '11': '乘客电梯', '12': '载货电梯', '13': '载货电梯', '21': '液压乘客电梯', '22': '液压载货电梯', '31': '自动扶梯', '32': '自动人行道',
  '41': '防爆电梯', '42': '消防员电梯', '43': '杂物电梯',
}
const PROVINCE_ABBREVIATIONS = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新'
const CERTIFICATE_PATTERN = /^(\p{Script=Han})(\d{2})(\p{Script=Han})([A-Z]{1,2})(\d{5})\((\d{2})\)$/u

export interface UseCertificateParts { category: string; categoryName: string; featureCode: string; featureName: string; province: string; cityLetter: string; serial: string; year: string }

export function validateUseCertificateNumber(input: unknown): CodeResult<UseCertificateParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  const category = code[0]
  if (!CERTIFICATE_CATEGORIES[category]) return invalid(code, issue('pattern', { detail: `starts with a category character (${Object.keys(CERTIFICATE_CATEGORIES).join('')})` }))
  const match = CERTIFICATE_PATTERN.exec(code)
  if (!match) return result(code, { category, categoryName: CERTIFICATE_CATEGORIES[category] }, [], [issue('layout_variant', { detail: 'TSG 08-2017: category + 2 digits + province + city letter + 5 digits + (2-digit year)' })])
  const [, , featureCode, province, cityLetter, serial, year] = match
  const warnings: CodeIssue[] = []
  if (!PROVINCE_ABBREVIATIONS.includes(province)) warnings.push(issue('content_suspect', { detail: `${province} is not a province abbreviation` }))
  const featureName = category === '梯' ? ELEVATOR_FEATURES[featureCode] : undefined
  if (category === '梯' && !featureName) warnings.push(issue('content_suspect', { detail: `${featureCode} is not an elevator 特征代号` }))
  return result(code, { category, categoryName: CERTIFICATE_CATEGORIES[category], featureCode, featureName: featureName ?? '', province, cityLetter, serial, year }, [], warnings)
}

/**
 * 气瓶编号: no national layout, so any printable code is accepted as an opaque value; what makes one valid is
 * that storage has not bound it to another cylinder or filler, or to a scrapped one (DB4114/T 185-2023).
 */
export function validateGasCylinderCode(input: unknown): CodeResult<{ code: string }> {
  const prepared = prepareCode(input, { compact: false, upper: false, maxLength: GAS_CYLINDER_CODE_MAX })
  if (!prepared.ok) return prepared.result
  return result(prepared.text, { code: prepared.text })
}

/** GA 441-2003: the 特征号 is a digit or a letter other than C O S U V W X Z (too easily misread). */
const DETONATOR_PATTERN = /^(\d{2})(\d)(\d{2})(\d{2})([0-9ABD-NPQRTY])(\d{5})$/

export interface DetonatorParts { companyCode: string; yearDigit: string; month: string; day: string; featureCode: string; serial: string }

export function validateDetonatorCode(input: unknown): CodeResult<DetonatorParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  if (code.length !== DETONATOR_CODE_LENGTH) return invalid(code, issue('length', { expected: DETONATOR_CODE_LENGTH, actual: code.length }))
  const match = DETONATOR_PATTERN.exec(code)
  if (!match) return invalid(code, issue('pattern', { detail: '2-digit company + year digit + MMDD + 特征号 (digit or letter but C O S U V W X Z) + 5-digit serial' }))
  const [, companyCode, yearDigit, month, day, featureCode, serial] = match
  const warnings: CodeIssue[] = []
  if (companyCode === '00') warnings.push(issue('content_suspect', { detail: 'company code 00 (01–99 are issued)' }))
  // Any leap year stands in: the year digit alone does not say which decade.
  if (!isRealDate(2000, Number(month), Number(day))) warnings.push(issue('content_suspect', { detail: `month/day ${month}${day} is not a date` }))
  return result(code, { companyCode, yearDigit, month, day, featureCode, serial }, [], warnings)
}
