/**
 * 农业生产资料 (农药, 兽药, 种子, 饲料; 化肥 has no national trace rule), categories.md §4. Each input kind is
 * a stage, so a dealer's receiving event names its kind in `zs:stage` (pesticide, vet_drug, seed, feed).
 */
import {
  buyerContact, buyerName, dosage, element, manufacturerName, optional, originRegion, required, specification, supplierContact,
  supplierName, useTarget,
} from '../elements.js'
import type { CategoryStandard } from '../types.js'

const PESTICIDE_RULES = '农药管理条例 (2017)'
const PESTICIDE_PURCHASE = `${PESTICIDE_RULES} §26`
const PESTICIDE_SALE = `${PESTICIDE_RULES} §27`
const VET_DRUG_RULE = '农业部公告第2210号'
const SEED_LAW = '种子法; 农业部 种子标签二维码 (2016-09-18)'
const FEED_RULES = '饲料和饲料添加剂管理条例'

const pesticideRegistrationNo = element({ key: 'pesticideRegistrationNo', zh: '农药登记证号', en: 'Pesticide registration number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: PESTICIDE_PURCHASE })
const pesticideLicenceNo = element({ key: 'pesticideLicenceNo', zh: '农药生产许可证号', en: 'Pesticide production licence number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: PESTICIDE_PURCHASE })
const pesticideCodes = element({ key: 'pesticideCodes', zh: '农药追溯码（单元识别代码）', en: 'Pesticide unit codes', type: 'string', format: 'pesticide_code', many: true, confidentiality: 'public', source: '农业部公告第2579号' })
const vetDrugCodes = element({ key: 'vetDrugCodes', zh: '兽药产品追溯码', en: 'Veterinary drug trace codes', type: 'string', format: 'vet_drug_code', many: true, confidentiality: 'public', source: VET_DRUG_RULE })
const vetDrugApprovalNo = element({ key: 'vetDrugApprovalNo', zh: '兽药产品批准文号', en: 'Veterinary drug approval number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: '兽药管理条例' })
const varietyName = element({ key: 'varietyName', zh: '品种名称', en: 'Variety name', type: 'string', maxLength: 100, confidentiality: 'public', source: SEED_LAW })
const seedUnitCodes = element({ key: 'seedUnitCodes', zh: '种子单元识别代码', en: 'Seed unit codes', type: 'string', format: 'seed_unit_code', many: true, confidentiality: 'public', source: SEED_LAW })
const seedQuality = element({ key: 'seedQuality', zh: '种子质量', en: 'Seed quality', type: 'string', maxLength: 200, confidentiality: 'public', source: '种子法' })
const responsiblePerson = element({ key: 'responsiblePerson', zh: '责任人', en: 'Responsible person', type: 'string', maxLength: 100, confidentiality: 'personal', source: '种子法' })
const retainedSampleNo = element({ key: 'retainedSampleNo', zh: '留样编号', en: 'Retained sample number', type: 'string', format: 'text_identifier', confidentiality: 'confidential', source: FEED_RULES })

export const AGRI_INPUT: CategoryStandard = {
  category: 'agri_input',
  source: `${PESTICIDE_RULES}; ${VET_DRUG_RULE}; 种子法; ${FEED_RULES}`,
  stages: [
    {
      code: 'pesticide', zh: '农药', en: 'Pesticides',
      steps: [
        {
          code: 'production', zh: '生产赋码', en: 'Production and coding', bizSteps: ['commissioning'], source: '农业部公告第2579号',
          elements: [required(pesticideRegistrationNo), optional(pesticideLicenceNo), optional(pesticideCodes)],
        },
        {
          code: 'purchase', zh: '采购台账', en: 'Purchase ledger', bizSteps: ['receiving'], source: PESTICIDE_PURCHASE,
          elements: [
            required(pesticideRegistrationNo), required(manufacturerName), required(supplierName, { source: PESTICIDE_PURCHASE }),
            required(supplierContact, { source: PESTICIDE_PURCHASE }), optional(pesticideLicenceNo), optional(specification), optional(pesticideCodes),
          ],
        },
        {
          code: 'sale', zh: '销售台账', en: 'Sales ledger', bizSteps: ['shipping', 'retail_selling'], source: PESTICIDE_SALE,
          elements: [
            required(manufacturerName, { source: PESTICIDE_SALE }), required(buyerName, { source: PESTICIDE_SALE }), optional(buyerContact),
            optional(specification), optional(pesticideCodes),
          ],
        },
        {
          code: 'use', zh: '使用记录', en: 'Use record', bizSteps: ['using'], source: `${PESTICIDE_RULES} [uncertain: article]`,
          elements: [required(useTarget), required(dosage, { source: PESTICIDE_RULES }), optional(manufacturerName), optional(pesticideCodes)],
        },
      ],
    },
    {
      code: 'vet_drug', zh: '兽药', en: 'Veterinary drugs',
      steps: [
        {
          code: 'inbound', zh: '入库', en: 'Inbound', bizSteps: ['receiving'], source: VET_DRUG_RULE,
          elements: [required(vetDrugCodes), optional(vetDrugApprovalNo), optional(supplierName)],
        },
        {
          code: 'outbound', zh: '出库', en: 'Outbound', bizSteps: ['shipping', 'retail_selling'], source: VET_DRUG_RULE,
          elements: [required(vetDrugCodes), optional(vetDrugApprovalNo), optional(buyerName)],
        },
      ],
    },
    {
      code: 'seed', zh: '种子', en: 'Seeds',
      steps: [
        {
          code: 'purchase', zh: '购进', en: 'Purchase', bizSteps: ['receiving'], source: SEED_LAW,
          elements: [required(varietyName), required(supplierName, { source: '种子法' }), optional(seedUnitCodes), optional(originRegion), optional(seedQuality)],
        },
        {
          code: 'sale', zh: '销售', en: 'Sale', bizSteps: ['shipping', 'retail_selling'], source: SEED_LAW,
          elements: [required(varietyName), optional(seedUnitCodes), optional(buyerName), optional(responsiblePerson), optional(seedQuality)],
        },
      ],
    },
    {
      code: 'feed', zh: '饲料', en: 'Feed',
      steps: [
        {
          code: 'purchase', zh: '购进记录', en: 'Purchase record', bizSteps: ['receiving'], source: `${FEED_RULES} [uncertain]`,
          elements: [required(supplierName, { source: FEED_RULES }), optional(retainedSampleNo)],
        },
        {
          code: 'sale', zh: '销售记录', en: 'Sales record', bizSteps: ['shipping'], source: `${FEED_RULES} [uncertain]`,
          elements: [required(buyerName, { source: FEED_RULES }), optional(retainedSampleNo)],
        },
      ],
    },
  ],
}
