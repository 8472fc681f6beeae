/**
 * The quality blacklist (质量失信黑名单): regulators (for parties in their region and categories) and the
 * operator add entries and revoke them early; both are new rows, never edits. Listing and the
 * joint-punishment check are public (docs/credit.md): the list is published on the public site anyway.
 */
import { isInForce, periodProblem, publicView, shanghaiDate, type BlacklistEntry, type PublicBlacklistEntry } from '../../domain/credit/blacklist.js'
import { ZhuisuError } from '../../domain/errors.js'
import { validateUscc } from '../../domain/identifiers/uscc.js'
import type { Party } from '../../domain/master-data.js'
import { newRowId } from '../../storage/ids.js'
import type { Store } from '../../storage/store.js'
import { mayReadParty, requireSupervisor, type Scope } from '../access/scope.js'
import type { Clock } from '../clock.js'

export interface BlacklistDeps {
  store: Store
  clock: Clock
}

export interface BlacklistInput {
  partyId?: string
  uscc?: string
  reason: string
  decisionNo: string
  decisionTitle: string
  authority?: string
  validFrom: string
  validTo: string
}

export async function addBlacklistEntry(deps: BlacklistDeps, scope: Scope, input: BlacklistInput): Promise<PublicBlacklistEntry> {
  requireSupervisor(scope)
  const problem = periodProblem(input.validFrom, input.validTo)
  if (problem) throw new ZhuisuError('blacklist_period_invalid', problem.field, { reason: problem.detail })
  const party = await partyOf(deps.store, input)
  if (!mayReadParty(scope, party)) throw new ZhuisuError('forbidden', input.partyId !== undefined ? '/partyId' : '/uscc')
  const entry: BlacklistEntry = {
    id: newRowId(), partyId: party.id, partyName: party.name, uscc: party.uscc, regionCode: party.regionCode,
    reason: input.reason.trim(), decisionNo: input.decisionNo.trim(), decisionTitle: input.decisionTitle.trim(),
    authority: (input.authority ?? scope.actor.organisationName ?? '').trim() || '—',
    validFrom: input.validFrom, validTo: input.validTo, createdAt: deps.clock.now(), createdBy: actorLabel(scope),
  }
  await deps.store.transaction((tx) => tx.blacklist.insert(entry))
  return publicView(entry, entry.createdAt)
}

async function partyOf(store: Store, input: BlacklistInput): Promise<Party> {
  if (input.partyId !== undefined) {
    const party = await store.parties.findById(input.partyId)
    if (!party) throw new ZhuisuError('party_not_found', '/partyId')
    return party
  }
  if (input.uscc === undefined) throw new ZhuisuError('blacklist_party_required', '/partyId')
  const checked = validateUscc(input.uscc)
  if (!checked.valid) throw new ZhuisuError('uscc_invalid', '/uscc', { reason: checked.reason })
  const party = await store.parties.findByUscc(checked.normalized)
  if (!party) throw new ZhuisuError('party_not_found', '/uscc')
  return party
}

export async function revokeBlacklistEntry(deps: BlacklistDeps, scope: Scope, entryId: string, reason: string): Promise<PublicBlacklistEntry> {
  requireSupervisor(scope)
  const entry = await deps.store.blacklist.findById(entryId)
  const party = entry && await deps.store.parties.findById(entry.partyId)
  if (!entry || !party) throw new ZhuisuError('blacklist_entry_not_found', '/id')
  if (!mayReadParty(scope, party)) throw new ZhuisuError('forbidden', '/id')
  const now = deps.clock.now()
  if (entry.revocation || shanghaiDate(now) > entry.validTo) throw new ZhuisuError('blacklist_not_in_force', '/id')
  const revocation = { id: newRowId(), entryId: entry.id, reason: reason.trim(), revokedAt: now, revokedBy: actorLabel(scope) }
  try {
    await deps.store.transaction((tx) => tx.blacklist.insertRevocation(revocation))
  } catch (error) {
    // Two revocations racing: the unique index on entry_id lets one through.
    if (deps.store.isUniqueViolation(error)) throw new ZhuisuError('blacklist_not_in_force', '/id')
    throw error
  }
  return publicView({ ...entry, revocation }, now)
}

function actorLabel(scope: Scope): string {
  return scope.actor.organisationId ?? scope.actor.organisationName ?? scope.actor.credential
}

export interface PublicListInput { q?: string; limit: number; offset: number }

/** The public list: entries in force today, newest first, public fields only. */
export async function listPublicBlacklist(deps: BlacklistDeps, input: PublicListInput): Promise<{ total: number; entries: PublicBlacklistEntry[] }> {
  const now = deps.clock.now()
  const { total, entries } = await deps.store.blacklist.list({ inForceOn: shanghaiDate(now), text: input.q, limit: input.limit, offset: input.offset })
  return { total, entries: entries.map((e) => publicView(e, now)) }
}

/** Joint-punishment lookup (联合惩戒): is this party blacklisted now? By USCC (checked) or party id. */
export async function checkBlacklist(deps: BlacklistDeps, input: { uscc?: string; party?: string }): Promise<{ blacklisted: boolean; checkedAt: string; entries: PublicBlacklistEntry[] }> {
  const now = deps.clock.now()
  let query: { uscc?: string; partyId?: string }
  if (input.uscc !== undefined) {
    const checked = validateUscc(input.uscc)
    if (!checked.valid) throw new ZhuisuError('uscc_invalid', '/uscc', { reason: checked.reason })
    query = { uscc: checked.normalized }
  } else if (input.party !== undefined) {
    query = { partyId: input.party }
  } else {
    throw new ZhuisuError('blacklist_party_required', '/uscc')
  }
  const { entries } = await deps.store.blacklist.list({ ...query, inForceOn: shanghaiDate(now), limit: 20, offset: 0 })
  const inForce = entries.filter((e) => isInForce(e, now))
  return { blacklisted: inForce.length > 0, checkedAt: now, entries: inForce.map((e) => publicView(e, now)) }
}
