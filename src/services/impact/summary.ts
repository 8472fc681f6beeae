/** Figures over a list of holders: by region (a province → city → county tree), by kind, totals and a timeline. */
import { findRegion, regionPath } from '../../domain/regions.js'
import type { ImpactHolder, ImpactSummary, ImpactTotals, RegionNode } from './model.js'

const CHINA_OFFSET_MS = 8 * 3_600_000

export function summarise(holders: ImpactHolder[]): ImpactSummary {
  return {
    holderCount: holders.length,
    holders,
    byRegion: countBy(holders, (h) => h.regionCode ?? 'unknown').map(([regionCode, n]) => ({ regionCode, holders: n })),
    byHolderKind: countBy(holders, (h) => h.kind).map(([kind, n]) => ({ kind, holders: n })),
    regions: regionTree(holders.map((h) => h.regionCode)),
    totals: totalsOf(holders),
    timeline: timelineOf(holders),
  }
}

export function countBy<T>(items: T[], keyOf: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

/** One count per holder at each level of its region's path; an unknown code counts under `unknown`. */
export function regionTree(regionCodes: (string | undefined)[]): RegionNode[] {
  const roots: RegionNode[] = []
  const childOf = (list: RegionNode[], code: string, make: () => RegionNode) => {
    let node = list.find((n) => n.code === code)
    if (!node) list.push((node = make()))
    return node
  }
  for (const code of regionCodes) {
    const path = code ? regionPath(code).reverse() : []
    if (path.length === 0) {
      childOf(roots, code ?? 'unknown', () => ({ code: code ?? 'unknown', name: code ?? '', level: 'unknown', holders: 0, children: [] })).holders++
      continue
    }
    let level = roots
    for (const region of path) {
      const node = childOf(level, region.code, () => ({ code: region.code, name: region.name, level: region.level, holders: 0, children: [] }))
      node.holders++
      level = node.children
    }
  }
  const sort = (list: RegionNode[]) => {
    list.sort((a, b) => b.holders - a.holders || a.code.localeCompare(b.code))
    for (const node of list) sort(node.children)
  }
  sort(roots)
  return roots
}

/** Province, city and county names of a region code (GB/T 2260). */
export function regionNames(code: string | undefined): { province?: string; city?: string; county?: string; fullName?: string } {
  if (!code) return {}
  const byLevel = new Map(regionPath(code).map((r) => [r.level, r.name]))
  return { province: byLevel.get('province'), city: byLevel.get('prefecture'), county: byLevel.get('county'), fullName: findRegion(code)?.fullName }
}

function totalsOf(holders: ImpactHolder[]): ImpactTotals[] {
  const totals = new Map<string, ImpactTotals>()
  for (const holder of holders) {
    for (const t of holder.totals) {
      const total = totals.get(t.uom ?? '') ?? { uom: t.uom, received: 0, unconfirmed: 0, made: 0, shipped: 0, sold: 0, used: 0, destroyed: 0, held: 0 }
      for (const key of ['received', 'unconfirmed', 'made', 'shipped', 'sold', 'used', 'destroyed', 'held'] as const) total[key] = Math.round((total[key] + t[key]) * 1000) / 1000
      totals.set(t.uom ?? '', total)
    }
  }
  return [...totals.values()]
}

function timelineOf(holders: ImpactHolder[]): { date: string; role: string; movements: number }[] {
  // Movements share few instants (one event moves many units): each instant's China date is worked out once,
  // and its counts per role are found without building a key per movement.
  const byInstant = new Map<string, Map<string, number>>()
  for (const holder of holders) {
    for (const unit of holder.units) {
      for (const m of unit.movements) {
        let roles = byInstant.get(m.eventTime)
        if (roles === undefined) {
          roles = new Map()
          byInstant.set(m.eventTime, roles)
        }
        roles.set(m.role, (roles.get(m.role) ?? 0) + 1)
      }
    }
  }
  const counts = new Map<string, { date: string; role: string; movements: number }>()
  for (const [instant, roles] of byInstant) {
    const date = new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10)
    for (const [role, movements] of roles) {
      const key = `${date}|${role}`
      const entry = counts.get(key)
      if (entry) entry.movements += movements
      else counts.set(key, { date, role, movements })
    }
  }
  return [...counts.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.role < b.role ? -1 : a.role > b.role ? 1 : 0))
}
