/** The answer shapes of an impact assessment: plain JSON for the API, the export and the web page. */
import type { CustodyRole } from '../../domain/events/effects.js'
import type { HolderKind } from '../../domain/holder-kinds.js'
import type { Licence } from '../../domain/master-data.js'
import type { PartyView, SiteView } from '../trace/trace-view.js'

export interface ImpactPartyRef {
  id?: string
  name?: string
  /** The reference events used, for a party not registered on the platform. */
  reference?: string
  regionCode?: string
  /** True when the party is outside the caller's scope: only its region is shown. */
  hidden?: boolean
}

export interface ImpactMovement {
  /** A custody role, or `incoming`: shipped to this holder and not yet confirmed by its own receipt. */
  role: CustodyRole | 'incoming'
  eventId: string
  eventTime: string
  quantity?: number
  uom?: string
  siteId?: string
  counterparty?: ImpactPartyRef
  /** The container (case, pallet) whose event this was, when the unit moved inside one. */
  via?: string
}

export interface ImpactUnit {
  unitId: string
  code: string
  kind: string
  gtin?: string
  productName?: string
  category?: string
  lotNumber?: string
  serial?: string
  uom?: string
  received: number
  unconfirmed: number
  made: number
  shipped: number
  sold: number
  used: number
  destroyed: number
  /** made + received + unconfirmed − shipped − sold − used − destroyed. */
  held: number
  /** The same as `held` (the first name this field had). */
  remaining: number
  firstAt: string
  lastAt: string
  /** Who shipped it to this holder; who this holder shipped it to. */
  from: ImpactPartyRef[]
  to: ImpactPartyRef[]
  movements: ImpactMovement[]
}

export interface ImpactTotals {
  uom?: string
  received: number
  unconfirmed: number
  made: number
  shipped: number
  sold: number
  used: number
  destroyed: number
  held: number
}

export interface ImpactHolder {
  party: PartyView
  kind: HolderKind
  regionCode?: string
  /** Province, city and county names of regionCode, e.g. 广东省梅州市梅江区. */
  regionName?: string
  sites: SiteView[]
  contact: { name?: string; phone?: string; address?: string }
  licences: Licence[]
  units: ImpactUnit[]
  /** Per unit of measure: received (including unconfirmed) and still held. */
  received: { uom?: string; quantity: number }[]
  remaining: { uom?: string; quantity: number }[]
  totals: ImpactTotals[]
}

export interface ResponsibleParty {
  party: PartyView
  /** producer: made a root; upstream_producer: made an ingredient or source of a root; supplier: shipped one. */
  roles: ('producer' | 'upstream_producer' | 'supplier')[]
  contact: { name?: string; phone?: string; address?: string }
  licences: Licence[]
  /** Codes (at most 20) of the units it made or supplied, nearest first. */
  codes: string[]
  /** Hops from the nearest root (0 = the root itself). */
  depth: number
}

export interface ImpactFlow {
  from: string
  to: string
  fromName?: string
  toName?: string
  fromKind?: HolderKind
  toKind?: HolderKind
  uom?: string
  quantity: number
  /** Unit lines shipped (a case of 12 items counts 12). */
  lines: number
  firstAt: string
}

export interface RegionNode {
  code: string
  name: string
  level: 'province' | 'prefecture' | 'county' | 'unknown'
  holders: number
  children: RegionNode[]
}

export interface ImpactSummary {
  holderCount: number
  holders: ImpactHolder[]
  byRegion: { regionCode: string; holders: number }[]
  byHolderKind: { kind: string; holders: number }[]
  /** Province → city → county, with holder counts. */
  regions: RegionNode[]
  totals: ImpactTotals[]
  /** Movements per day (China time) and role, for the timeline. */
  timeline: { date: string; role: string; movements: number }[]
}

export interface ImpactResult extends ImpactSummary {
  /** The first root (kept for callers that assess one code). */
  root: { id: string; code: string; kind: string }
  roots: { id: string; code: string; kind: string; productName?: string; category?: string; lotNumber?: string; serial?: string }[]
  codes: string[]
  unitCount: number
  lotCount: number
  itemCount: number
  upstream: ResponsibleParty[]
  flows: ImpactFlow[]
  truncated: boolean
}
