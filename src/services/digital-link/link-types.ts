/**
 * The links the resolver offers for each kind of key, typed with the GS1 Web Vocabulary link types
 * (https://ref.gs1.org/voc/linkTypes). The public query page is the default link (interop.md §4); the
 * public query JSON answers gs1:traceability and, through its `recalls` field, gs1:recallStatus.
 */
import type { Product, TraceUnit } from '../../domain/master-data.js'

export const GS1_VOC = 'https://gs1.org/voc/'

export type LinkType = 'defaultLink' | 'pip' | 'traceability' | 'recallStatus' | 'masterData' | 'certificationInfo'

export interface ResolverLink {
  /** Short name in the GS1 vocabulary: `gs1:<type>` as a CURIE, `https://gs1.org/voc/<type>` in full. */
  type: LinkType
  href: string
  title: string
  mediaType: 'text/html' | 'application/json'
}

const PUBLIC_PAGE = '追溯查询'

/**
 * How a unit's code is written in a link to the public query: GS1 keys as their Digital Link URI (the
 * bare key path `01/…` is not a code a person types, so the query does not read it), others as they are.
 */
export function publicCodeOf(base: string, unit: Pick<TraceUnit, 'key' | 'scheme'>): string {
  return unit.scheme === 'gs1' ? `${base}/${unit.key}` : unit.key
}

export function linksForUnit(base: string, unit: TraceUnit, product: Product | undefined): ResolverLink[] {
  const code = encodeURIComponent(publicCodeOf(base, unit))
  const name = product?.name ?? unit.key
  const page = `${base}/q/${code}`
  const json = `${base}/api/v1/public/${code}`
  return [
    { type: 'defaultLink', href: page, title: `${name} ${PUBLIC_PAGE}`, mediaType: 'text/html' },
    { type: 'pip', href: page, title: `${name} 产品与追溯信息`, mediaType: 'text/html' },
    { type: 'traceability', href: json, title: `${name} 追溯链（JSON）`, mediaType: 'application/json' },
    { type: 'recallStatus', href: json, title: `${name} 召回状态（JSON 中的 recalls）`, mediaType: 'application/json' },
    ...(product ? [masterData(base, product)] : []),
  ]
}

export function linksForProduct(base: string, product: Product): ResolverLink[] {
  const link = masterData(base, product)
  return [{ ...link, type: 'defaultLink' }, link]
}

export function linksForParty(base: string, partyId: string, siteId?: string): ResolverLink[] {
  const link: ResolverLink = { type: 'masterData', href: `${base}/api/v1/parties/${encodeURIComponent(partyId)}`, title: siteId ? '场所所属主体信息' : '主体信息', mediaType: 'application/json' }
  return [{ ...link, type: 'defaultLink' }, link]
}

function masterData(base: string, product: Product): ResolverLink {
  return { type: 'masterData', href: `${base}/api/v1/products/${encodeURIComponent(product.id)}`, title: `${product.name} 产品主数据`, mediaType: 'application/json' }
}

/**
 * The link a `linkType` parameter asks for: `gs1:pip`, `pip` or `https://gs1.org/voc/pip`. A type the key
 * has no link for falls back to the default link, as the resolver standard asks.
 */
export function selectLink(links: ResolverLink[], linkType: string | undefined): ResolverLink {
  const wanted = linkType?.replace(/^gs1:/, '').replace(GS1_VOC, '').replace('https://ref.gs1.org/voc/', '')
  return links.find((l) => l.type === wanted) ?? links.find((l) => l.type === 'defaultLink')!
}
