/** The answer shapes of trace, impact and public query: plain JSON, ready for the API and the web UI. */
export interface PartyView {
  id?: string
  /** The reference events used, for a party not registered on the platform. */
  reference?: string
  name?: string
  uscc?: string
  kind?: string
  regionCode?: string
  isRegistered: boolean
}

export interface SiteView {
  id: string
  partyId: string
  name: string
  kind: string
  regionCode: string
  address?: string
}

export interface QuantityView {
  quantity: number
  uom?: string
}

export interface HolderView {
  party: PartyView
  siteIds: string[]
  regionCodes: string[]
  uom?: string
  made: number
  received: number
  shipped: number
  sold: number
  used: number
  destroyed: number
  /** Shipped to this holder but not yet confirmed by its own receiving event. */
  unconfirmed: number
  remaining: number
  firstAt: string
  lastAt: string
}

export interface ProductView {
  id: string
  name: string
  category: string
  specification?: string
  gtin?: string
  partyId?: string
  originRegionCode?: string
}

export interface TraceNodeView {
  id: string
  kind: string
  code: string
  scheme: string
  gtin?: string
  lotNumber?: string
  serial?: string
  depth: number
  product?: ProductView
  holders: HolderView[]
  sites: SiteView[]
}

export type TraceEdgeView =
  | { kind: 'transformation' | 'aggregation'; from: string; to: string; eventId: string; eventTime: string; action: 'add' | 'delete' }
  | { kind: 'transfer'; unit: string; from: PartyView; to: PartyView; eventId: string; eventTime: string; confirmed: boolean; quantity?: number; uom?: string }

export interface TraceResult {
  root: TraceNodeView
  direction: 'backward' | 'forward' | 'both'
  nodes: TraceNodeView[]
  edges: TraceEdgeView[]
  truncated: boolean
}
