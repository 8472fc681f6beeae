/**
 * Open data (数据开放): aggregate, de-identified figures for the public. Counts and coverage by category,
 * province and city, and events per month — never a party, a customer, a code or a per-party volume.
 * Small cells are suppressed (k-anonymity style): a cell that concerns fewer than K_THRESHOLD parties shows
 * "<5" instead of its party count, and its event count and coverage are withheld (null).
 */
import { CATEGORY_CODES } from '../../domain/categories.js'
import { findRegion } from '../../domain/regions.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { cityOf, dayBefore, provinceOf, share } from '../console/figures.js'
import { catchUpRollups } from '../console/refresh-rollups.js'

export const K_THRESHOLD = 5
export const SUPPRESSED = '<5'
const ACTIVE_DAYS = 30
const MONTHS = 12

export type PartyCount = number | typeof SUPPRESSED

export interface OpenCell {
  parties: PartyCount
  activeParties: PartyCount
  /** activeParties / parties, 0–1; null when suppressed or nothing is registered. */
  coverage: number | null
}

export interface PublicStatistics {
  generatedAt: string
  threshold: number
  activeDays: number
  total: OpenCell
  byCategory: (OpenCell & { category: string })[]
  byProvince: (OpenCell & { regionCode: string; name: string })[]
  byCity: (OpenCell & { regionCode: string; name: string })[]
  eventsPerMonth: { month: string; events: number | null; byCategory: Record<string, number | null> }[]
}

const isSmall = (n: number) => n > 0 && n < K_THRESHOLD
const shown = (n: number): PartyCount => (isSmall(n) ? SUPPRESSED : n)

function openCell(registered: Set<string>, active: Set<string>): OpenCell {
  const reporting = [...registered].filter((id) => active.has(id)).length
  if (isSmall(registered.size)) return { parties: SUPPRESSED, activeParties: SUPPRESSED, coverage: null }
  return { parties: registered.size, activeParties: shown(reporting), coverage: isSmall(reporting) ? null : share(reporting, registered.size) }
}

function group<K>(rows: { partyId: string; key: K }[]): Map<K, Set<string>> {
  const groups = new Map<K, Set<string>>()
  for (const { partyId, key } of rows) {
    if (!groups.has(key)) groups.set(key, new Set())
    groups.get(key)!.add(partyId)
  }
  return groups
}

export async function collectPublicStatistics(deps: { store: Store; clock: Clock }): Promise<PublicStatistics> {
  await catchUpRollups(deps)
  const now = deps.clock.now()
  const q = deps.store.consoleQueries
  const today = dayBefore(now, 0)
  const [registered, active, monthly] = await Promise.all([
    q.registeredParties('', undefined),
    q.activeParties({ regionPrefix: '', since: dayBefore(now, ACTIVE_DAYS - 1), until: today }),
    q.monthlyActivity(`${monthsBefore(today, MONTHS - 1)}-01`),
  ])
  const activeIds = new Set(active.map((a) => a.partyId))
  const regionCells = (level: (code: string) => string) => [...group(registered.map((r) => ({ partyId: r.partyId, key: level(r.regionCode) }))).entries()]
    .filter(([code]) => code !== '')
    .map(([regionCode, ids]) => ({ regionCode, name: findRegion(regionCode)?.name ?? regionCode, ...openCell(ids, activeIds) }))
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode))
  const byCategory = group(registered.map((r) => ({ partyId: r.partyId, key: r.category })))
  const months = new Map<string, PublicStatistics['eventsPerMonth'][number]>()
  for (const row of monthly.sort((a, b) => a.month.localeCompare(b.month))) {
    const entry = months.get(row.month) ?? { month: row.month, events: 0, byCategory: Object.fromEntries(CATEGORY_CODES.map((c) => [c, 0])) }
    const value = row.parties < K_THRESHOLD ? null : row.events
    if (row.category in entry.byCategory) entry.byCategory[row.category] = value
    months.set(row.month, entry)
  }
  const monthParties = new Map<string, number>()
  for (const row of monthly) monthParties.set(row.month, (monthParties.get(row.month) ?? 0) + row.parties)
  for (const entry of months.values()) {
    const values = Object.values(entry.byCategory)
    // A month total is shown only when no category in it is withheld (else the difference would reveal it).
    entry.events = (monthParties.get(entry.month) ?? 0) < K_THRESHOLD || values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0)
  }
  return {
    generatedAt: now, threshold: K_THRESHOLD, activeDays: ACTIVE_DAYS,
    total: openCell(new Set(registered.map((r) => r.partyId)), activeIds),
    byCategory: CATEGORY_CODES.map((category) => ({ category, ...openCell(byCategory.get(category) ?? new Set(), activeIds) })),
    byProvince: regionCells(provinceOf),
    byCity: regionCells(cityOf),
    eventsPerMonth: [...months.values()],
  }
}

function monthsBefore(day: string, months: number): string {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))]
  const index = year * 12 + (month - 1) - months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}
