/**
 * 药品 (incl. 疫苗), categories.md §3: 药品信息化追溯体系建设导则 (2019). Codes are per sales packaging unit
 * and travel in the event's epcList; the data elements here are what the MAH, the distributor and the
 * pharmacy or hospital record beside them.
 */
import { element, expiryDate, invoiceNo, optional, productionDate, required } from '../elements.js'
import type { CategoryStandard, Step } from '../types.js'

const GUIDE = '药品信息化追溯体系建设导则 (2019)'
const USE_INTERFACE = `${GUIDE}; platform interface [secondary]`

const approvalNo = element({ key: 'approvalNo', zh: '药品批准文号', en: 'Drug approval number', type: 'string', format: 'drug_approval_no', confidentiality: 'public', source: GUIDE })
const drugIdentificationCode = element({ key: 'drugIdentificationCode', zh: '药品标识码', en: 'Drug identification code', type: 'string', maxLength: 20, confidentiality: 'public', source: 'NMPA 药品追溯码编码要求 (2019)' })
const standardCode = element({ key: 'standardCode', zh: '药品本位码', en: 'Drug standard code', type: 'string', maxLength: 20, confidentiality: 'public', source: '消费者查询基本数据集 [secondary]' })
const dosageForm = element({ key: 'dosageForm', zh: '剂型', en: 'Dosage form', type: 'string', maxLength: 50, confidentiality: 'public', source: '消费者查询基本数据集 [secondary]' })
const packagingRatio = element({ key: 'packagingRatio', zh: '包装比例', en: 'Packaging ratio', type: 'string', maxLength: 50, confidentiality: 'public', source: GUIDE })
const verificationResult = element({
  key: 'verificationResult', zh: '收货核验结果', en: 'Receipt verification result', type: 'code', confidentiality: 'confidential', source: GUIDE,
  codeList: [
    { value: 'matched', zh: '核验一致', en: 'Codes match the upstream data' },
    { value: 'mismatched', zh: '核验不一致', en: 'Codes do not match the upstream data' },
  ],
})
const billType = element({
  key: 'billType', zh: '单据类型', en: 'Bill type', type: 'code', confidentiality: 'confidential', source: USE_INTERFACE,
  codeList: [
    { value: '321', zh: '零售出库', en: 'Retail issue' },
    { value: '322', zh: '疫苗接种', en: 'Vaccination' },
    { value: '116', zh: '退货入库', en: 'Return receipt' },
  ],
})
const buyerIdType = element({ key: 'buyerIdType', zh: '购药人证件类型', en: "Buyer's ID type", type: 'string', maxLength: 20, confidentiality: 'personal', source: USE_INTERFACE })
const buyerIdNumber = element({ key: 'buyerIdNumber', zh: '购药人证件号码', en: "Buyer's ID number", type: 'string', maxLength: 50, confidentiality: 'personal', source: USE_INTERFACE })
const prescriber = element({ key: 'prescriber', zh: '处方医师', en: 'Prescriber', type: 'string', maxLength: 100, confidentiality: 'personal', source: USE_INTERFACE })
const dispenser = element({ key: 'dispenser', zh: '调配（发药）人员', en: 'Dispenser', type: 'string', maxLength: 100, confidentiality: 'personal', source: USE_INTERFACE })

/** Receive, verify against the upstream data and feed the result back (导则 2019): wholesale and use alike. */
const verifiedReceipt: Step = {
  code: 'receipt', zh: '收货核验', en: 'Receipt and verification', bizSteps: ['receiving'], source: GUIDE,
  elements: [required(verificationResult), optional(invoiceNo)],
}

const sale: Step = { code: 'sale', zh: '销售出库', en: 'Sale', bizSteps: ['shipping'], source: GUIDE, elements: [optional(invoiceNo)] }

export const DRUG: CategoryStandard = {
  category: 'drug',
  source: `${GUIDE}; 疫苗管理法 (2019) §10`,
  stages: [
    {
      code: 'mah', zh: '上市许可持有人/生产企业', en: 'Marketing authorisation holder / manufacturer',
      steps: [
        {
          code: 'coding', zh: '赋码', en: 'Coding', bizSteps: ['commissioning'], eventTypes: ['ObjectEvent'], source: GUIDE,
          elements: [
            required(approvalNo), required(productionDate, { source: GUIDE }), required(expiryDate), optional(drugIdentificationCode),
            optional(standardCode), optional(dosageForm),
          ],
        },
        {
          code: 'packing', zh: '包装关联', en: 'Packaging aggregation', bizSteps: ['packing'], eventTypes: ['AggregationEvent'], source: GUIDE,
          elements: [required(packagingRatio)],
        },
        sale,
      ],
    },
    {
      code: 'wholesale', zh: '经营企业', en: 'Distributor',
      steps: [verifiedReceipt, sale],
    },
    {
      code: 'use', zh: '使用单位（药店、医疗机构）', en: 'Pharmacy or hospital',
      steps: [
        verifiedReceipt,
        {
          code: 'dispensing', zh: '零售或发药', en: 'Sale or dispensing', bizSteps: ['retail_selling', 'dispensing'], source: USE_INTERFACE,
          elements: [required(billType), optional(buyerIdType), optional(buyerIdNumber), optional(prescriber), optional(dispenser)],
        },
      ],
    },
  ],
}
