/**
 * 稀土产品, categories.md §7: mining against the total-quantity control plan → smelting and separation →
 * circulation → export. Only designated producers mine and separate, within their quota.
 */
import { buyerName, element, invoiceNo, optional, required, supplierName } from '../elements.js'
import type { CategoryStandard } from '../types.js'

const QUOTA_RULES = '稀土开采和稀土冶炼分离总量调控管理暂行办法 (2025-08)'
const TRACE_RULES = '稀土产品信息追溯管理办法 (draft)'

const quotaDocumentNo = element({ key: 'quotaDocumentNo', zh: '总量控制指标文号', en: 'Total-quantity quota document number', type: 'string', format: 'text_identifier', confidentiality: 'confidential', source: QUOTA_RULES })
const mineName = element({ key: 'mineName', zh: '矿山名称', en: 'Mine', type: 'string', maxLength: 200, confidentiality: 'public', source: '稀土管理条例 (国务院令第785号)' })
const rawMaterialSource = element({ key: 'rawMaterialSource', zh: '原料来源', en: 'Source of raw materials', type: 'string', maxLength: 500, confidentiality: 'confidential', source: QUOTA_RULES })
const productForm = element({
  key: 'productForm', zh: '产品形态', en: 'Product form', type: 'code', confidentiality: 'public', source: QUOTA_RULES,
  codeList: [
    { value: 'ore', zh: '矿产品', en: 'Ore product' },
    { value: 'compound', zh: '化合物', en: 'Compound' },
    { value: 'metal', zh: '金属及合金', en: 'Metal or alloy' },
  ],
})
const exportLicenceNo = element({ key: 'exportLicenceNo', zh: '出口许可证编号', en: 'Export licence number', type: 'string', format: 'text_identifier', confidentiality: 'confidential', source: TRACE_RULES })
const customsDeclarationNo = element({ key: 'customsDeclarationNo', zh: '报关单号', en: 'Customs declaration number', type: 'string', format: 'customs_declaration_no', confidentiality: 'confidential', source: 'customs practice [secondary]' })

export const RARE_EARTH: CategoryStandard = {
  category: 'rare_earth',
  source: `稀土管理条例 (国务院令第785号, 2024); ${QUOTA_RULES}`,
  stages: [
    {
      code: 'mining', zh: '开采', en: 'Mining',
      steps: [{ code: 'mining', zh: '开采', en: 'Mining', bizSteps: ['commissioning'], source: QUOTA_RULES, elements: [required(quotaDocumentNo), required(mineName), optional(productForm)] }],
    },
    {
      code: 'smelting_separation', zh: '冶炼分离', en: 'Smelting and separation',
      steps: [{
        code: 'separation', zh: '冶炼分离与综合利用', en: 'Separation, smelting and comprehensive use', bizSteps: ['processing'],
        eventTypes: ['TransformationEvent', 'ObjectEvent'], source: QUOTA_RULES,
        elements: [required(quotaDocumentNo), required(productForm), optional(rawMaterialSource)],
      }],
    },
    {
      code: 'circulation', zh: '流通', en: 'Circulation',
      steps: [
        { code: 'purchase', zh: '购进', en: 'Purchase', bizSteps: ['receiving'], source: TRACE_RULES, elements: [required(supplierName, { source: TRACE_RULES }), optional(invoiceNo, { zh: '增值税专用发票号', source: TRACE_RULES })] },
        { code: 'sale', zh: '销售', en: 'Sale', bizSteps: ['shipping'], source: TRACE_RULES, elements: [required(buyerName, { source: TRACE_RULES }), optional(invoiceNo, { zh: '增值税专用发票号', source: TRACE_RULES }), optional(productForm)] },
      ],
    },
    {
      code: 'export', zh: '出口', en: 'Export',
      steps: [{
        code: 'export', zh: '出口', en: 'Export', bizSteps: ['shipping', 'departing'], source: TRACE_RULES,
        elements: [required(exportLicenceNo), required(customsDeclarationNo), optional(buyerName), optional(productForm)],
      }],
    },
  ],
}
