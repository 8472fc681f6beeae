/**
 * Data quality (数据质量) per enterprise and per connected platform over a period:
 * - timeliness (及时性): record time − event time, median and p90 (bucket upper bounds), share within 24 h;
 * - completeness (完整性): share of events without a standard or master-data finding that marks a required
 *   element missing (standard_warning override, party_missing, category_missing);
 * - accuracy (准确性): 1 − (events naming an unregistered party/site/product + events later declared
 *   erroneous) / events;
 * - operation (正常运行率): share of the period's days with at least one report.
 * A platform's figures are those of the parties that authorised it.
 */
import type { PartyFigures } from '../../storage/repositories/console-query-repository.js'
import type { Scope } from '../access/scope.js'
import { pageOf, sortRows, viewOf, type ConsoleDeps, type ConsoleQuery, type Page } from './console-view.js'
import { DELAY_COLUMNS, share, timelinessOf, type Timeliness } from './figures.js'

export const QUALITY_DAYS = 30

export interface QualityFigures extends Timeliness {
  events: number
  completeness: number | null
  accuracy: number | null
  flagged: number
  corrected: number
  reportingDays: number
  operationRate: number | null
}

export interface PartyQuality extends QualityFigures {
  partyId: string
  name: string
  uscc: string | null
  regionCode: string
}

export interface PlatformQuality extends QualityFigures {
  organisationId: string
  name: string
  parties: number
}

export const QUALITY_SORT_KEYS = ['events', 'completeness', 'accuracy', 'within24h', 'medianMinutes', 'operationRate', 'name'] as const
export type QualitySortKey = (typeof QUALITY_SORT_KEYS)[number]

export interface QualityResult {
  since: string
  until: string
  days: number
  total: QualityFigures
  totalParties: number
  parties: PartyQuality[]
  platforms: PlatformQuality[]
}

function combine(figures: PartyFigures[]): PartyFigures {
  const sum = (pick: (f: PartyFigures) => number) => figures.reduce((s, f) => s + pick(f), 0)
  return {
    partyId: '', events: sum((f) => f.events), complete: sum((f) => f.complete), flagged: sum((f) => f.flagged), corrected: sum((f) => f.corrected),
    delays: DELAY_COLUMNS.map((_, i) => sum((f) => f.delays[i])), reportingDays: Math.max(0, ...figures.map((f) => f.reportingDays)),
  }
}

function figuresOf(f: PartyFigures, reportingDays: number, days: number): QualityFigures {
  const accuracy = share(Math.max(0, f.events - f.flagged - f.corrected), f.events)
  return {
    events: f.events, completeness: share(f.complete, f.events), accuracy, flagged: f.flagged, corrected: f.corrected,
    ...timelinessOf(f.delays), reportingDays, operationRate: share(reportingDays, days),
  }
}

export async function getQuality(deps: ConsoleDeps, scope: Scope, query: ConsoleQuery & { sort?: QualitySortKey; descending?: boolean }, page: Page): Promise<QualityResult> {
  const view = await viewOf(deps, scope, query, QUALITY_DAYS)
  const q = deps.store.consoleQueries
  const figures = await q.partyFigures(view)
  const named = figures.filter((f) => f.partyId !== '')
  const names = await q.partyNames(named.map((f) => f.partyId))
  // Reporting days (a distinct count) only where they are shown or sorted on: the page, or every party.
  const everyParty = query.sort === 'operationRate'
  const reporting = everyParty ? await q.reportingDaysOf(view, named.map((f) => f.partyId)) : new Map<string, number>()
  const rows: PartyQuality[] = named.map((f) => {
    const party = names.get(f.partyId)
    return { partyId: f.partyId, name: party?.name ?? '', uscc: party?.uscc ?? null, regionCode: party?.regionCode ?? '', ...figuresOf(f, reporting.get(f.partyId) ?? 0, view.days) }
  })
  const sorted = sortRows(rows, query.sort ?? 'events', query.descending ?? query.sort !== 'name')
  const paged = pageOf(sorted, page)
  if (!everyParty) {
    const shown = await q.reportingDaysOf(view, paged.rows.map((r) => r.partyId))
    paged.rows = paged.rows.map((r) => ({ ...r, reportingDays: shown.get(r.partyId) ?? 0, operationRate: share(shown.get(r.partyId) ?? 0, view.days) }))
  }
  const byParty = new Map(named.map((f) => [f.partyId, f]))
  const platforms: PlatformQuality[] = []
  const links = await q.platformParties()
  for (const organisationId of [...new Set(links.map((l) => l.organisationId))]) {
    const partyIds = links.filter((l) => l.organisationId === organisationId && byParty.has(l.partyId)).map((l) => l.partyId)
    if (partyIds.length === 0) continue
    const days = await q.reportingDays(view, partyIds)
    platforms.push({ organisationId, name: links.find((l) => l.organisationId === organisationId)!.name, parties: partyIds.length, ...figuresOf(combine(partyIds.map((id) => byParty.get(id)!)), days.size, view.days) })
  }
  const all = combine(figures)
  const allDays = figures.length === 0 ? 0 : (await q.eventsPerDay(view)).reduce((set, r) => set.add(r.day), new Set<string>()).size
  return { since: view.since, until: view.until, days: view.days, total: figuresOf(all, allDays, view.days), totalParties: paged.total, parties: paged.rows, platforms }
}
