/**
 * Volumes and flows: events per day, shipments between regions (province → province and city → city,
 * for a Sankey and a map), the most active products and parties. All from the rollups.
 */
import { milliToNumber } from '../../domain/quantity.js'
import { findRegion } from '../../domain/regions.js'
import type { Scope } from '../access/scope.js'
import { viewOf, type ConsoleDeps, type ConsoleQuery } from './console-view.js'
import { cityOf, daysBetween, provinceOf } from './figures.js'

export const VOLUME_DAYS = 90
const TOP = 10

export interface FlowLink {
  from: string
  fromName: string
  to: string
  toName: string
  movements: number
  quantities: { uom: string; quantity: number }[]
}

export interface VolumesResult {
  since: string
  until: string
  days: number
  perDay: { day: string; events: number; byCategory: Record<string, number> }[]
  totalEvents: number
  provinceFlows: FlowLink[]
  cityFlows: FlowLink[]
  topProducts: { productId: string; name: string; category: string; events: number }[]
  topParties: { partyId: string; name: string; regionCode: string; events: number }[]
}

const regionName = (code: string) => (code === '' ? '' : findRegion(code)?.name ?? code)

function linksAt(rows: { fromRegion: string; toRegion: string; uom: string; movements: number; quantityMilli: number }[], level: (code: string) => string): FlowLink[] {
  const links = new Map<string, { link: FlowLink; milli: Map<string, number> }>()
  for (const row of rows) {
    const [from, to] = [level(row.fromRegion), level(row.toRegion)]
    const key = `${from}|${to}`
    let entry = links.get(key)
    if (!entry) links.set(key, (entry = { link: { from, fromName: regionName(from), to, toName: regionName(to), movements: 0, quantities: [] }, milli: new Map() }))
    entry.link.movements += row.movements
    entry.milli.set(row.uom, (entry.milli.get(row.uom) ?? 0) + row.quantityMilli)
  }
  return [...links.values()]
    .map(({ link, milli }) => ({ ...link, quantities: [...milli.entries()].filter(([uom]) => uom !== '').map(([uom, m]) => ({ uom, quantity: milliToNumber(m) })) }))
    .sort((a, b) => b.movements - a.movements || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
}

export async function getVolumes(deps: ConsoleDeps, scope: Scope, query: ConsoleQuery): Promise<VolumesResult> {
  const view = await viewOf(deps, scope, query, VOLUME_DAYS)
  const q = deps.store.consoleQueries
  const [perDayRows, flows, topProducts, top] = await Promise.all([q.eventsPerDay(view), q.flows(view), q.topProducts(view, TOP), q.topParties(view, TOP)])
  const perDay = new Map(daysBetween(view.since, view.until).map((day) => [day, { day, events: 0, byCategory: {} as Record<string, number> }]))
  for (const row of perDayRows) {
    const entry = perDay.get(row.day)
    if (!entry) continue
    entry.events += row.events
    entry.byCategory[row.category || 'unknown'] = (entry.byCategory[row.category || 'unknown'] ?? 0) + row.events
  }
  const names = await q.partyNames(top.map((p) => p.partyId))
  return {
    since: view.since, until: view.until, days: view.days,
    perDay: [...perDay.values()],
    totalEvents: perDayRows.reduce((s, r) => s + r.events, 0),
    provinceFlows: linksAt(flows, provinceOf),
    cityFlows: linksAt(flows, cityOf),
    topProducts,
    topParties: top.map((p) => ({ partyId: p.partyId, name: names.get(p.partyId)?.name ?? '', regionCode: names.get(p.partyId)?.regionCode ?? '', events: p.events })),
  }
}
