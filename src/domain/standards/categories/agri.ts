/**
 * 食用农产品 (edible farm produce, incl. 肉菜 and 中药材): "from field to table", categories.md §1.
 * The link keys are 动物产品检疫合格证号 and 交易凭证号 (retail → wholesale → slaughter).
 */
import {
  buyerName, buyerUscc, complianceCertificateNo, dosage, earTags, element, headCount, inputName, meatQualityCertificateNo,
  optional, originQuarantineCertificateNo, originRegion, ownerName, ownerUscc, quarantineCertificateNo, required, stallNo,
  supplierCode, supplierName, testItem, testResult, tradeVoucherNo, unitPriceFen, useTarget,
} from '../elements.js'
import type { CategoryStandard } from '../types.js'

const PRODUCE_LAW = '农产品质量安全法 (2022)'
const SLAUGHTER_RULES = '生猪屠宰管理条例 (2021)'
const WHOLESALE_LAW = '食品安全法 §64–65; pilot interface [secondary]'
const RETAIL_LAW = '食品安全法 §65'

const inputStartDate = element({ key: 'inputStartDate', zh: '投入品使用起始日期', en: 'Input use start date', type: 'date', confidentiality: 'public', source: PRODUCE_LAW })
const inputStopDate = element({ key: 'inputStopDate', zh: '投入品停用日期', en: 'Input use stop date', type: 'date', confidentiality: 'public', source: PRODUCE_LAW })
const inputSource = element({ key: 'inputSource', zh: '投入品来源', en: 'Input source', type: 'string', maxLength: 200, confidentiality: 'confidential', source: PRODUCE_LAW })
const breed = element({ key: 'breed', zh: '品种', en: 'Breed or variety', type: 'string', maxLength: 100, confidentiality: 'public', source: '畜牧法' })
const pestsAndDiseases = element({ key: 'pestsAndDiseases', zh: '病虫害、疫病发生及防治情况', en: 'Pests and diseases and their control', type: 'string', maxLength: 500, confidentiality: 'confidential', source: PRODUCE_LAW })
const disposalMethod = element({ key: 'disposalMethod', zh: '无害化处理方式', en: 'Harmless disposal method', type: 'string', maxLength: 200, confidentiality: 'public', source: '畜牧法; 动物防疫法' })
const deadOnArrival = element({ key: 'deadOnArrival', zh: '途中死亡数', en: 'Dead on arrival', type: 'number', unit: 'H87', integer: true, minimum: 0, confidentiality: 'confidential', source: SLAUGHTER_RULES })
const vehiclePlate = element({ key: 'vehiclePlate', zh: '运输车辆牌照号', en: 'Vehicle plate number', type: 'string', maxLength: 20, confidentiality: 'confidential', source: SLAUGHTER_RULES })
/** The 20-digit code printed on the retail receipt (categories.md §1, Retail). */
const receiptTraceCode = element({ key: 'receiptTraceCode', zh: '小票追溯码', en: 'Receipt trace code', type: 'string', format: 'meat_trace_code', confidentiality: 'public', source: RETAIL_LAW })

export const AGRI: CategoryStandard = {
  category: 'agri',
  source: '国办发〔2015〕95号; 农产品质量安全法 (2022); 食品安全法',
  stages: [
    {
      code: 'production', zh: '种植养殖', en: 'Production (planting and breeding)',
      steps: [
        {
          // Every production record is optional per event: a lot can be started before the records exist,
          // and the records the law lists (inputs, diseases) are events of their own below.
          code: 'harvest', zh: '收获或建批', en: 'Harvest or lot start', bizSteps: ['commissioning', 'harvesting'], eventTypes: ['ObjectEvent'],
          source: `${PRODUCE_LAW}; 畜牧法`,
          elements: [optional(originRegion), optional(breed), optional(headCount), optional(earTags), optional(pestsAndDiseases)],
        },
        {
          code: 'input_use', zh: '投入品使用', en: 'Use of farm inputs', bizSteps: ['using'], source: PRODUCE_LAW,
          elements: [required(inputName), required(dosage), optional(inputSource), optional(useTarget), optional(inputStartDate), optional(inputStopDate)],
        },
        {
          code: 'disposal', zh: '病死畜禽无害化处理', en: 'Harmless disposal of dead animals', bizSteps: ['destroying'], source: '畜牧法; 动物防疫法',
          elements: [required(disposalMethod), optional(headCount), optional(earTags)],
        },
      ],
    },
    {
      code: 'leaving_farm', zh: '出栏或离场', en: 'Leaving the farm',
      steps: [
        {
          // 动物检疫合格证明 is required only for livestock, which the category alone cannot tell: optional here,
          // required again at slaughter intake where every animal has one.
          code: 'dispatch', zh: '销售出场', en: 'Dispatch', bizSteps: ['shipping'], eventTypes: ['ObjectEvent', 'TransactionEvent'],
          source: `${PRODUCE_LAW}; 动物防疫法 [secondary]`,
          elements: [required(complianceCertificateNo), optional(originQuarantineCertificateNo), optional(buyerName), optional(headCount), optional(earTags)],
        },
      ],
    },
    {
      code: 'slaughter', zh: '屠宰', en: 'Slaughter',
      steps: [
        {
          code: 'intake', zh: '进厂（场）查验', en: 'Intake check', bizSteps: ['receiving'], eventTypes: ['ObjectEvent', 'TransactionEvent'],
          source: SLAUGHTER_RULES,
          elements: [
            required(originQuarantineCertificateNo, { source: SLAUGHTER_RULES }), required(headCount), optional(deadOnArrival),
            optional(ownerName), optional(ownerUscc), optional(originRegion), optional(vehiclePlate), optional(earTags),
          ],
        },
        {
          code: 'quarantine', zh: '屠宰检疫', en: 'Slaughter quarantine', bizSteps: ['quarantining'], source: `${SLAUGHTER_RULES}; 动物防疫法`,
          elements: [required(quarantineCertificateNo), optional(headCount)],
        },
        {
          code: 'slaughtering', zh: '屠宰加工', en: 'Slaughtering', bizSteps: ['slaughtering'], eventTypes: ['TransformationEvent', 'ObjectEvent'],
          source: SLAUGHTER_RULES,
          elements: [required(quarantineCertificateNo), required(meatQualityCertificateNo), optional(headCount)],
        },
        {
          code: 'outbound', zh: '出厂（场）', en: 'Outbound sale', bizSteps: ['shipping'], eventTypes: ['ObjectEvent', 'TransactionEvent'],
          source: SLAUGHTER_RULES,
          elements: [
            required(tradeVoucherNo, { source: SLAUGHTER_RULES }), required(buyerName, { source: SLAUGHTER_RULES }), optional(buyerUscc),
            optional(quarantineCertificateNo), optional(meatQualityCertificateNo), optional(unitPriceFen),
          ],
        },
      ],
    },
    {
      code: 'wholesale', zh: '批发', en: 'Wholesale market',
      steps: [
        {
          code: 'entry', zh: '进场', en: 'Market entry', bizSteps: ['receiving'], eventTypes: ['ObjectEvent', 'TransactionEvent'], source: WHOLESALE_LAW,
          elements: [
            required(tradeVoucherNo, { source: WHOLESALE_LAW }), optional(supplierName), optional(supplierCode),
            optional(quarantineCertificateNo), optional(complianceCertificateNo), optional(originRegion),
          ],
        },
        {
          code: 'rapid_test', zh: '快速检测', en: 'Rapid test', bizSteps: ['inspecting'], source: '食品安全法 §64',
          elements: [required(testItem), required(testResult)],
        },
        {
          code: 'sale', zh: '交易', en: 'Sale', bizSteps: ['shipping'], eventTypes: ['ObjectEvent', 'TransactionEvent'], source: WHOLESALE_LAW,
          elements: [required(tradeVoucherNo, { source: WHOLESALE_LAW }), optional(buyerName), optional(buyerUscc), optional(unitPriceFen)],
        },
      ],
    },
    {
      code: 'retail', zh: '零售', en: 'Retail (market, supermarket, canteen)',
      steps: [
        {
          code: 'purchase', zh: '进货', en: 'Purchase', bizSteps: ['receiving'], eventTypes: ['ObjectEvent', 'TransactionEvent'], source: RETAIL_LAW,
          elements: [
            required(tradeVoucherNo, { source: RETAIL_LAW }), required(supplierName, { source: RETAIL_LAW }), optional(stallNo),
            optional(quarantineCertificateNo), optional(complianceCertificateNo),
          ],
        },
        {
          code: 'sale', zh: '销售', en: 'Retail sale', bizSteps: ['retail_selling'], source: RETAIL_LAW,
          elements: [optional(stallNo), optional(unitPriceFen), optional(receiptTraceCode)],
        },
      ],
    },
  ],
}
