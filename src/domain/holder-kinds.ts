/**
 * Kinds of holder for a recall (持有主体类型): what a regulator needs to know about where an affected lot
 * sits — a school canteen or a hospital is called first, a wholesaler is asked for its customers. Derived
 * from the party kind and, where more precise, the kind of the site that holds the goods.
 */
import type { PartyKind } from './master-data.js'

export const HOLDER_KINDS = [
  'school_canteen', 'canteen', 'hospital', 'pharmacy', 'supermarket', 'ecommerce', 'market', 'retailer',
  'wholesaler', 'processor', 'producer', 'importer', 'logistics', 'user', 'other',
] as const
export type HolderKind = (typeof HOLDER_KINDS)[number]

export const HOLDER_KIND_LABELS: Record<HolderKind, { zh: string; en: string }> = {
  school_canteen: { zh: '学校食堂', en: 'School canteen' },
  canteen: { zh: '单位食堂', en: 'Canteen' },
  hospital: { zh: '医院', en: 'Hospital' },
  pharmacy: { zh: '药店', en: 'Pharmacy' },
  supermarket: { zh: '超市', en: 'Supermarket' },
  ecommerce: { zh: '网店', en: 'E-commerce shop' },
  market: { zh: '农贸市场', en: 'Market' },
  retailer: { zh: '零售商', en: 'Retailer' },
  wholesaler: { zh: '批发商', en: 'Wholesaler' },
  processor: { zh: '生产加工', en: 'Processor' },
  producer: { zh: '种养殖', en: 'Primary producer' },
  importer: { zh: '进口商', en: 'Importer' },
  logistics: { zh: '物流仓储', en: 'Logistics' },
  user: { zh: '使用单位', en: 'User' },
  other: { zh: '其他', en: 'Other' },
}

const BY_PARTY_KIND: Record<PartyKind, HolderKind> = {
  farm: 'producer', mine: 'producer', slaughterhouse: 'processor', processor: 'processor', manufacturer: 'processor',
  smelter: 'processor', lab: 'other', wholesaler: 'wholesaler', wholesale_market: 'wholesaler', distributor: 'wholesaler',
  market: 'market', supermarket: 'supermarket', retailer: 'retailer', canteen: 'canteen', school_canteen: 'school_canteen',
  pharmacy: 'pharmacy', hospital: 'hospital', ecommerce: 'ecommerce', importer: 'importer', logistics: 'logistics',
  filling_station: 'retailer', maintainer: 'user', user: 'user', other: 'other',
}

export function isHolderKind(value: string): value is HolderKind {
  return (HOLDER_KINDS as readonly string[]).includes(value)
}

/** A site kind that names a holder kind (a school canteen site of a catering company) wins over the party kind. */
export function holderKindOf(partyKind: string | undefined, siteKinds: readonly string[] = []): HolderKind {
  const fromSite = siteKinds.find(isHolderKind)
  if (fromSite) return fromSite
  return partyKind && partyKind in BY_PARTY_KIND ? BY_PARTY_KIND[partyKind as PartyKind] : 'other'
}
