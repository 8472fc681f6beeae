/**
 * Pure arithmetic of the console: calendar days in Asia/Shanghai, the delay buckets of timeliness and the
 * percentiles read from them, shares, and the data-quality class of an event's findings.
 */
import type { FindingCode } from '../../domain/findings.js'

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** The Asia/Shanghai calendar day (YYYY-MM-DD) of a UTC instant. */
export function shanghaiDay(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The Shanghai day `days` days before the day of `iso` (0 → that day). */
export function dayBefore(iso: string, days: number): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS - days * DAY_MS).toISOString().slice(0, 10)
}

/** Every day from `first` to `last` inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = []
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`) && days.length < 3660; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

/** Upper bounds of the delay buckets (record time − event time), in minutes; the last bucket is open. */
export const DELAY_BUCKETS = [
  { column: 'delay_5m', upToMinutes: 5 },
  { column: 'delay_1h', upToMinutes: 60 },
  { column: 'delay_6h', upToMinutes: 360 },
  { column: 'delay_24h', upToMinutes: 1440 },
  { column: 'delay_72h', upToMinutes: 4320 },
  { column: 'delay_7d', upToMinutes: 10080 },
  { column: 'delay_late', upToMinutes: Number.POSITIVE_INFINITY },
] as const
export type DelayColumn = (typeof DELAY_BUCKETS)[number]['column']
export const DELAY_COLUMNS: DelayColumn[] = DELAY_BUCKETS.map((b) => b.column)
/** Index of the bucket that ends at 24 h: "reported within 24 h" is every bucket up to and including it. */
const WITHIN_24H = DELAY_BUCKETS.findIndex((b) => b.upToMinutes === 1440)

export function delayBucket(eventTime: string, recordTime: string): DelayColumn {
  const minutes = Math.max(0, Date.parse(recordTime) - Date.parse(eventTime)) / 60_000
  return DELAY_BUCKETS.find((b) => minutes <= b.upToMinutes)!.column
}

export interface Timeliness {
  /** Upper bound, in minutes, of the bucket that holds the median (null: open bucket, or no events). */
  medianMinutes: number | null
  p90Minutes: number | null
  /** Share of events recorded within 24 h of their event time, 0–1 (null without events). */
  within24h: number | null
}

/** Median and p90 read from bucket counts: the upper bound of the bucket where the rank falls. */
export function timelinessOf(counts: readonly number[]): Timeliness {
  const total = counts.reduce((s, n) => s + n, 0)
  if (total === 0) return { medianMinutes: null, p90Minutes: null, within24h: null }
  const boundAt = (p: number) => {
    const rank = Math.ceil(p * total)
    let sum = 0
    for (let i = 0; i < counts.length; i++) {
      sum += counts[i]
      if (sum >= rank) return Number.isFinite(DELAY_BUCKETS[i].upToMinutes) ? DELAY_BUCKETS[i].upToMinutes : null
    }
    return null
  }
  const within = counts.slice(0, WITHIN_24H + 1).reduce((s, n) => s + n, 0)
  return { medianMinutes: boundAt(0.5), p90Minutes: boundAt(0.9), within24h: within / total }
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

/**
 * Findings that make an event incomplete (a required element missing or overridden, no party, no category)
 * and those that make it inaccurate (it names something the platform does not know).
 */
const INCOMPLETE: readonly FindingCode[] = ['standard_warning', 'party_missing', 'category_missing']
const INACCURATE: readonly FindingCode[] = ['party_unregistered', 'site_unregistered', 'product_unregistered']

export function qualityOf(findingsJson: string): { complete: boolean; flagged: boolean } {
  if (findingsJson === '[]' || findingsJson === '') return { complete: true, flagged: false }
  let codes: string[] = []
  try {
    const parsed = JSON.parse(findingsJson) as { code?: string }[]
    codes = Array.isArray(parsed) ? parsed.map((f) => String(f.code)) : []
  } catch {
    codes = []
  }
  return { complete: !codes.some((c) => (INCOMPLETE as string[]).includes(c)), flagged: codes.some((c) => (INACCURATE as string[]).includes(c)) }
}

/** Province (xx0000) and prefecture (xxxx00) of a county code. */
export function provinceOf(regionCode: string): string {
  return regionCode.length === 6 ? `${regionCode.slice(0, 2)}0000` : ''
}

export function cityOf(regionCode: string): string {
  return regionCode.length === 6 ? `${regionCode.slice(0, 4)}00` : ''
}
