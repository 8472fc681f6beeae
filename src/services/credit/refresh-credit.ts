/**
 * Computing a party's credit and keeping its history: the assessment is recomputed from the signals, and
 * a snapshot is appended only when something a reader would see changed, so the history shows changes,
 * not every look.
 */
import { computeCredit, type CreditAssessment, type CreditSignals } from '../../domain/credit/score.js'
import { isSameAssessment, type CreditSnapshot } from '../../domain/credit/snapshot.js'
import type { Party } from '../../domain/master-data.js'
import { newRowId } from '../../storage/ids.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { collectSignals } from './signal-sources.js'

export interface CreditDeps {
  store: Store
  clock: Clock
}

export interface RefreshedCredit {
  snapshot: CreditSnapshot
  signals: CreditSignals
  assessment: CreditAssessment
  /** True when this call appended a new snapshot. */
  changed: boolean
}

export async function refreshCredit(deps: CreditDeps, party: Party): Promise<RefreshedCredit> {
  const now = deps.clock.now()
  const signals = await collectSignals(deps.store, party, now)
  const assessment = computeCredit(signals)
  const previous = await deps.store.credit.latest(party.id)
  if (previous && isSameAssessment(previous, assessment)) return { snapshot: previous, signals, assessment, changed: false }
  const snapshot: CreditSnapshot = { id: newRowId(), partyId: party.id, computedAt: now, ...assessment }
  await deps.store.transaction((tx) => tx.credit.append(snapshot, { name: party.name, regionCode: party.regionCode }))
  return { snapshot, signals, assessment, changed: true }
}
