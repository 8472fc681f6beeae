/**
 * Data elements that more than one category or stage uses, each defined once (a 交易凭证号 is the same
 * element at the slaughterhouse, the wholesale market and the retail stall). Category files reference
 * them with `required(…)` / `optional(…)` and define only what is theirs.
 */
import { FORMATS } from './formats.js'
import type { CodeListEntry, DataElement, OnInvalid, StepElement } from './types.js'

type ElementInput = Omit<DataElement, 'onInvalid'> & { onInvalid?: OnInvalid }

/** An element; its failure policy defaults to its format's (cn-identifiers.md), else reject. */
export function element(input: ElementInput): DataElement {
  return { ...input, onInvalid: input.onInvalid ?? (input.format ? FORMATS[input.format].onInvalid : 'reject') }
}

type StepOverrides = Partial<Pick<DataElement, 'source' | 'onInvalid' | 'zh' | 'en'>>

export function required(base: DataElement, overrides: StepOverrides = {}): StepElement {
  return { ...base, ...overrides, required: true }
}

export function optional(base: DataElement, overrides: StepOverrides = {}): StepElement {
  return { ...base, ...overrides, required: false }
}

// ---- code lists -------------------------------------------------------------------------------------

/**
 * Values as the pilot systems write them (the example: "testResult": "合格"); rapid tests at
 * markets (e.g. 瘦肉精 test strips) record 阴性/阳性 instead.
 */
export const TEST_RESULTS: readonly CodeListEntry[] = [
  { value: '合格', zh: '合格', en: 'Pass' },
  { value: '不合格', zh: '不合格', en: 'Fail' },
  { value: '阴性', zh: '阴性（未检出）', en: 'Negative (pass)' },
  { value: '阳性', zh: '阳性（检出）', en: 'Positive (fail)' },
]

// ---- parties (主体) ----------------------------------------------------------------------------------

const FOOD_LAW_50 = '食品安全法 §50'
const FOOD_LAW_51 = '食品安全法 §51'

export const supplierName = element({ key: 'supplierName', zh: '供货者名称', en: 'Supplier name', type: 'string', maxLength: 200, confidentiality: 'confidential', source: FOOD_LAW_50 })
export const supplierAddress = element({ key: 'supplierAddress', zh: '供货者地址', en: 'Supplier address', type: 'string', maxLength: 300, confidentiality: 'confidential', source: FOOD_LAW_50 })
/** A phone number may be a natural person's (a farmer, a stall holder): personal, masked outside the parties. */
export const supplierContact = element({ key: 'supplierContact', zh: '供货者联系方式', en: 'Supplier contact', type: 'string', maxLength: 100, confidentiality: 'personal', source: FOOD_LAW_50 })
export const supplierUscc = element({ key: 'supplierUscc', zh: '供货者统一社会信用代码', en: 'Supplier USCC', type: 'string', format: 'uscc', confidentiality: 'public', source: 'GB 32100-2015' })
export const supplierCode = element({ key: 'supplierCode', zh: '供货者经营者编码', en: 'Supplier operator code', type: 'string', format: 'meat_operator_code', confidentiality: 'public', source: 'pilot interface [secondary]' })

export const buyerName = element({ key: 'buyerName', zh: '购货者名称', en: 'Buyer name', type: 'string', maxLength: 200, confidentiality: 'confidential', source: FOOD_LAW_51 })
export const buyerAddress = element({ key: 'buyerAddress', zh: '购货者地址', en: 'Buyer address', type: 'string', maxLength: 300, confidentiality: 'confidential', source: FOOD_LAW_51 })
export const buyerContact = element({ key: 'buyerContact', zh: '购货者联系方式', en: 'Buyer contact', type: 'string', maxLength: 100, confidentiality: 'personal', source: FOOD_LAW_51 })
export const buyerUscc = element({ key: 'buyerUscc', zh: '购货者统一社会信用代码', en: 'Buyer USCC', type: 'string', format: 'uscc', confidentiality: 'public', source: 'GB 32100-2015' })

export const ownerName = element({ key: 'ownerName', zh: '货主名称', en: 'Owner name', type: 'string', maxLength: 200, confidentiality: 'confidential', source: '生猪屠宰管理条例 (2021)' })
export const ownerUscc = element({ key: 'ownerUscc', zh: '货主统一社会信用代码', en: 'Owner USCC', type: 'string', format: 'uscc', confidentiality: 'public', source: 'GB 32100-2015' })
export const manufacturerName = element({ key: 'manufacturerName', zh: '生产企业名称', en: 'Manufacturer name', type: 'string', maxLength: 200, confidentiality: 'public', source: '农药管理条例 (2017) §26' })
export const operatorName = element({ key: 'operatorName', zh: '操作人员', en: 'Operator', type: 'string', maxLength: 100, confidentiality: 'personal', source: 'TSG 07-2019' })
export const inspectorName = element({ key: 'inspectorName', zh: '检查人员', en: 'Inspector', type: 'string', maxLength: 100, confidentiality: 'personal', source: '特种设备安全法 (充装前后检查、记录)' })

// ---- documents (凭证与证明) ----------------------------------------------------------------------------

/** The link key from retail back to slaughter (categories.md §1: index 交易凭证号). */
export const tradeVoucherNo = element({ key: 'tradeVoucherNo', zh: '交易凭证号', en: 'Trade voucher number', type: 'string', format: 'trade_voucher', confidentiality: 'public', source: 'pilot interface [secondary]' })
export const inspectionCertificateNo = element({ key: 'inspectionCertificateNo', zh: '检验合格证号', en: 'Inspection certificate number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: FOOD_LAW_51 })
/** 动物产品检疫合格证明: issued at slaughter, the other link key of categories.md §1. */
export const quarantineCertificateNo = element({ key: 'quarantineCertificateNo', zh: '动物产品检疫合格证号', en: 'Animal product quarantine certificate number', type: 'string', format: 'quarantine_cert', confidentiality: 'public', source: '动物防疫法; 生猪屠宰管理条例 (2021)' })
/** 动物检疫合格证明 issued at the place of origin (产地检疫), carried by live animals to the slaughterhouse. */
export const originQuarantineCertificateNo = element({ key: 'originQuarantineCertificateNo', zh: '产地检疫证号（动物检疫合格证明）', en: 'Origin quarantine certificate number', type: 'string', format: 'quarantine_cert', confidentiality: 'public', source: '动物防疫法 [secondary]' })
export const meatQualityCertificateNo = element({ key: 'meatQualityCertificateNo', zh: '肉品品质检验合格证号', en: 'Meat quality inspection certificate number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: '生猪屠宰管理条例 (2021)' })
export const complianceCertificateNo = element({ key: 'complianceCertificateNo', zh: '承诺达标合格证编号', en: 'Compliance commitment certificate number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: '农产品质量安全法 (2022)' })
export const invoiceNo = element({ key: 'invoiceNo', zh: '发票号', en: 'Invoice number', type: 'string', format: 'text_identifier', confidentiality: 'confidential', source: '票据凭证 (食品安全法 §50: 保存相关凭证)' })
export const testReportNo = element({ key: 'testReportNo', zh: '检验报告编号', en: 'Test report number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: FOOD_LAW_51 })

// ---- the product and the lot ----------------------------------------------------------------------

export const productName = element({ key: 'productName', zh: '产品名称', en: 'Product name', type: 'string', maxLength: 200, confidentiality: 'public', source: FOOD_LAW_50 })
export const specification = element({ key: 'specification', zh: '规格', en: 'Specification', type: 'string', maxLength: 100, confidentiality: 'public', source: FOOD_LAW_50 })
export const productionDate = element({ key: 'productionDate', zh: '生产日期', en: 'Production date', type: 'date', confidentiality: 'public', source: FOOD_LAW_50 })
export const expiryDate = element({ key: 'expiryDate', zh: '有效期至', en: 'Expiry date', type: 'date', confidentiality: 'public', source: '药品信息化追溯体系建设导则 (2019)' })
export const shelfLifeDays = element({ key: 'shelfLifeDays', zh: '保质期（天）', en: 'Shelf life (days)', type: 'number', unit: 'DAY', integer: true, minimum: 0, confidentiality: 'public', source: FOOD_LAW_50 })
export const originRegion = element({ key: 'originRegion', zh: '产地（行政区划代码）', en: 'Origin (region code)', type: 'string', format: 'region', confidentiality: 'public', source: '农产品质量安全法 (2022)' })
export const headCount = element({ key: 'headCount', zh: '头（只）数', en: 'Head count', type: 'number', unit: 'H87', integer: true, minimum: 0, confidentiality: 'confidential', source: '生猪屠宰管理条例 (2021)' })
export const earTags = element({ key: 'earTags', zh: '畜禽标识（耳标）号', en: 'Ear tag numbers', type: 'string', format: 'ear_tag', many: true, confidentiality: 'public', source: '农业部令第67号' })
/** Money is integer fen (STYLE §3), never a float. */
export const unitPriceFen = element({ key: 'unitPriceFen', zh: '单价（分/计量单位）', en: 'Unit price (fen per unit)', type: 'number', integer: true, minimum: 0, confidentiality: 'confidential', source: 'pilot interface [secondary]' })
export const stallNo = element({ key: 'stallNo', zh: '摊位号', en: 'Stall number', type: 'string', maxLength: 50, confidentiality: 'public', source: '食品安全法 §65' })

// ---- tests and inspections ------------------------------------------------------------------------

export const testItem = element({ key: 'testItem', zh: '检测项目', en: 'Test item', type: 'string', maxLength: 200, confidentiality: 'public', source: '食品安全法 §64' })
export const testResult = element({ key: 'testResult', zh: '检测结果', en: 'Test result', type: 'code', codeList: TEST_RESULTS, confidentiality: 'public', source: '食品安全法 §64' })
export const nextInspectionDate = element({ key: 'nextInspectionDate', zh: '下次检验日期', en: 'Next inspection date', type: 'date', confidentiality: 'public', source: '特种设备安全法 §40' })

// ---- inputs (投入品) ---------------------------------------------------------------------------------

export const inputName = element({ key: 'inputName', zh: '投入品名称', en: 'Input name', type: 'string', maxLength: 200, confidentiality: 'public', source: '农产品质量安全法 (2022)' })
export const dosage = element({ key: 'dosage', zh: '用法用量', en: 'Dosage and method', type: 'string', maxLength: 200, confidentiality: 'public', source: '农产品质量安全法 (2022)' })
export const useTarget = element({ key: 'useTarget', zh: '防治对象', en: 'Target pest or disease', type: 'string', maxLength: 200, confidentiality: 'public', source: '农药管理条例 (2017)' })
