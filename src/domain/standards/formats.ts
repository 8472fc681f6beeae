/**
 * Named identifier formats of the data standard, in ONE map: an element with `format: 'uscc'` is checked
 * by FORMATS.uscc. Each entry calls the scheme's validator in src/domain/identifiers; the few identifiers
 * with no public layout (certificate numbers, vouchers) are checked for presence and length only, and
 * `verification` says so. A new scheme plugs in here without touching the standard or the checker.
 *
 * A check normalises first (cn-identifiers.md: trim, full-width → half-width, upper-case codes) and
 * returns hard `errors` (the rule is broken) and soft `warnings` (the rule cannot be fully verified, or the
 * content looks wrong). The element's `onInvalid` decides what an error does; a warning always needs an
 * override (cn-identifiers.md failure policy: "warn + override").
 */
import { validateVetDrugCode, validatePesticideCode, SEED_UNIT_CODE_MAX } from '../identifiers/agri-input-codes.js'
import { validateCas } from '../identifiers/cas.js'
import { validateDrugApprovalNumber, validateDrugCode } from '../identifiers/drug-code.js'
import {
  EQUIPMENT_REGISTRATION_LENGTH, validateDetonatorCode, validateEquipmentCode, validateEquipmentRegistrationCode, validateGasCylinderCode,
  validateUseCertificateNumber,
} from '../identifiers/equipment-codes.js'
import { validateGln, validateGtin } from '../identifiers/gs1-keys.js'
import { validateIdCard } from '../identifiers/id-card.js'
import { validateLivestockTag } from '../identifiers/livestock-tag.js'
import { validateMeatNodeCode, validateMeatOperatorCode, validateMeatTraceCode } from '../identifiers/meat-codes.js'
import { prepareCode } from '../identifiers/normalize.js'
import { validateRegionCode } from '../identifiers/region-code.js'
import { issue, renderIssue, type CodeIssue, type CodeResult, type IssueCode } from '../identifiers/result.js'
import { validateScLicence } from '../identifiers/sc-licence.js'
import { validateUscc } from '../identifiers/uscc.js'

/** What capture does with a value that breaks a rule: `reject` (422) or `warn` (accepted only with zs:override). */
export type OnInvalid = 'reject' | 'warn'

/** A rule a value broke, in both languages. */
export interface Rule {
  zh: string
  en: string
}

export interface FormatResult {
  normalized: string
  errors: Rule[]
  warnings: Rule[]
}

export interface FormatDefinition {
  zh: string
  en: string
  /** full: every published rule is checked; shape: the layout only (no public check); presence: free text. */
  verification: 'full' | 'shape' | 'presence'
  /** The policy cn-identifiers.md gives for a broken rule; elements of this format default to it. */
  onInvalid: OnInvalid
  /** Shape of the normalised value, for readers of the published standard (the check is authoritative). */
  pattern?: string
  source: string
  /** A value that passes the check (from cn-identifiers.md where it gives one). */
  example: string
  check: (raw: string) => FormatResult
}

/**
 * A note about the scheme rather than the value ("the check algorithm is not public, verify by look-up"):
 * every value of the scheme would carry it, so it cannot ask for an override.
 */
const SCHEME_NOTES = new Set<IssueCode>(['check_not_public'])
/** Identifiers with no public layout: present, printable, bounded. */
const MAX_TEXT_IDENTIFIER = 64

const rule = (item: CodeIssue): Rule => ({ zh: renderIssue(item, 'zh'), en: renderIssue(item, 'en') })

function fromResult(result: CodeResult<object>): FormatResult {
  return {
    normalized: result.normalized,
    errors: result.errors.map(rule),
    warnings: result.warnings.filter((w) => !SCHEME_NOTES.has(w.code)).map(rule),
  }
}

const via = (validate: (input: unknown) => CodeResult<object>) => (raw: string) => fromResult(validate(raw))

function bounded(maxLength: number, extra?: { pattern: RegExp; detail: string; upper?: boolean }) {
  return (raw: string): FormatResult => {
    const prepared = prepareCode(raw, { compact: false, upper: extra?.upper ?? false, maxLength })
    if (!prepared.ok) return fromResult(prepared.result)
    const text = prepared.text
    const errors = extra && !extra.pattern.test(text) ? [rule(issue('pattern', { detail: extra.detail }))] : []
    return { normalized: text, errors, warnings: [] }
  }
}

/** 设备代码 (18) and legacy 注册代码 (20) coexist on elevators; the longer shapes are registration codes. */
function checkEquipmentCode(raw: string): FormatResult {
  const prepared = prepareCode(raw)
  const long = prepared.ok && prepared.text.length >= EQUIPMENT_REGISTRATION_LENGTH - 1
  return fromResult(long ? validateEquipmentRegistrationCode(raw) : validateEquipmentCode(raw))
}

export const FORMATS = {
  uscc: {
    zh: '统一社会信用代码', en: 'Unified social credit code', verification: 'full', onInvalid: 'reject',
    pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$', source: 'GB 32100-2015', example: '91350100M000100Y43', check: via(validateUscc),
  },
  id_card: {
    zh: '居民身份证号码', en: 'Resident identity card number', verification: 'full', onInvalid: 'reject', pattern: '^\\d{17}[\\dX]$',
    source: 'GB 11643-1999', example: '11010519491231002X', check: via(validateIdCard),
  },
  region: {
    zh: '行政区划代码', en: 'Administrative region code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{6}$', source: 'GB/T 2260',
    example: '110108', check: via(validateRegionCode),
  },
  gtin: {
    zh: '商品条码（GTIN）', en: 'GTIN', verification: 'full', onInvalid: 'reject', pattern: '^(\\d{8}|\\d{12,14})$', source: 'GB 12904',
    example: '06901234567892', check: via(validateGtin),
  },
  gln: {
    zh: '全球位置码（GLN）', en: 'GLN', verification: 'full', onInvalid: 'reject', pattern: '^\\d{13}$', source: 'GB 12904',
    example: '6901234000016', check: via(validateGln),
  },
  ear_tag: {
    zh: '畜禽标识编码', en: 'Livestock ear tag number', verification: 'full', onInvalid: 'reject', pattern: '^[123]\\d{14}$',
    source: '农业部令第67号', example: '144090000001234', check: via(validateLivestockTag),
  },
  quarantine_cert: {
    zh: '检疫证明编号', en: 'Quarantine certificate number', verification: 'presence', onInvalid: 'reject',
    source: '动物防疫法 (no public number layout)', example: '4400123456', check: bounded(MAX_TEXT_IDENTIFIER),
  },
  trade_voucher: {
    zh: '交易凭证号', en: 'Trade voucher number', verification: 'presence', onInvalid: 'reject',
    source: 'pilot interface [secondary] (no public layout; a separate identifier space, GB/T 38155-2019)', example: 'T2025031500042',
    check: bounded(MAX_TEXT_IDENTIFIER),
  },
  text_identifier: {
    zh: '证书或单据编号', en: 'Certificate or document number', verification: 'presence', onInvalid: 'reject',
    source: 'no public layout', example: 'HG-2026-0001', check: bounded(MAX_TEXT_IDENTIFIER),
  },
  meat_node_code: {
    zh: '肉菜追溯节点编码', en: 'Meat and vegetable trace node code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{9}$',
    source: 'SB/T 10680-2012 [secondary]', example: '440900001', check: via(validateMeatNodeCode),
  },
  meat_operator_code: {
    zh: '肉菜经营者编码', en: 'Meat and vegetable operator code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{13}$',
    source: 'SB/T 10680-2012 [secondary]', example: '4409000010001', check: via(validateMeatOperatorCode),
  },
  meat_trace_code: {
    zh: '肉菜追溯码', en: 'Meat and vegetable trace code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{20}$',
    source: 'SB/T 10680-2012 [secondary]', example: '44090000125031500042', check: via(validateMeatTraceCode),
  },
  // The check positions are not public: the layout is checked here, authenticity by look-up.
  drug_trace_code: {
    zh: '药品追溯码', en: 'Drug trace code', verification: 'shape', onInvalid: 'reject', pattern: '^[0-9A-Z]{20}$',
    source: 'NMPA 药品追溯码编码要求 (2019)', example: '81000001234567890123', check: via(validateDrugCode),
  },
  drug_approval_no: {
    zh: '药品批准文号', en: 'Drug approval number', verification: 'shape', onInvalid: 'warn', pattern: '^国药准字[A-Z]\\d{8}$',
    source: 'NMPA [uncertain]', example: '国药准字H20000001', check: via(validateDrugApprovalNumber),
  },
  pesticide_code: {
    zh: '农药追溯单元识别代码', en: 'Pesticide unit identification code', verification: 'full', onInvalid: 'reject',
    pattern: '^[123]\\d{6}[123]\\d{24}$', source: '农业部公告第2579号', example: '11812341001384756102938475610293', check: via(validatePesticideCode),
  },
  vet_drug_code: {
    zh: '兽药产品追溯码', en: 'Veterinary drug trace code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{24}$',
    source: '农业部公告第2210号', example: '201903151234598765432101', check: via(validateVetDrugCode),
  },
  seed_unit_code: {
    zh: '种子单元识别代码', en: 'Seed unit identification code', verification: 'full', onInvalid: 'reject', pattern: `^[\\x21-\\x7E]{1,${SEED_UNIT_CODE_MAX}}$`,
    source: '农作物种子标签和使用说明管理办法 第十八条', example: 'A1234567890',
    check: bounded(SEED_UNIT_CODE_MAX, { pattern: /^[\x21-\x7E]+$/, detail: 'letters, digits and signs, no spaces or Chinese' }),
  },
  // Several equipment schemes coexist (cn-identifiers.md §7): never reject, warn on an unknown shape.
  equipment_code: {
    zh: '特种设备代码或注册代码', en: 'Special equipment code or registration code', verification: 'shape', onInvalid: 'warn',
    pattern: '^(\\d{18}|\\d{20})$', source: 'TSG 08-2017 [secondary]', example: '215010123201900001', check: checkEquipmentCode,
  },
  use_certificate: {
    zh: '特种设备使用登记证编号', en: 'Special equipment use registration certificate number', verification: 'shape', onInvalid: 'warn',
    source: 'TSG 08-2017 附件A', example: '梯11宁A00001(17)', check: via(validateUseCertificateNumber),
  },
  // Opaque: uniqueness (never reused after scrapping) is checked against stored codes, not here.
  cylinder_code: {
    zh: '气瓶编号', en: 'Gas cylinder number', verification: 'presence', onInvalid: 'reject', source: 'DB4114/T 185-2023; TSG 23-2021',
    example: 'GD-LPG-000123', check: via(validateGasCylinderCode),
  },
  detonator_code: {
    zh: '工业雷管编码', en: 'Industrial detonator code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{7}[0-9ABD-NPQRTY]\\d{5}$',
    source: 'GA 441-2003 [secondary]', example: '5360315A00001', check: via(validateDetonatorCode),
  },
  // The check algorithm of the SC number is not public: shape only, so a bad shape is a warning.
  sc_licence: {
    zh: '食品生产许可证编号', en: 'Food production licence number (SC)', verification: 'shape', onInvalid: 'warn', pattern: '^SC\\d{14}$',
    source: '食品生产许可管理办法', example: 'SC10644010600011', check: via(validateScLicence),
  },
  cas: {
    zh: 'CAS 登记号', en: 'CAS registry number', verification: 'full', onInvalid: 'reject', pattern: '^\\d{2,7}-\\d{2}-\\d$',
    source: '危险化学品目录', example: '7664-93-9', check: via(validateCas),
  },
  customs_declaration_no: {
    zh: '报关单号', en: 'Customs declaration number', verification: 'shape', onInvalid: 'warn', pattern: '^\\d{18}$',
    source: 'customs practice [uncertain: 18 digits]', example: '530120261000012345',
    check: bounded(MAX_TEXT_IDENTIFIER, { pattern: /^\d{18}$/, detail: '18 digits' }),
  },
  country: {
    zh: '国家或地区代码', en: 'Country or region code', verification: 'shape', onInvalid: 'reject', pattern: '^[A-Z]{2}$',
    source: 'ISO 3166-1 alpha-2', example: 'FR', check: bounded(2, { pattern: /^[A-Z]{2}$/, detail: 'two letters, ISO 3166-1 alpha-2 (e.g. FR)', upper: true }),
  },
} as const satisfies Record<string, FormatDefinition>

export type FormatName = keyof typeof FORMATS
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[]
