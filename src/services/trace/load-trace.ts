/**
 * Loads everything a trace answer needs after the walk: units, products, custody (own and via containers,
 * without retracted events), parties and sites — each in one batched query.
 */
import { deriveContentCustody } from '../../domain/container-custody.js'
import { computeHoldings, type CustodyRecord, type Holding } from '../../domain/holdings.js'
import { parseTraceCode } from '../../domain/identifiers/trace-key.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { Party, Product, Site, TraceUnit } from '../../domain/master-data.js'
import { isInside, walkLineage, type Direction, type LineageLookup, type WalkResult } from '../../domain/trace-graph.js'
import { milliToNumber } from '../../domain/quantity.js'
import type { Repositories } from '../../storage/store.js'
import type { HolderView, PartyView, ProductView, SiteView, TraceNodeView } from './trace-view.js'

export const DEFAULT_TRACE_DEPTH = 100
export const MAX_TRACE_DEPTH = 1000
export const MAX_TRACE_UNITS = 200_000

export async function getUnitByCode(repos: Repositories, code: string): Promise<TraceUnit> {
  const parsed = parseTraceCode(code)
  if (!parsed.ok) throw new ZhuisuError('code_invalid', '/code', { reason: parsed.reason })
  const unit = await repos.units.findByKey(parsed.value.key)
  if (!unit) throw new ZhuisuError('code_not_found', '/code')
  return unit
}

/** Lineage look-ups for the walk: associations (sensor ↔ container, elevator ↔ building) link no product flow. */
export function lineageLookup(repos: Repositories): LineageLookup {
  return {
    edgesAround: async (fromIds, toIds) => (await repos.lineage.edgesAround(fromIds, toIds)).filter((e) => e.rowKind !== 'association'),
  }
}

export async function walk(repos: Repositories, rootId: string, direction: Direction, maxDepth: number, maxUnits = MAX_TRACE_UNITS): Promise<WalkResult> {
  return walkLineage([rootId], direction, lineageLookup(repos), { maxDepth, maxUnits: Math.min(maxUnits, MAX_TRACE_UNITS) })
}

export interface LoadedTrace {
  units: Map<string, TraceUnit>
  products: Map<string, Product>
  custody: CustodyRecord[]
  custodyByUnit: Map<string, CustodyRecord[]>
  holdings: Map<string, Holding[]>
  parties: Map<string, Party>
  sites: Map<string, Site>
}

/** Custody of the reached units, inside their windows, plus what containers' events say of their contents. */
export async function loadTrace(repos: Repositories, result: WalkResult): Promise<LoadedTrace> {
  const unitIds = [...result.units.keys()]
  const [unitList, ownCustody] = await Promise.all([repos.units.findByIds(unitIds), repos.custody.findByUnitIds(unitIds)])
  const units = new Map(unitList.map((u) => [u.id as string, u]))
  const inWindow = ownCustody.filter((c) => isInside(c.eventTime, result.units.get(c.unitId)?.windows))
  const derived = deriveContentCustody(inWindow, result.containments, (id) => units.get(id)?.kind === 'item')
    .filter((c) => result.units.has(c.unitId))
  const custody = [...inWindow, ...derived]
  const holdings = new Map<string, Holding[]>()
  for (const holding of computeHoldings(custody)) {
    const list = holdings.get(holding.unitId)
    if (list) list.push(holding)
    else holdings.set(holding.unitId, [holding])
  }
  const partyIds = new Set<string>()
  const siteIds = new Set<string>()
  for (const record of custody) {
    if (record.partyId) partyIds.add(record.partyId)
    if (record.counterpartyId) partyIds.add(record.counterpartyId)
    if (record.siteId) siteIds.add(record.siteId)
  }
  const productIds = [...new Set(unitList.map((u) => u.productId).filter((id): id is NonNullable<typeof id> => !!id))]
  const [productList, siteList] = await Promise.all([repos.products.findByIds(productIds), repos.sites.findByIds([...siteIds])])
  for (const product of productList) if (product.partyId) partyIds.add(product.partyId)
  const partyList = await repos.parties.findByIds([...partyIds])
  const custodyByUnit = new Map<string, CustodyRecord[]>()
  for (const record of custody) {
    const list = custodyByUnit.get(record.unitId)
    if (list) list.push(record)
    else custodyByUnit.set(record.unitId, [record])
  }
  return {
    units, custody, custodyByUnit, holdings,
    products: new Map(productList.map((p) => [p.id as string, p])),
    parties: new Map(partyList.map((p) => [p.id as string, p])),
    sites: new Map(siteList.map((s) => [s.id as string, s])),
  }
}

export function partyView(loaded: Pick<LoadedTrace, 'parties'>, idOrReference: string | undefined, isRegistered = true): PartyView {
  const party = idOrReference ? loaded.parties.get(idOrReference) : undefined
  if (!party) return { reference: idOrReference, isRegistered: false }
  return { id: party.id, name: party.name, uscc: party.uscc, kind: party.kind, regionCode: party.regionCode, isRegistered: isRegistered && true }
}

export function productView(product: Product | undefined): ProductView | undefined {
  if (!product) return undefined
  return {
    id: product.id, name: product.name, category: product.category, specification: product.specification, gtin: product.gtin,
    partyId: product.partyId, originRegionCode: product.originRegionCode,
  }
}

export function siteView(site: Site): SiteView {
  return { id: site.id, partyId: site.partyId, name: site.name, kind: site.kind, regionCode: site.regionCode, address: site.address }
}

export function holderViews(loaded: LoadedTrace, unitId: string): HolderView[] {
  const holdings = loaded.holdings.get(unitId) ?? []
  return holdings.map((h) => {
    const records = (loaded.custodyByUnit.get(unitId) ?? []).filter((c) => (c.partyId ?? c.partyRef) === h.holder)
    const siteIds = [...new Set(records.map((r) => r.siteId).filter((s): s is string => !!s))]
    const party = loaded.parties.get(h.holder)
    const regionCodes = [...new Set([...records.map((r) => r.regionCode), party?.regionCode].filter((r): r is string => !!r))]
    return {
      party: partyView(loaded, h.holder), siteIds, regionCodes, uom: h.uom,
      made: milliToNumber(Number(h.madeMilli)), received: milliToNumber(Number(h.receivedMilli)), shipped: milliToNumber(Number(h.shippedMilli)),
      sold: milliToNumber(Number(h.soldMilli)), used: milliToNumber(Number(h.usedMilli)), destroyed: milliToNumber(Number(h.destroyedMilli)),
      unconfirmed: milliToNumber(Number(h.unconfirmedMilli)), remaining: milliToNumber(Number(h.remainingMilli)),
      firstAt: h.firstAt, lastAt: h.lastAt,
    }
  })
}

export function nodeView(loaded: LoadedTrace, unitId: string, depth: number): TraceNodeView {
  const unit = loaded.units.get(unitId)!
  const holders = holderViews(loaded, unitId)
  const siteIds = new Set(holders.flatMap((h) => h.siteIds))
  return {
    id: unit.id, kind: unit.kind, code: unit.key, scheme: unit.scheme, gtin: unit.gtin, lotNumber: unit.lotNumber, serial: unit.serial,
    depth, product: productView(unit.productId ? loaded.products.get(unit.productId) : undefined), holders,
    sites: [...siteIds].map((id) => loaded.sites.get(id)).filter((s): s is Site => !!s).map(siteView),
  }
}
