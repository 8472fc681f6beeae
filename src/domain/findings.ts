/**
 * Data-quality findings: an accepted event that names something the platform does not know. The event is
 * kept (data once accepted is never lost); the finding feeds the supervision console.
 */
export const FINDINGS = {
  party_unregistered: { zh: '事件涉及的主体未在平台登记', en: 'The event names a party not registered on the platform' },
  site_unregistered: { zh: '事件涉及的场所未在平台登记', en: 'The event names a site not registered on the platform' },
  product_unregistered: { zh: '追溯码对应的产品未在平台登记', en: 'The code belongs to a product not registered on the platform' },
  party_missing: { zh: '事件未注明责任主体（zs:party、来源/去向或登记场所）', en: 'The event names no responsible party (zs:party, source/destination or a registered site)' },
  category_missing: { zh: '无法确定产品类别（zs:category 或已登记产品）', en: 'The product category is unknown (zs:category or a registered product)' },
  // Accepted only because the event carried zs:override (cn-identifiers.md: warn + override, log who overrode).
  standard_warning: { zh: '数据元未通过数据标准核验，经人工核实放行（zs:override）', en: 'A data element failed or could not pass the data standard check and was accepted by override (zs:override)' },
} as const

export type FindingCode = keyof typeof FINDINGS

export interface Finding {
  code: FindingCode
  /** JSON pointer inside the event. */
  field: string
  value?: string
  /** The rule that was not met (standard_warning). */
  detail?: string
  /** Who accepted the value and why (standard_warning). */
  override?: { reason: string; by: string }
}
