/**
 * Named identifier formats of the data standard, in ONE map: an element with `format: 'uscc'` is checked
 * by FORMATS.uscc. Where src/domain/identifiers already has a validator, the entry calls it; where it does
 * not yet, the entry checks the shape that cn-identifiers.md gives and says so in `verification`
 * ('shape'), so that a full validator plugs in here later without touching the standard or the checker.
 *
 * Each check normalises first (cn-identifiers.md: trim, full-width → half-width, upper-case codes) and
 * returns hard `errors` (the rule is broken) and soft `warnings` (the rule cannot be fully verified). The
 * element's `onInvalid` decides what an error does; a warning always needs an override.
 */
import { normalizeGtin, isValidGln } from '../identifiers/gs1.js'
import { parseElementString } from '../identifiers/element-string.js'
import { compactCode, hasControlCharacter, toHalfWidth } from '../identifiers/normalize.js'
import { validateUscc } from '../identifiers/uscc.js'
import { isKnownRegion } from '../regions.js'
import type { OnInvalid } from './types.js'

export interface FormatResult {
  normalized: string
  errors: string[]
  warnings: string[]
}

export interface FormatDefinition {
  zh: string
  en: string
  /** full: every published rule is checked; shape: length and character classes only; presence: free text. */
  verification: 'full' | 'shape' | 'presence'
  /** The policy cn-identifiers.md gives for a broken rule; elements of this format default to it. */
  onInvalid: OnInvalid
  /** Shape of the normalised value, for readers of the published standard (the check below is authoritative). */
  pattern?: string
  source: string
  /** A value that passes the check (from cn-identifiers.md where it gives one). */
  example: string
  check: (raw: string) => FormatResult
}

/** Free-text identifiers with no public layout: present, printable, bounded. */
const MAX_TEXT_IDENTIFIER = 64

const ok = (normalized: string, warnings: string[] = []): FormatResult => ({ normalized, errors: [], warnings })
const bad = (normalized: string, error: string): FormatResult => ({ normalized, errors: [error], warnings: [] })
const code = (raw: string) => compactCode(raw).toUpperCase()

function shape(pattern: RegExp, rule: string, normalize: (raw: string) => string = code) {
  return (raw: string): FormatResult => {
    const normalized = normalize(raw)
    return pattern.test(normalized) ? ok(normalized) : bad(normalized, rule)
  }
}

function text(raw: string): FormatResult {
  const normalized = toHalfWidth(raw).trim()
  if (normalized === '' || normalized.length > MAX_TEXT_IDENTIFIER || hasControlCharacter(normalized)) {
    return bad(normalized, `must be 1–${MAX_TEXT_IDENTIFIER} printable characters`)
  }
  return ok(normalized)
}

function isYyyymmdd(digits: string): boolean {
  const year = Number(digits.slice(0, 4)), month = Number(digits.slice(4, 6)), day = Number(digits.slice(6, 8))
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The identifier validators report problems in more than one shape while they are being extended
 * (`reason`/`warning` today, `errors`/`warnings` lists next); this reads either.
 */
interface ValidatorResult {
  valid: boolean
  normalized?: string
  reason?: string
  warning?: string
  errors?: readonly unknown[]
  warnings?: readonly unknown[]
}

function fromValidator(raw: string, result: ValidatorResult): FormatResult {
  const say = (entry: unknown): string => {
    if (typeof entry === 'string') return entry
    if (entry && typeof entry === 'object') {
      const record = entry as Record<string, unknown>
      for (const field of ['detail', 'message', 'reason', 'code']) if (typeof record[field] === 'string') return record[field] as string
    }
    return String(entry)
  }
  const errors = result.errors ? result.errors.map(say) : []
  if (!result.valid && errors.length === 0) errors.push(result.reason ?? 'invalid')
  const warnings = result.warnings ? result.warnings.map(say) : result.warning ? [result.warning] : []
  return { normalized: result.normalized ?? code(raw), errors, warnings }
}

const CAS_PATTERN = /^(\d{2,7})-(\d{2})-(\d)$/

/** CAS registry number: body digits weighted 1, 2, 3 … from the right, Σ mod 10 (cn-identifiers.md §8). */
function checkCas(raw: string): FormatResult {
  const normalized = toHalfWidth(raw).trim()
  const match = CAS_PATTERN.exec(normalized)
  if (!match) return bad(normalized, 'must look like 7664-93-9')
  const body = match[1] + match[2]
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i + 1)
  return sum % 10 === Number(match[3]) ? ok(normalized) : bad(normalized, `check digit should be ${sum % 10}`)
}

/** 兽药 QR payload: the trailing 24 digits are the code (a URL prefix may precede them [uncertain]). */
function checkVetDrugCode(raw: string): FormatResult {
  const trimmed = toHalfWidth(raw).trim()
  const normalized = /(\d{24})$/.exec(trimmed)?.[1] ?? compactCode(trimmed)
  if (!/^\d{24}$/.test(normalized) || /\d{25}$/.test(trimmed)) return bad(normalized, 'must end in exactly 24 digits')
  return isYyyymmdd(normalized.slice(0, 8)) ? ok(normalized) : ok(normalized, ['positions 1–8 are not an application date YYYYMMDD'])
}

/** 畜禽标识: species (1 pig, 2 cattle, 3 sheep/goat) + 6-digit county + 8-digit serial (农业部令第67号). */
function checkEarTag(raw: string): FormatResult {
  const normalized = code(raw)
  if (!/^[123]\d{14}$/.test(normalized)) return bad(normalized, 'must be 15 digits starting with 1, 2 or 3')
  return isKnownRegion(normalized.slice(1, 7)) ? ok(normalized) : ok(normalized, ['positions 2–7 are not a known GB/T 2260 county'])
}

/** 工业雷管 (GA 441-2003) [secondary]: company 2 + year 1 + month 2 + day 2 + feature 1 + serial 5. */
function checkDetonatorCode(raw: string): FormatResult {
  const normalized = code(raw)
  if (!/^\d{7}[0-9A-Z]\d{5}$/.test(normalized)) return bad(normalized, 'must be 13 characters: 7 digits, a digit or letter, 5 digits')
  const month = Number(normalized.slice(3, 5)), day = Number(normalized.slice(5, 7))
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ok(normalized) : ok(normalized, ['positions 4–7 are not a month and day'])
}

function checkDrugTraceCode(raw: string): FormatResult {
  const trimmed = toHalfWidth(raw).trim()
  if (trimmed.startsWith('(') || trimmed.startsWith(']')) {
    const parsed = parseElementString(trimmed)
    return 'error' in parsed ? bad(trimmed, parsed.error) : ok(parsed.key)
  }
  if (/^MA\./i.test(trimmed)) return ok(trimmed)
  return shape(/^[0-9A-Z]{20}$/, 'must be 20 characters, a GS1 element string or an MA code')(trimmed)
}

export const FORMATS = {
  uscc: {
    zh: '统一社会信用代码', en: 'Unified social credit code', verification: 'full', onInvalid: 'reject',
    pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$', source: 'GB 32100-2015',
    example: '91350100M000100Y43', check: (raw) => fromValidator(raw, validateUscc(raw)),
  },
  // Shape until the GB 11643 validator (ISO 7064 MOD 11-2, birth date) lands in src/domain/identifiers.
  id_card: {
    zh: '居民身份证号码', en: 'Resident identity card number', verification: 'shape', onInvalid: 'reject',
    pattern: '^\\d{17}[\\dX]$', source: 'GB 11643-1999', example: '11010519491231002X', check: shape(/^\d{17}[\dX]$/, 'must be 17 digits followed by a digit or X'),
  },
  region: {
    zh: '行政区划代码', en: 'Administrative region code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{6}$', source: 'GB/T 2260',
    example: '110108', check: (raw) => {
      const result = shape(/^\d{6}$/, 'must be 6 digits')(raw)
      if (result.errors.length === 0 && !isKnownRegion(result.normalized)) result.warnings.push('not in the GB/T 2260 table')
      return result
    },
  },
  gtin: {
    zh: '商品条码（GTIN）', en: 'GTIN', verification: 'full', onInvalid: 'reject', pattern: '^(\\d{8}|\\d{12,14})$', source: 'GB 12904',
    example: '06901234567892', check: (raw) => {
      const normalized = code(raw)
      const gtin = normalizeGtin(normalized)
      return gtin ? ok(gtin) : bad(normalized, 'must be 8, 12, 13 or 14 digits with a valid GS1 check digit')
    },
  },
  gln: {
    zh: '全球位置码（GLN）', en: 'GLN', verification: 'full', onInvalid: 'reject', pattern: '^\\d{13}$', source: 'GB 12904',
    example: '6901234000016', check: (raw) => {
      const normalized = code(raw)
      return isValidGln(normalized) ? ok(normalized) : bad(normalized, 'must be 13 digits with a valid GS1 check digit')
    },
  },
  ear_tag: {
    zh: '畜禽标识编码', en: 'Livestock ear tag number', verification: 'full', onInvalid: 'reject', pattern: '^[123]\\d{14}$',
    source: '农业部令第67号', example: '144090000001234', check: checkEarTag,
  },
  quarantine_cert: {
    zh: '检疫证明编号', en: 'Quarantine certificate number', verification: 'presence', onInvalid: 'reject',
    source: '动物防疫法 (no public number layout)', example: '4400123456', check: text,
  },
  trade_voucher: {
    zh: '交易凭证号', en: 'Trade voucher number', verification: 'presence', onInvalid: 'reject',
    source: 'pilot interface [secondary] (no public layout; a separate identifier space, GB/T 38155-2019)', example: 'T2025031500042', check: text,
  },
  text_identifier: {
    zh: '证书或单据编号', en: 'Certificate or document number', verification: 'presence', onInvalid: 'reject',
    source: 'no public layout', example: 'HG-2026-0001', check: text,
  },
  // 肉菜 codes: shape until the SB/T 10680 content checks (area prefix, date part → warn) land.
  meat_node_code: {
    zh: '肉菜追溯节点编码', en: 'Meat and vegetable trace node code', verification: 'shape', onInvalid: 'reject', pattern: '^\\d{9}$',
    source: 'SB/T 10680-2012 [secondary]', example: '440900001', check: shape(/^\d{9}$/, 'must be 9 digits'),
  },
  meat_operator_code: {
    zh: '肉菜经营者编码', en: 'Meat and vegetable operator code', verification: 'shape', onInvalid: 'reject', pattern: '^\\d{13}$',
    source: 'SB/T 10680-2012 [secondary]', example: '4409000010001', check: shape(/^\d{13}$/, 'must be 13 digits'),
  },
  meat_trace_code: {
    zh: '肉菜追溯码', en: 'Meat and vegetable trace code', verification: 'shape', onInvalid: 'reject', pattern: '^\\d{20}$',
    source: 'SB/T 10680-2012 [secondary]', example: '44090000125031500042', check: shape(/^\d{20}$/, 'must be 20 digits'),
  },
  drug_trace_code: {
    zh: '药品追溯码', en: 'Drug trace code', verification: 'shape', onInvalid: 'reject', pattern: '^[0-9A-Z]{20}$',
    source: 'NMPA 药品追溯码编码要求 (2019)', example: '81000001234567890123', check: checkDrugTraceCode,
  },
  drug_approval_no: {
    zh: '药品批准文号', en: 'Drug approval number', verification: 'shape', onInvalid: 'warn', pattern: '^国药准字[A-Z]\\d{8}$',
    source: 'NMPA [uncertain]', example: '国药准字H20000001', check: shape(/^国药准字[A-Z]\d{8}$/, 'expected 国药准字 + a letter + 8 digits'),
  },
  pesticide_code: {
    zh: '农药追溯单元识别代码', en: 'Pesticide unit identification code', verification: 'shape', onInvalid: 'reject',
    pattern: '^[123]\\d{6}[123]\\d{24}$', source: '农业部公告第2579号', example: '11812341001384756102938475610293', check: shape(/^[123]\d{6}[123]\d{24}$/, 'must be 32 digits: type 1–3, 6 registration digits, production type 1–3, 24 digits'),
  },
  vet_drug_code: {
    zh: '兽药产品追溯码', en: 'Veterinary drug trace code', verification: 'full', onInvalid: 'reject', pattern: '^\\d{24}$',
    source: '农业部公告第2210号', example: '201903151234598765432101', check: checkVetDrugCode,
  },
  seed_unit_code: {
    zh: '种子单元识别代码', en: 'Seed unit identification code', verification: 'full', onInvalid: 'reject', pattern: '^.{1,20}$',
    source: '农业部 种子标签二维码 (2016-09-18)',
    example: 'A1234567890', check: (raw) => {
      const normalized = toHalfWidth(raw).trim()
      return normalized.length >= 1 && normalized.length <= 20 ? ok(normalized) : bad(normalized, 'must be 1–20 characters')
    },
  },
  // Several equipment schemes coexist (cn-identifiers.md §7): never reject, warn on an unknown shape.
  equipment_code: {
    zh: '特种设备代码或注册代码', en: 'Special equipment code or registration code', verification: 'shape', onInvalid: 'warn',
    pattern: '^(\\d{18}|\\d{20})$', source: 'TSG 08-2017 [secondary]', example: '215010123201900001', check: shape(/^(\d{18}|\d{20})$/, 'expected an 18-digit 设备代码 or a 20-digit 注册代码'),
  },
  // Opaque: uniqueness (never reused after scrapping) is checked against stored codes, not here.
  cylinder_code: {
    zh: '气瓶编号', en: 'Gas cylinder number', verification: 'presence', onInvalid: 'reject', source: 'DB4114/T 185-2023; TSG 23-2021', example: 'GD-LPG-000123', check: text,
  },
  detonator_code: {
    zh: '工业雷管编码', en: 'Industrial detonator code', verification: 'shape', onInvalid: 'reject', pattern: '^\\d{7}[0-9A-Z]\\d{5}$',
    source: 'GA 441-2003 [secondary]', example: '5360315A00001', check: checkDetonatorCode,
  },
  // The check algorithm of the SC number is not public: shape only, so a bad shape is a warning.
  sc_licence: {
    zh: '食品生产许可证编号', en: 'Food production licence number (SC)', verification: 'shape', onInvalid: 'warn', pattern: '^SC\\d{14}$',
    source: '食品生产许可管理办法', example: 'SC10644010600011', check: shape(/^SC\d{14}$/, 'expected SC + 14 digits'),
  },
  cas: {
    zh: 'CAS 登记号', en: 'CAS registry number', verification: 'full', onInvalid: 'reject', pattern: '^\\d{2,7}-\\d{2}-\\d$',
    source: '危险化学品目录', example: '7664-93-9', check: checkCas,
  },
  customs_declaration_no: {
    zh: '报关单号', en: 'Customs declaration number', verification: 'shape', onInvalid: 'warn', pattern: '^\\d{18}$',
    source: 'customs practice [uncertain: 18 digits]', example: '530120261000012345', check: shape(/^\d{18}$/, 'expected 18 digits'),
  },
  country: {
    zh: '国家或地区代码', en: 'Country or region code', verification: 'shape', onInvalid: 'reject', pattern: '^[A-Z]{2}$',
    source: 'ISO 3166-1 alpha-2', example: 'FR', check: shape(/^[A-Z]{2}$/, 'expected a two-letter ISO 3166-1 code such as FR'),
  },
} as const satisfies Record<string, FormatDefinition>

export type FormatName = keyof typeof FORMATS
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[]

export function formatOf(name: FormatName): FormatDefinition {
  return FORMATS[name]
}
