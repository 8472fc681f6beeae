/** Master data: parties (主体), their sites (场所), products (产品) and trace units (lots, items, containers). */
import type { CategoryCode } from './categories.js'
import type { TraceKind, TraceScheme } from './identifiers/trace-key.js'
import type { PartyId, ProductId, SiteId, TraceUnitId } from './ids.js'

export const PARTY_KINDS = [
  'farm', 'slaughterhouse', 'processor', 'manufacturer', 'wholesaler', 'wholesale_market', 'market', 'supermarket',
  'retailer', 'canteen', 'school_canteen', 'pharmacy', 'hospital', 'distributor', 'importer', 'ecommerce', 'logistics', 'filling_station',
  'maintainer', 'user', 'mine', 'smelter', 'lab', 'other',
] as const
export type PartyKind = (typeof PARTY_KINDS)[number]

export interface Licence {
  type: string
  number: string
  validUntil?: string
}

export interface Party {
  id: PartyId
  uscc?: string
  gln?: string
  name: string
  kind: PartyKind
  regionCode: string
  address?: string
  contactName?: string
  contactPhone?: string
  categories: CategoryCode[]
  licences: Licence[]
  createdAt: string
}

export interface Site {
  id: SiteId
  partyId: PartyId
  name: string
  kind: string
  regionCode: string
  address?: string
  gln?: string
  createdAt: string
}

export interface Product {
  id: ProductId
  partyId?: PartyId
  category: CategoryCode
  name: string
  specification?: string
  uom: string
  gtin?: string
  shelfLifeDays?: number
  approvalNumber?: string
  originRegionCode?: string
  createdAt: string
}

export interface TraceUnit {
  id: TraceUnitId
  key: string
  scheme: TraceScheme
  kind: TraceKind
  productId?: ProductId
  gtin?: string
  lotNumber?: string
  serial?: string
  partyId?: PartyId
  productionDate?: string
  expiryDate?: string
  quantityMilli?: number
  uom?: string
  createdAt: string
}
