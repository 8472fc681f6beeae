/**
 * 食品 (incl. 婴幼儿配方乳粉, 酒类), categories.md §2: 食品安全法 §50 (intake), §51 (release), §53 (trade).
 * Name, specification and lot come from the event's codes and the registered product; what the law asks
 * beyond them is here.
 */
import {
  buyerAddress, buyerContact, buyerName, buyerUscc, element, inspectionCertificateNo, invoiceNo, optional, productName,
  productionDate, required, shelfLifeDays, specification, supplierAddress, supplierContact, supplierName, supplierUscc,
  testReportNo, testResult,
} from '../elements.js'
import type { CategoryStandard, Stage, StepElement } from '../types.js'

const INTAKE_LAW = '食品安全法 §50'
const RELEASE_LAW = '食品安全法 §51'
const TRADE_LAW = '食品安全法 §53'

const scLicenceNo = element({ key: 'scLicenceNo', zh: '食品生产许可证编号', en: 'Food production licence number', type: 'string', format: 'sc_licence', confidentiality: 'public', source: '食品生产许可管理办法' })
const processRecord = element({ key: 'processRecord', zh: '生产过程记录', en: 'Process record', type: 'string', maxLength: 1000, confidentiality: 'confidential', source: '食品安全法 §46' })

/** §50 ¶1 and, by reference, §53 ¶1: the supplier's name, address and contact, with the vouchers. */
export const supplierRecord = (source: string): StepElement[] => [
  required(supplierName, { source }), required(supplierAddress, { source }), required(supplierContact, { source }),
  optional(supplierUscc), optional(productionDate), optional(shelfLifeDays), optional(invoiceNo),
]

/** §51 (release) and §53 ¶3 (wholesale sales records): the buyer's name, address and contact. */
export const buyerRecord = (source: string): StepElement[] => [
  required(buyerName, { source }), required(buyerAddress, { source }), required(buyerContact, { source }), optional(buyerUscc),
]

/** Wholesale and retail of food (§53); imports follow it after the importer (categories.md §8). */
export const FOOD_DISTRIBUTION: Stage = {
  code: 'distribution', zh: '批发零售', en: 'Wholesale and retail',
  steps: [
    {
      code: 'purchase_check', zh: '进货查验', en: 'Purchase check', bizSteps: ['receiving'], source: TRADE_LAW,
      elements: [...supplierRecord(TRADE_LAW), optional(inspectionCertificateNo)],
    },
    {
      code: 'wholesale_sale', zh: '批发销售', en: 'Wholesale sale', bizSteps: ['shipping'], source: TRADE_LAW,
      elements: [...buyerRecord(TRADE_LAW), optional(productionDate), optional(shelfLifeDays)],
    },
    { code: 'retail_sale', zh: '零售', en: 'Retail sale', bizSteps: ['retail_selling'], source: TRADE_LAW, elements: [] },
  ],
}

export const FOOD: CategoryStandard = {
  category: 'food',
  source: '食品安全法 §42 (traceability system); 国办发〔2015〕95号',
  stages: [
    {
      code: 'intake', zh: '原料进货', en: 'Raw material intake',
      steps: [
        {
          code: 'intake_check', zh: '进货查验记录', en: 'Intake record', bizSteps: ['receiving'], source: INTAKE_LAW,
          elements: [...supplierRecord(INTAKE_LAW), optional(productName), optional(specification), optional(inspectionCertificateNo)],
        },
      ],
    },
    {
      code: 'production', zh: '生产加工', en: 'Production',
      steps: [
        {
          code: 'production', zh: '生产', en: 'Production', bizSteps: ['commissioning', 'processing'], eventTypes: ['ObjectEvent', 'TransformationEvent'],
          source: '食品生产许可管理办法; 食品安全法 §46',
          elements: [required(scLicenceNo), optional(processRecord), optional(productionDate), optional(shelfLifeDays)],
        },
      ],
    },
    {
      code: 'release', zh: '出厂', en: 'Release',
      steps: [
        {
          // §81: infant formula is tested batch by batch before release; the record is the same for all food.
          code: 'release_inspection', zh: '出厂检验', en: 'Release inspection', bizSteps: ['inspecting'], source: `${RELEASE_LAW}; §81`,
          elements: [required(testResult, { source: RELEASE_LAW }), required(inspectionCertificateNo), optional(testReportNo)],
        },
        {
          code: 'release_sale', zh: '出厂销售', en: 'Sale on release', bizSteps: ['shipping'], source: RELEASE_LAW,
          elements: [required(inspectionCertificateNo), ...buyerRecord(RELEASE_LAW), optional(productionDate), optional(shelfLifeDays)],
        },
      ],
    },
    FOOD_DISTRIBUTION,
  ],
}
