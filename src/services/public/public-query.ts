/**
 * Public one-stop query (一站式查询): what a consumer may see about a code — product, producer, origin,
 * the chain step by step, and how often the code was queried before (a counterfeit hint). Only public
 * fields: no quantities per customer, no prices, no unregistered parties' identifiers (they may be ID numbers).
 */
import type { CustodyRole } from '../../domain/events/effects.js'
import { findRegion } from '../../domain/regions.js'
import { newRowId } from '../../storage/ids.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { DEFAULT_TRACE_DEPTH, getUnitByCode, loadTrace, walk } from '../trace/load-trace.js'
import { recallsForUnits, type PublicRecall } from '../recalls/public-recalls.js'

export interface PublicPlace {
  regionCode?: string
  regionName?: string
}

export interface PublicParty extends PublicPlace {
  name: string
  kind?: string
}

export interface PublicStep extends PublicPlace {
  role: CustodyRole
  bizStep?: string
  eventTime: string
  party?: PublicParty
  siteName?: string
  /** The lot or item this step concerns, when it is an ingredient or container of the queried code. */
  code: string
  productName?: string
}

export interface PublicQueryResult {
  code: string
  kind: string
  lotNumber?: string
  serial?: string
  productionDate?: string
  expiryDate?: string
  product?: { name: string; category: string; specification?: string; gtin?: string }
  producer?: PublicParty
  origin?: PublicPlace
  chain: PublicStep[]
  inspections: PublicStep[]
  queries: { count: number; firstAt?: string }
  /** Open recalls of the code, or of a lot, ingredient or container it came from (召回警示). */
  recalls: PublicRecall[]
}

const CHAIN_ROLES = new Set<CustodyRole>(['made', 'shipped', 'received', 'sold', 'used', 'inspected', 'destroyed'])
const MAX_CHAIN_STEPS = 200

export interface PublicQueryDeps {
  store: Store
  clock: Clock
}

/** Answers a public query and counts it. `record` is false for previews that must not count. */
export async function queryPublic(deps: PublicQueryDeps, code: string, channel: string, record = true): Promise<PublicQueryResult> {
  const { store } = deps
  const unit = await getUnitByCode(store, code)
  const result = await walk(store, unit.id, 'backward', DEFAULT_TRACE_DEPTH)
  const loaded = await loadTrace(store, result)
  const place = (regionCode?: string): PublicPlace => ({ regionCode, regionName: regionCode ? findRegion(regionCode)?.fullName : undefined })
  const party = (id?: string): PublicParty | undefined => {
    const p = id ? loaded.parties.get(id) : undefined
    return p && { name: p.name, kind: p.kind, ...place(p.regionCode) }
  }
  const product = unit.productId ? loaded.products.get(unit.productId) : undefined

  const steps: PublicStep[] = []
  const seen = new Set<string>()
  for (const record of loaded.custody) {
    if (!CHAIN_ROLES.has(record.role)) continue
    const key = `${record.eventId}|${record.role}|${record.partyId ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const stepUnit = loaded.units.get(record.unitId)
    const stepProduct = stepUnit?.productId ? loaded.products.get(stepUnit.productId) : undefined
    const site = record.siteId ? loaded.sites.get(record.siteId) : undefined
    steps.push({
      role: record.role, eventTime: record.eventTime, party: party(record.partyId), siteName: site?.name,
      ...place(site?.regionCode ?? record.regionCode), code: stepUnit?.key ?? '', productName: stepProduct?.name,
    })
  }
  steps.sort((a, b) => (a.eventTime < b.eventTime ? -1 : a.eventTime > b.eventTime ? 1 : 0))
  const madeStep = steps.find((s) => s.role === 'made' && s.code === unit.key) ?? steps.find((s) => s.role === 'made')
  const producer = party(product?.partyId) ?? madeStep?.party
  const earliest = steps[0]

  const queries = await store.codes.countQueries(unit.id)
  if (record) await store.codes.recordQuery(newRowId(), unit.id, deps.clock.now(), channel)
  return {
    code: unit.key, kind: unit.kind, lotNumber: unit.lotNumber, serial: unit.serial, productionDate: unit.productionDate,
    expiryDate: unit.expiryDate,
    product: product && { name: product.name, category: product.category, specification: product.specification, gtin: product.gtin },
    producer,
    origin: product?.originRegionCode ? place(product.originRegionCode) : earliest ? { regionCode: earliest.regionCode, regionName: earliest.regionName } : undefined,
    chain: steps.filter((s) => s.role !== 'inspected').slice(0, MAX_CHAIN_STEPS),
    inspections: steps.filter((s) => s.role === 'inspected').slice(0, MAX_CHAIN_STEPS),
    queries,
    recalls: await recallsForUnits(store, [...result.units.keys()]),
  }
}
