/**
 * Impact (召回影响范围): the forward closure of a code summarised per holder — who received how much of
 * which lot or item, what is still held, where they are — with totals by region and by kind of holder.
 */
import type { Store } from '../../storage/store.js'
import { DEFAULT_TRACE_DEPTH, getUnitByCode, holderViews, loadTrace, partyView, walk } from './load-trace.js'
import type { PartyView, SiteView } from './trace-view.js'

export interface ImpactUnit {
  unitId: string
  code: string
  kind: string
  productName?: string
  lotNumber?: string
  serial?: string
  uom?: string
  received: number
  unconfirmed: number
  made: number
  remaining: number
  firstAt: string
  lastAt: string
}

export interface ImpactHolder {
  party: PartyView
  regionCode?: string
  sites: SiteView[]
  units: ImpactUnit[]
  /** Totals per unit of measure. */
  received: { uom?: string; quantity: number }[]
  remaining: { uom?: string; quantity: number }[]
}

export interface ImpactResult {
  root: { id: string; code: string; kind: string }
  unitCount: number
  holderCount: number
  holders: ImpactHolder[]
  byRegion: { regionCode: string; holders: number }[]
  byHolderKind: { kind: string; holders: number }[]
  truncated: boolean
}

export async function assessImpact(store: Store, code: string): Promise<ImpactResult> {
  const root = await getUnitByCode(store, code)
  const result = await walk(store, root.id, 'forward', DEFAULT_TRACE_DEPTH)
  const loaded = await loadTrace(store, result)
  const byHolder = new Map<string, ImpactHolder>()
  for (const unitId of result.units.keys()) {
    const unit = loaded.units.get(unitId)
    // Carriers (a case, a pallet, a gas cylinder reached from what it held) are listed through their contents:
    // the recall list names what is inside them, and their own movements count only while the content was in.
    if (!unit || unit.kind === 'container' || result.units.get(unitId)?.windows !== undefined) continue
    for (const holder of holderViews(loaded, unitId)) {
      const holderKey = holder.party.id ?? holder.party.reference ?? 'unknown'
      let entry = byHolder.get(holderKey)
      if (!entry) {
        entry = { party: holder.party, regionCode: holder.party.regionCode ?? holder.regionCodes[0], sites: [], units: [], received: [], remaining: [] }
        byHolder.set(holderKey, entry)
      }
      for (const siteId of holder.siteIds) {
        const site = loaded.sites.get(siteId)
        if (site && !entry.sites.some((s) => s.id === siteId)) entry.sites.push({ id: site.id, partyId: site.partyId, name: site.name, kind: site.kind, regionCode: site.regionCode, address: site.address })
      }
      const product = unit.productId ? loaded.products.get(unit.productId) : undefined
      entry.units.push({
        unitId, code: unit.key, kind: unit.kind, productName: product?.name, lotNumber: unit.lotNumber, serial: unit.serial, uom: holder.uom,
        received: holder.received, unconfirmed: holder.unconfirmed, made: holder.made, remaining: holder.remaining, firstAt: holder.firstAt, lastAt: holder.lastAt,
      })
      addTo(entry.received, holder.uom, holder.received + holder.unconfirmed)
      addTo(entry.remaining, holder.uom, holder.remaining)
    }
  }
  const holders = [...byHolder.values()].sort((a, b) => (a.regionCode ?? '').localeCompare(b.regionCode ?? '') || (a.party.name ?? '').localeCompare(b.party.name ?? ''))
  return {
    root: { id: root.id, code: root.key, kind: root.kind },
    unitCount: result.units.size,
    holderCount: holders.length,
    holders,
    byRegion: countBy(holders, (h) => h.regionCode ?? 'unknown').map(([regionCode, n]) => ({ regionCode, holders: n })),
    byHolderKind: countBy(holders, (h) => h.party.kind ?? 'unknown').map(([kind, n]) => ({ kind, holders: n })),
    truncated: result.truncated,
  }
}

function addTo(totals: { uom?: string; quantity: number }[], uom: string | undefined, quantity: number) {
  const total = totals.find((t) => t.uom === uom)
  if (total) total.quantity = Math.round((total.quantity + quantity) * 1000) / 1000
  else totals.push({ uom, quantity })
}

export function countBy<T>(items: T[], keyOf: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

export { partyView }
