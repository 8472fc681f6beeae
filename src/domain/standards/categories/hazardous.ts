/**
 * 危险品 (剧毒 and 易制爆 chemicals, civil explosives, fireworks), categories.md §6. Quantities travel in
 * the EPCIS quantity lists so that production + receipts − sales − use − destruction balances per site.
 */
import { buyerAddress, buyerName, element, operatorName, optional, required, supplierName } from '../elements.js'
import type { CategoryStandard, StepElement } from '../types.js'

const CHEMICALS = '危险化学品安全管理条例 §41'
const EXPLOSIVES = '民用爆炸物品安全管理条例'
const SOURCES = `${CHEMICALS}; ${EXPLOSIVES}; 公安部令第154号`

const goodsClass = element({
  key: 'goodsClass', zh: '危险品类别', en: 'Hazardous goods class', type: 'code', confidentiality: 'public', source: SOURCES,
  codeList: [
    { value: 'highly_toxic', zh: '剧毒化学品', en: 'Highly toxic chemical' },
    { value: 'explosive_precursor', zh: '易制爆危险化学品', en: 'Explosive precursor chemical' },
    { value: 'civil_explosive', zh: '民用爆炸物品', en: 'Civil explosive' },
    { value: 'fireworks', zh: '烟花爆竹', en: 'Fireworks' },
  ],
})
const casNo = element({ key: 'casNo', zh: 'CAS 号', en: 'CAS number', type: 'string', format: 'cas', confidentiality: 'public', source: '危险化学品目录' })
const detonatorCodes = element({ key: 'detonatorCodes', zh: '雷管编码', en: 'Detonator codes', type: 'string', format: 'detonator_code', many: true, confidentiality: 'confidential', source: 'GA 441-2003 [secondary]' })
const licenceNo = element({ key: 'licenceNo', zh: '许可证编号', en: 'Licence number', type: 'string', format: 'text_identifier', confidentiality: 'confidential', source: SOURCES })
const buyerLicenceNo = element({ key: 'buyerLicenceNo', zh: '购买许可证或备案证明编号', en: "Buyer's purchase licence or filing number", type: 'string', format: 'text_identifier', confidentiality: 'confidential', source: CHEMICALS })
/** §41: the buyer's 经办人 — a natural person, so personal data. */
const agentName = element({ key: 'agentName', zh: '经办人姓名', en: "Buyer's agent name", type: 'string', maxLength: 100, confidentiality: 'personal', source: CHEMICALS })
const agentIdNumber = element({ key: 'agentIdNumber', zh: '经办人身份证号码', en: "Buyer's agent ID card number", type: 'string', format: 'id_card', confidentiality: 'personal', source: CHEMICALS })
const purpose = element({ key: 'purpose', zh: '用途', en: 'Purpose', type: 'string', maxLength: 200, confidentiality: 'confidential', source: CHEMICALS })
const warehouseName = element({ key: 'warehouseName', zh: '储存仓库', en: 'Warehouse', type: 'string', maxLength: 200, confidentiality: 'confidential', source: SOURCES })
const vehiclePlate = element({ key: 'vehiclePlate', zh: '运输车辆牌照号', en: 'Vehicle plate number', type: 'string', maxLength: 20, confidentiality: 'confidential', source: SOURCES })
const driverName = element({ key: 'driverName', zh: '驾驶人员', en: 'Driver', type: 'string', maxLength: 100, confidentiality: 'personal', source: SOURCES })
const escortName = element({ key: 'escortName', zh: '押运人员', en: 'Escort', type: 'string', maxLength: 100, confidentiality: 'personal', source: SOURCES })
const transportPermitNo = element({ key: 'transportPermitNo', zh: '运输许可证编号', en: 'Transport permit number', type: 'string', format: 'text_identifier', confidentiality: 'confidential', source: EXPLOSIVES })
const destructionMethod = element({ key: 'destructionMethod', zh: '销毁方式', en: 'Destruction method', type: 'string', maxLength: 200, confidentiality: 'public', source: SOURCES })
const supervisorName = element({ key: 'supervisorName', zh: '监督人员', en: 'Supervisor', type: 'string', maxLength: 100, confidentiality: 'personal', source: SOURCES })

/** Every hazardous-goods event says which class it concerns: the rules, retention and police filing differ. */
const classOf = (): StepElement => required(goodsClass)

export const HAZARDOUS: CategoryStandard = {
  category: 'hazardous',
  source: SOURCES,
  stages: [
    {
      code: 'production', zh: '生产', en: 'Production',
      steps: [{
        code: 'production', zh: '生产', en: 'Production', bizSteps: ['commissioning'], source: SOURCES,
        elements: [classOf(), optional(casNo), optional(licenceNo), optional(detonatorCodes)],
      }],
    },
    {
      code: 'sale', zh: '销售', en: 'Sale',
      steps: [{
        // §41: buyer unit and address, 经办人 name and ID number, product, quantity, purpose; reported to the
        // county police within 5 days.
        code: 'sale', zh: '销售', en: 'Sale', bizSteps: ['shipping', 'retail_selling'], source: CHEMICALS,
        elements: [
          classOf(), required(buyerName, { source: CHEMICALS }), required(buyerAddress, { source: CHEMICALS }), required(agentName),
          required(agentIdNumber), required(purpose), optional(buyerLicenceNo), optional(casNo), optional(detonatorCodes),
        ],
      }],
    },
    {
      code: 'storage', zh: '购进与储存', en: 'Purchase and storage',
      steps: [
        { code: 'purchase', zh: '购进', en: 'Purchase', bizSteps: ['receiving'], source: SOURCES, elements: [classOf(), required(supplierName, { source: SOURCES }), optional(casNo), optional(detonatorCodes)] },
        { code: 'storage', zh: '入库储存', en: 'Storage', bizSteps: ['storing', 'stocking'], source: SOURCES, elements: [classOf(), optional(warehouseName)] },
      ],
    },
    {
      code: 'transport', zh: '运输', en: 'Transport',
      steps: [{
        code: 'transport', zh: '运输', en: 'Transport', bizSteps: ['transporting', 'departing', 'arriving'], source: SOURCES,
        elements: [classOf(), required(vehiclePlate), required(driverName), optional(escortName), optional(transportPermitNo)],
      }],
    },
    {
      code: 'use', zh: '使用', en: 'Use',
      steps: [{ code: 'use', zh: '使用', en: 'Use', bizSteps: ['using'], source: SOURCES, elements: [classOf(), required(purpose, { source: SOURCES }), optional(operatorName, { source: SOURCES }), optional(detonatorCodes)] }],
    },
    {
      code: 'destruction', zh: '销毁', en: 'Destruction',
      steps: [{ code: 'destruction', zh: '销毁', en: 'Destruction', bizSteps: ['destroying'], source: SOURCES, elements: [classOf(), required(destructionMethod), optional(supervisorName), optional(detonatorCodes)] }],
    },
  ],
}
