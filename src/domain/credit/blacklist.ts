/**
 * The quality blacklist (质量失信黑名单): an entry names a party, the reason, the decision document and the
 * deciding authority, and a period. It is never changed: an early removal is a revocation row of its own.
 * An entry is in force from its first day to its last day inclusive (dates in Asia/Shanghai, as written
 * on the decision), unless revoked before.
 */

export interface BlacklistEntry {
  id: string
  partyId: string
  partyName: string
  uscc?: string
  regionCode: string
  reason: string
  decisionNo: string
  decisionTitle: string
  authority: string
  /** First day in force, YYYY-MM-DD. */
  validFrom: string
  /** Last day in force, YYYY-MM-DD. */
  validTo: string
  createdAt: string
  createdBy: string
  revocation?: BlacklistRevocation
}

export interface BlacklistRevocation {
  id: string
  entryId: string
  reason: string
  revokedAt: string
  revokedBy: string
}

export type BlacklistStatus = 'pending' | 'active' | 'expired' | 'revoked'

/** Longest period one decision may set (the rules in force cap listing periods at a few years). */
export const MAX_BLACKLIST_YEARS = 5

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/** The calendar day of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(instant: string): string {
  return new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

export function statusOf(entry: Pick<BlacklistEntry, 'validFrom' | 'validTo' | 'revocation'>, now: string): BlacklistStatus {
  if (entry.revocation) return 'revoked'
  const today = shanghaiDate(now)
  if (today < entry.validFrom) return 'pending'
  return today > entry.validTo ? 'expired' : 'active'
}

export function isInForce(entry: Pick<BlacklistEntry, 'validFrom' | 'validTo' | 'revocation'>, now: string): boolean {
  return statusOf(entry, now) === 'active'
}

/** A problem with a period, or undefined when it is acceptable. */
export function periodProblem(validFrom: string, validTo: string): { field: '/validFrom' | '/validTo'; detail: string } | undefined {
  if (!isCalendarDate(validFrom)) return { field: '/validFrom', detail: 'not a date (YYYY-MM-DD)' }
  if (!isCalendarDate(validTo)) return { field: '/validTo', detail: 'not a date (YYYY-MM-DD)' }
  if (validTo < validFrom) return { field: '/validTo', detail: 'ends before it starts' }
  const limit = `${Number(validFrom.slice(0, 4)) + MAX_BLACKLIST_YEARS}${validFrom.slice(4)}`
  if (validTo > limit) return { field: '/validTo', detail: `longer than ${MAX_BLACKLIST_YEARS} years` }
  return undefined
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** What the public site and the joint-punishment lookup show: no internal ids of who entered it. */
export interface PublicBlacklistEntry {
  id: string
  partyName: string
  uscc?: string
  regionCode: string
  reason: string
  decisionNo: string
  decisionTitle: string
  authority: string
  validFrom: string
  validTo: string
  publishedAt: string
  status: BlacklistStatus
  revokedAt?: string
  revocationReason?: string
}

export function publicView(entry: BlacklistEntry, now: string): PublicBlacklistEntry {
  return {
    id: entry.id, partyName: entry.partyName, uscc: entry.uscc, regionCode: entry.regionCode, reason: entry.reason,
    decisionNo: entry.decisionNo, decisionTitle: entry.decisionTitle, authority: entry.authority,
    validFrom: entry.validFrom, validTo: entry.validTo, publishedAt: entry.createdAt, status: statusOf(entry, now),
    revokedAt: entry.revocation?.revokedAt, revocationReason: entry.revocation?.reason,
  }
}
