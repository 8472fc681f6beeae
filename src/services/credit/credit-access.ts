/** Credit under scope: a party's credit with its reasons and history, and the regulator's list. */
import { GRADES, type CreditGrade, type Text } from '../../domain/credit/score.js'
import type { CreditListing, CreditSnapshot } from '../../domain/credit/snapshot.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { CreditSort } from '../../storage/repositories/credit-repository.js'
import { denied, mayReadCredit, mayReadParty, narrowPrefix, requireConfidentialReader, requireSupervisor, type Scope } from '../access/scope.js'
import { refreshCredit, type CreditDeps } from './refresh-credit.js'
import { activeSources } from './signal-sources.js'

/** Snapshots shown as a party's score history. */
const HISTORY_LIMIT = 100

export interface PartyCredit {
  party: { id: string; name: string; uscc?: string; regionCode: string }
  current: CreditSnapshot & { meaning: Text }
  history: { snapshotId: string; computedAt: string; score: number; grade: CreditGrade }[]
  sources: string[]
}

export async function getPartyCreditFor(deps: CreditDeps, scope: Scope, partyId: string): Promise<PartyCredit> {
  requireConfidentialReader(scope)
  const party = await deps.store.parties.findById(partyId)
  // A regulator's out-of-scope party answers as an unknown one; an enterprise asking for another's credit is refused.
  if (!party || (scope.kind !== 'parties' && !mayReadParty(scope, party))) throw new ZhuisuError('party_not_found', '/id')
  if (!mayReadCredit(scope, party)) throw denied(scope)
  const { snapshot } = await refreshCredit(deps, party)
  const history = await deps.store.credit.history(party.id, HISTORY_LIMIT)
  return {
    party: { id: party.id, name: party.name, uscc: party.uscc, regionCode: party.regionCode },
    current: { ...snapshot, meaning: GRADES[snapshot.grade].meaning },
    history: history.reverse().map((h) => ({ snapshotId: h.id, computedAt: h.computedAt, score: h.score, grade: h.grade })),
    sources: activeSources(),
  }
}

export interface CreditListInput {
  grade?: CreditGrade
  regionCode?: string
  sort?: CreditSort
  limit: number
  offset: number
}

export async function listCreditFor(deps: CreditDeps, scope: Scope, input: CreditListInput): Promise<{ total: number; rows: CreditListing[] }> {
  requireSupervisor(scope)
  const requested = input.regionCode?.replace(/0+$/, '')
  const regionPrefix = scope.kind === 'region' ? narrowPrefix(scope.regionPrefix, requested) : requested
  if (regionPrefix === undefined) return { total: 0, rows: [] }
  return deps.store.credit.list({
    regionPrefix, categories: scope.kind === 'region' ? scope.categories : undefined, grade: input.grade,
    sort: input.sort ?? 'score', limit: input.limit, offset: input.offset,
  })
}

/** Most parties one recomputation covers (it reads a few indexed queries per party). */
export const MAX_RECOMPUTE = 2000

/** Recomputes the credit of every party in the caller's scope (the "periodic" path, run on request). */
export async function recomputeCreditFor(deps: CreditDeps, scope: Scope, input: { regionCode?: string }): Promise<{ parties: number; changed: number }> {
  requireSupervisor(scope)
  const requested = input.regionCode?.replace(/0+$/, '')
  const regionPrefix = scope.kind === 'region' ? narrowPrefix(scope.regionPrefix, requested) : requested
  if (regionPrefix === undefined) return { parties: 0, changed: 0 }
  const parties = await deps.store.parties.list({ limit: MAX_RECOMPUTE, offset: 0, regionPrefix, categories: scope.kind === 'region' ? scope.categories : undefined })
  let changed = 0
  for (const party of parties) if ((await refreshCredit(deps, party)).changed) changed++
  return { parties: parties.length, changed }
}
