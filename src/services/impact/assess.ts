/**
 * Impact (召回影响范围) of one or more codes: the forward closure walked from all roots at once, summarised
 * per holder — who received how much of which lot or item, from whom, what they shipped on, sold, used,
 * destroyed and still hold, with the date of every movement — plus the responsible parties upstream.
 * Every look-up is batched: one query per hop of the walk, then one per table for the whole closure.
 */
import type { CustodyRole } from '../../domain/events/effects.js'
import { holderKindOf } from '../../domain/holder-kinds.js'
import type { CustodyRecord } from '../../domain/holdings.js'
import type { TraceUnit } from '../../domain/master-data.js'
import { milliToNumber } from '../../domain/quantity.js'
import { walkLineage } from '../../domain/trace-graph.js'
import type { Repositories } from '../../storage/store.js'
import { DEFAULT_TRACE_DEPTH, holderViews, lineageLookup, loadTrace, MAX_TRACE_UNITS, partyView, siteView, type LoadedTrace } from '../trace/load-trace.js'
import type { HolderView } from '../trace/trace-view.js'
import { resolveCodes } from './codes.js'
import type { ImpactFlow, ImpactHolder, ImpactMovement, ImpactPartyRef, ImpactResult, ImpactUnit } from './model.js'
import { regionNames, summarise } from './summary.js'
import { responsibleParties } from './upstream.js'

export async function assessImpact(repos: Repositories, code: string | string[]): Promise<ImpactResult> {
  const codes = typeof code === 'string' ? [code] : code
  const roots = await resolveCodes(repos, codes, typeof code === 'string' ? () => '/code' : (i) => `/codes/${i}`)
  return assessRoots(repos, codes, roots)
}

export async function assessRoots(repos: Repositories, codes: string[], roots: TraceUnit[]): Promise<ImpactResult> {
  const rootIds = [...new Set(roots.map((r) => r.id as string))]
  const options = { maxDepth: DEFAULT_TRACE_DEPTH, maxUnits: MAX_TRACE_UNITS }
  const [forward, upstream] = await Promise.all([
    walkLineage(rootIds, 'forward', lineageLookup(repos), options).then((result) => loadTrace(repos, result).then((loaded) => ({ result, loaded }))),
    responsibleParties(repos, rootIds, options),
  ])
  const { result, loaded } = forward
  const byHolder = new Map<string, ImpactHolder>()
  const flows = new Map<string, ImpactFlow>()
  let lots = 0
  let items = 0
  for (const unitId of result.units.keys()) {
    const unit = loaded.units.get(unitId)
    // Carriers (a case, a pallet, a gas cylinder reached from what it held) are listed through their contents:
    // the recall list names what is inside them, and their own movements count only while the content was in.
    if (!unit || unit.kind === 'container' || result.units.get(unitId)?.windows !== undefined) continue
    if (unit.kind === 'lot') lots++
    else items++
    const records = loaded.custodyByUnit.get(unitId) ?? []
    for (const holder of holderViews(loaded, unitId)) {
      const holderKey = holder.party.id ?? holder.party.reference ?? 'unknown'
      const entry = byHolder.get(holderKey) ?? newHolder(loaded, holder)
      byHolder.set(holderKey, entry)
      for (const siteId of holder.siteIds) {
        const site = loaded.sites.get(siteId)
        if (site && !entry.sites.some((s) => s.id === siteId)) entry.sites.push(siteView(site))
      }
      entry.units.push(impactUnit(loaded, unit, holder, holderKey, records))
    }
    for (const record of records) addFlow(flows, record)
  }
  const holders = [...byHolder.values()]
  for (const holder of holders) finishHolder(holder)
  for (const flow of flows.values()) {
    const [from, to] = [byHolder.get(flow.from), byHolder.get(flow.to)]
    Object.assign(flow, { fromName: from?.party.name ?? flow.from, toName: to?.party.name ?? flow.to, fromKind: from?.kind, toKind: to?.kind })
  }
  holders.sort((a, b) => compareText(a.regionCode ?? '', b.regionCode ?? '') || byName(a.party.name ?? '', b.party.name ?? ''))
  const primary = roots[0]
  return {
    root: { id: primary.id, code: primary.key, kind: primary.kind },
    roots: roots.map((r) => {
      const product = r.productId ? loaded.products.get(r.productId) : undefined
      return { id: r.id, code: r.key, kind: r.kind, productName: product?.name, category: product?.category, lotNumber: r.lotNumber, serial: r.serial }
    }),
    codes,
    unitCount: result.units.size,
    lotCount: lots,
    itemCount: items,
    upstream: upstream.parties,
    flows: [...flows.values()],
    truncated: result.truncated || upstream.truncated,
    ...summarise(holders),
  }
}

function newHolder(loaded: LoadedTrace, holder: HolderView): ImpactHolder {
  const party = holder.party.id ? loaded.parties.get(holder.party.id) : undefined
  return {
    party: holder.party, kind: 'other', regionCode: holder.party.regionCode ?? holder.regionCodes[0], sites: [], units: [], received: [], remaining: [], totals: [],
    contact: { name: party?.contactName, phone: party?.contactPhone, address: party?.address },
    licences: party?.licences ?? [],
  }
}

function finishHolder(holder: ImpactHolder): void {
  holder.kind = holderKindOf(holder.party.kind, holder.sites.map((s) => s.kind))
  holder.regionName = regionNames(holder.regionCode).fullName
  for (const unit of holder.units) {
    const total = holder.totals.find((t) => t.uom === unit.uom) ?? { uom: unit.uom, received: 0, unconfirmed: 0, made: 0, shipped: 0, sold: 0, used: 0, destroyed: 0, held: 0 }
    if (!holder.totals.includes(total)) holder.totals.push(total)
    for (const key of ['received', 'unconfirmed', 'made', 'shipped', 'sold', 'used', 'destroyed', 'held'] as const) total[key] = round3(total[key] + unit[key])
  }
  holder.received = holder.totals.map((t) => ({ uom: t.uom, quantity: round3(t.received + t.unconfirmed) }))
  holder.remaining = holder.totals.map((t) => ({ uom: t.uom, quantity: t.held }))
}

function impactUnit(loaded: LoadedTrace, unit: TraceUnit, holder: HolderView, holderKey: string, records: CustodyRecord[]): ImpactUnit {
  const product = unit.productId ? loaded.products.get(unit.productId) : undefined
  const own = records.filter((r) => (r.partyId ?? r.partyRef) === holderKey)
  const incoming = records.filter((r) => r.role === 'shipped' && (r.counterpartyId ?? r.counterpartyRef) === holderKey)
  const from = new Map<string, ImpactPartyRef>()
  const to = new Map<string, ImpactPartyRef>()
  for (const r of incoming) addRef(loaded, from, r.partyId, r.partyRef)
  for (const r of own) {
    if (r.role === 'received') addRef(loaded, from, r.counterpartyId, r.counterpartyRef)
    if (r.role === 'shipped') addRef(loaded, to, r.counterpartyId, r.counterpartyRef)
  }
  const movements: ImpactMovement[] = own.filter((r) => MOVEMENT_ROLES.has(r.role)).map((r) => movement(loaded, r))
  // A shipment to this holder it has not confirmed yet is still a movement it must answer for.
  for (const r of incoming) if (holder.unconfirmed > 0) movements.push({ ...movement(loaded, r), role: 'incoming', counterparty: refOf(loaded, r.partyId, r.partyRef) })
  movements.sort((a, b) => compareText(a.eventTime, b.eventTime))
  return {
    unitId: unit.id, code: unit.key, kind: unit.kind, gtin: unit.gtin ?? product?.gtin, productName: product?.name, category: product?.category,
    lotNumber: unit.lotNumber, serial: unit.serial, uom: holder.uom,
    received: holder.received, unconfirmed: holder.unconfirmed, made: holder.made, shipped: holder.shipped, sold: holder.sold, used: holder.used,
    destroyed: holder.destroyed, held: holder.remaining, remaining: holder.remaining, firstAt: holder.firstAt, lastAt: holder.lastAt,
    from: [...from.values()], to: [...to.values()], movements,
  }
}

const MOVEMENT_ROLES = new Set<CustodyRole>(['made', 'received', 'shipped', 'sold', 'used', 'destroyed'])

function movement(loaded: LoadedTrace, r: CustodyRecord): ImpactMovement {
  return {
    role: r.role, eventId: r.eventId, eventTime: r.eventTime, quantity: r.quantityMilli === undefined ? undefined : milliToNumber(r.quantityMilli), uom: r.uom,
    siteId: r.siteId, counterparty: r.counterpartyId || r.counterpartyRef ? refOf(loaded, r.counterpartyId, r.counterpartyRef) : undefined,
    via: r.viaUnitId ? loaded.units.get(r.viaUnitId)?.key : undefined,
  }
}

function refOf(loaded: LoadedTrace, id: string | undefined, reference: string | undefined): ImpactPartyRef {
  const view = partyView(loaded, id ?? reference, id !== undefined)
  return { id: view.id, name: view.name, reference: view.id ? undefined : reference, regionCode: view.regionCode }
}

function addRef(loaded: LoadedTrace, refs: Map<string, ImpactPartyRef>, id: string | undefined, reference: string | undefined): void {
  const key = id ?? reference
  if (key && !refs.has(key)) refs.set(key, refOf(loaded, id, reference))
}

/** Party-to-party flows of the closure (who shipped to whom), for the flow graph. */
function addFlow(flows: Map<string, ImpactFlow>, r: CustodyRecord): void {
  const from = r.partyId ?? r.partyRef
  const to = r.counterpartyId ?? r.counterpartyRef
  if (r.role !== 'shipped' || !from || !to) return
  const key = `${from}|${to}|${r.uom ?? ''}`
  const flow = flows.get(key) ?? { from, to, uom: r.uom, quantity: 0, lines: 0, firstAt: r.eventTime }
  flow.quantity = round3(flow.quantity + milliToNumber(r.quantityMilli ?? 0))
  flow.lines++
  if (r.eventTime < flow.firstAt) flow.firstAt = r.eventTime
  flows.set(key, flow)
}

/** Names in the platform's collation, with one collator for the whole sort (localeCompare builds one per call). */
const byName = new Intl.Collator().compare

/** Codes and ISO times: plain code-point order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}
