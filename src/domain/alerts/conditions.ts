/**
 * The rules' conditions as pure functions over the small state the evaluator keeps (balances, sightings,
 * last dates, quotas) and the facts of new events. No I/O: the service gathers the state in batched reads.
 */
import { distanceKm } from './places.js'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** mass_balance / hazardous_balance: more went out than came in or was made, beyond the tolerance. */
export function isBalanceBroken(inMilli: number, outMilli: number, tolerancePct: number): boolean {
  return outMilli > inMilli + (inMilli * tolerancePct) / 100
}

/** The calendar day of an instant at its own offset (`+08:00`): an expiry date is a local date. */
export function localDay(eventTime: string, offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset)
  const shiftMs = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0
  return new Date(Date.parse(eventTime) + shiftMs).toISOString().slice(0, 10)
}

/** expired_sale: the product left or was sold after its expiry date (plus grace days). */
export function isExpiredOn(expiryDate: string, day: string, graceDays: number): boolean {
  const last = new Date(Date.parse(`${expiryDate.slice(0, 10)}T00:00:00.000Z`) + graceDays * DAY_MS).toISOString().slice(0, 10)
  return day > last
}

/** Test results (elements.ts TEST_RESULTS) and CBV 2.0 dispositions that mean a failed inspection. */
const FAILED_RESULTS = new Set(['不合格', '阳性', 'fail', 'failed'])
const PASSED_RESULTS = new Set(['合格', '阴性', 'pass', 'passed'])

export type InspectionOutcome = 'failed' | 'passed'

export function inspectionOutcome(disposition: string | undefined, testResult: unknown): InspectionOutcome | undefined {
  const word = disposition?.replace(/^.*[/:-]/, '')
  if (word === 'non_conformant' || (typeof testResult === 'string' && FAILED_RESULTS.has(testResult))) return 'failed'
  if (word === 'conformant' || (typeof testResult === 'string' && PASSED_RESULTS.has(testResult))) return 'passed'
  return undefined
}

export interface Sighting {
  eventId: string
  eventRowId: string
  eventTime: string
  regionCode?: string
  sold: boolean
}

export interface DuplicateFinding {
  reason: 'sold_twice' | 'distant'
  first: Sighting
  second: Sighting
  km?: number
}

/** duplicate_serial: one serialised item sold by two events, or seen in two places too far apart to travel in time. */
export function findDuplicate(sightings: Sighting[], distanceLimitKm: number, hours: number): DuplicateFinding | undefined {
  const sorted = [...sightings].sort((a, b) => (a.eventTime < b.eventTime ? -1 : a.eventTime > b.eventTime ? 1 : 0))
  const sold = sorted.filter((s) => s.sold)
  if (sold.length >= 2 && sold[0].eventId !== sold[1].eventId) return { reason: 'sold_twice', first: sold[0], second: sold[1] }
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (Date.parse(sorted[j].eventTime) - Date.parse(sorted[i].eventTime) > hours * HOUR_MS) break
      const km = distanceKm(sorted[i].regionCode, sorted[j].regionCode)
      if (km !== undefined && km >= distanceLimitKm) return { reason: 'distant', first: sorted[i], second: sorted[j], km }
    }
  }
  return undefined
}

/** reporting_gap / maintenance_overdue: the last date is more than `days` before now. */
export function isOverdue(lastAt: string, now: string, days: number): boolean {
  return Date.parse(now) - Date.parse(lastAt) > days * DAY_MS
}

export function cutoffBefore(now: string, days: number): string {
  return new Date(Date.parse(now) - days * DAY_MS).toISOString()
}

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS)
}

/** quota_exceeded: the year's flow is beyond the quota (总量控制指标) plus the tolerance. */
export function isQuotaExceeded(usedMilli: number, quotaMilli: number, tolerancePct: number): boolean {
  return usedMilli > quotaMilli + (quotaMilli * tolerancePct) / 100
}
