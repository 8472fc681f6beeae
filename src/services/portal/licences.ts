/**
 * Licences and certificates (许可证、资质证书) an enterprise keeps on the platform, with expiry reminders.
 * Append-only: adding or renewing is a row, withdrawing is another row; the current set is the newest row
 * per (type, number). Licences given at registration (party.licences) are listed too, as recorded then.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { LicenceRow } from '../../storage/repositories/portal-repository.js'
import { requirePartyWriter, type Scope } from '../access/scope.js'
import { ownParties } from './context.js'
import type { PortalDeps } from './portal-deps.js'

/** How long before expiry the home page warns (days). */
export const EXPIRY_WARNING_DAYS = 30
const MAX_HISTORY = 2000
const MAX_TEXT = 100
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

export type LicenceStatus = 'valid' | 'expiring' | 'expired' | 'no_expiry'

export interface LicenceView {
  partyId: string
  type: string
  number: string
  validUntil?: string
  status: LicenceStatus
  /** Whole days from today to the expiry date (negative once expired). */
  daysLeft?: number
  source: 'registration' | 'portal'
  recordedAt?: string
}

export function licenceStatus(validUntil: string | undefined, today: string): { status: LicenceStatus; daysLeft?: number } {
  if (!validUntil) return { status: 'no_expiry' }
  const daysLeft = Math.round((Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS)
  return { status: daysLeft < 0 ? 'expired' : daysLeft <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid', daysLeft }
}

/** Today in China (UTC+8): an expiry date is a calendar date there. */
const todayIn = (now: string) => new Date(Date.parse(now) + 8 * 3_600_000).toISOString().slice(0, 10)

function currentOf(history: LicenceRow[]): LicenceRow[] {
  const latest = new Map<string, LicenceRow>()
  for (const row of history) latest.set(`${row.party_id}|${row.type}|${row.number}`, row)
  return [...latest.values()].filter((row) => row.action === 'add')
}

export async function listLicences(deps: Pick<PortalDeps, 'store' | 'clock'>, scope: Scope) {
  const parties = await ownParties(deps, scope)
  const history = await deps.store.portal.licenceHistory(parties.map((p) => p.id), MAX_HISTORY)
  const today = todayIn(deps.clock.now())
  const keyed = new Set(history.map((row) => `${row.party_id}|${row.type}|${row.number}`))
  const fromRegistration: LicenceView[] = parties.flatMap((party) => party.licences
    .filter((l) => !keyed.has(`${party.id}|${l.type}|${l.number}`))
    .map((l) => ({ partyId: party.id, type: l.type, number: l.number, validUntil: l.validUntil, source: 'registration' as const, ...licenceStatus(l.validUntil, today) })))
  const fromPortal: LicenceView[] = currentOf(history).map((row) => ({
    partyId: row.party_id, type: row.type, number: row.number, validUntil: row.valid_until ?? undefined, source: 'portal', recordedAt: row.recorded_at,
    ...licenceStatus(row.valid_until ?? undefined, today),
  }))
  const licences = [...fromRegistration, ...fromPortal].sort((a, b) => (a.validUntil ?? '9999').localeCompare(b.validUntil ?? '9999'))
  return {
    licences,
    reminders: licences.filter((l) => l.status === 'expiring' || l.status === 'expired'),
    history: history.map((row) => ({ partyId: row.party_id, type: row.type, number: row.number, validUntil: row.valid_until ?? undefined, action: row.action, recordedAt: row.recorded_at, recordedBy: row.recorded_by })),
  }
}

export interface LicenceInput {
  partyId?: string
  type: string
  number: string
  validUntil?: string
  action?: 'add' | 'withdraw'
}

function checkText(value: string, field: string): string {
  const text = value.trim()
  if (text === '' || text.length > MAX_TEXT) throw new ZhuisuError('invalid_request', field)
  return text
}

export async function recordLicence(deps: Pick<PortalDeps, 'store' | 'clock'>, scope: Scope, input: LicenceInput) {
  const parties = await ownParties(deps, scope)
  const partyId = input.partyId ?? parties[0].id
  requirePartyWriter(scope, partyId, '/partyId')
  const type = checkText(input.type, '/type')
  const number = checkText(input.number, '/number')
  const validUntil = input.validUntil?.trim() || undefined
  if (validUntil !== undefined && (!DATE.test(validUntil) || Number.isNaN(Date.parse(`${validUntil}T00:00:00Z`)))) throw new ZhuisuError('time_invalid', '/validUntil')
  const row: LicenceRow = {
    id: newRowId(), party_id: partyId, type, number, valid_until: validUntil ?? null, action: input.action ?? 'add',
    recorded_at: deps.clock.now(), recorded_by: scope.actor.username ?? scope.actor.organisationId ?? scope.actor.role,
  }
  await deps.store.portal.insertLicence(row)
  return { type, number, validUntil, action: row.action, recordedAt: row.recorded_at, ...licenceStatus(validUntil, todayIn(row.recorded_at)) }
}
