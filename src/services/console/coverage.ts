/**
 * Coverage (追溯覆盖率): registered parties against those that reported at least one event in the last
 * N days, by category and by county, against the operator's targets; and the counties in scope where no
 * party reported at all.
 */
import { CATEGORY_CODES } from '../../domain/categories.js'
import { findRegion, regionCodes } from '../../domain/regions.js'
import type { Scope } from '../access/scope.js'
import { pageOf, viewOf, type ConsoleDeps, type ConsoleQuery, type Page } from './console-view.js'
import { share } from './figures.js'
import { targetFor, type TargetView } from './targets.js'

export const ACTIVE_DAYS = 30

export interface CoverageCell {
  registered: number
  active: number
  /** active / registered, 0–1; null when nothing is registered. */
  share: number | null
}

export interface CoverageResult {
  since: string
  until: string
  days: number
  total: CoverageCell & { target: TargetView | null }
  byCategory: (CoverageCell & { category: string; target: TargetView | null })[]
  byCounty: (CoverageCell & { regionCode: string; name: string })[]
  counties: { total: number; covered: number; share: number | null; uncovered: { regionCode: string; name: string }[] }
}

const cell = (registered: Set<string>, active: Set<string>): CoverageCell => {
  const reporting = [...registered].filter((id) => active.has(id)).length
  return { registered: registered.size, active: reporting, share: share(reporting, registered.size) }
}

function countiesIn(prefix: string): string[] {
  return regionCodes().filter((code) => findRegion(code)?.level === 'county' && code.startsWith(prefix))
}

async function coverageData(deps: ConsoleDeps, scope: Scope, query: ConsoleQuery) {
  const view = await viewOf(deps, scope, query, ACTIVE_DAYS)
  const [registered, active] = await Promise.all([
    deps.store.consoleQueries.registeredParties(view.regionPrefix, view.categories),
    deps.store.consoleQueries.activeParties(view),
  ])
  const activeIds = new Set(active.map((a) => a.partyId))
  return { view, registered, activeIds }
}

export async function getCoverage(deps: ConsoleDeps, scope: Scope, query: ConsoleQuery): Promise<CoverageResult> {
  const { view, registered, activeIds } = await coverageData(deps, scope, query)
  const all = new Set(registered.map((r) => r.partyId))
  const byCategory = new Map<string, Set<string>>()
  const byCounty = new Map<string, Set<string>>()
  for (const r of registered) {
    if (!byCategory.has(r.category)) byCategory.set(r.category, new Set())
    byCategory.get(r.category)!.add(r.partyId)
    if (!byCounty.has(r.regionCode)) byCounty.set(r.regionCode, new Set())
    byCounty.get(r.regionCode)!.add(r.partyId)
  }
  const counties = countiesIn(view.regionPrefix)
  const coveredCounties = new Set([...byCounty.entries()].filter(([, ids]) => [...ids].some((id) => activeIds.has(id))).map(([code]) => code))
  const targets = await deps.store.consoleTargets.current()
  const year = Number(view.until.slice(0, 4))
  const categories = view.categories ?? CATEGORY_CODES
  return {
    since: view.since, until: view.until, days: view.days,
    total: { ...cell(all, activeIds), target: targetFor(targets, view.regionPrefix, 'all', year) },
    byCategory: categories.map((category) => ({ category, ...cell(byCategory.get(category) ?? new Set(), activeIds), target: targetFor(targets, view.regionPrefix, category, year) })),
    byCounty: [...byCounty.entries()].map(([regionCode, ids]) => ({ regionCode, name: findRegion(regionCode)?.fullName ?? regionCode, ...cell(ids, activeIds) }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
    counties: {
      total: counties.length,
      covered: counties.filter((c) => coveredCounties.has(c)).length,
      share: share(counties.filter((c) => coveredCounties.has(c)).length, counties.length),
      uncovered: counties.filter((c) => !coveredCounties.has(c)).slice(0, 50).map((regionCode) => ({ regionCode, name: findRegion(regionCode)?.fullName ?? regionCode })),
    },
  }
}

export type PartyStatus = 'registered' | 'active' | 'inactive'

export interface CoverageParty {
  id: string
  name: string
  uscc: string | null
  regionCode: string
  kind: string
  categories: string[]
  active: boolean
}

/** Drill-down: the parties behind a coverage figure, paged. */
export async function listCoverageParties(deps: ConsoleDeps, scope: Scope, query: ConsoleQuery & { status?: PartyStatus; countyCode?: string }, page: Page): Promise<{ total: number; parties: CoverageParty[] }> {
  const { registered, activeIds } = await coverageData(deps, scope, query)
  const categoriesOf = new Map<string, string[]>()
  for (const r of registered) {
    if (query.countyCode !== undefined && r.regionCode !== query.countyCode) continue
    categoriesOf.set(r.partyId, [...(categoriesOf.get(r.partyId) ?? []), r.category])
  }
  const status = query.status ?? 'registered'
  const ids = [...categoriesOf.keys()].filter((id) => status === 'registered' || (status === 'active') === activeIds.has(id)).sort()
  const paged = pageOf(ids, page)
  const names = await deps.store.consoleQueries.partyNames(paged.rows)
  return {
    total: paged.total,
    parties: paged.rows.map((id) => {
      const party = names.get(id)
      return { id, name: party?.name ?? '', uscc: party?.uscc ?? null, regionCode: party?.regionCode ?? '', kind: party?.kind ?? '', categories: categoriesOf.get(id) ?? [], active: activeIds.has(id) }
    }),
  }
}

/** Drill-down: every county in scope, covered or not, paged. */
export async function listCounties(deps: ConsoleDeps, scope: Scope, query: ConsoleQuery & { covered?: boolean }, page: Page): Promise<{ total: number; counties: { regionCode: string; name: string; covered: boolean; activeParties: number }[] }> {
  const { view, registered, activeIds } = await coverageData(deps, scope, query)
  const activeByCounty = new Map<string, Set<string>>()
  for (const r of registered) {
    if (!activeIds.has(r.partyId)) continue
    if (!activeByCounty.has(r.regionCode)) activeByCounty.set(r.regionCode, new Set())
    activeByCounty.get(r.regionCode)!.add(r.partyId)
  }
  const rows = countiesIn(view.regionPrefix)
    .map((regionCode) => ({ regionCode, name: findRegion(regionCode)?.fullName ?? regionCode, covered: activeByCounty.has(regionCode), activeParties: activeByCounty.get(regionCode)?.size ?? 0 }))
    .filter((c) => query.covered === undefined || c.covered === query.covered)
  const paged = pageOf(rows, page)
  return { total: paged.total, counties: paged.rows }
}
