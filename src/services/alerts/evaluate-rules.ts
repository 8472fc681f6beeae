/**
 * The capture hook: after a write plan is written, in the same transaction, the event rules look at the
 * plan's facts and the small state they keep (never a scan of the events) and record what they find.
 * Reads are batched per capture: at most one query per kind of state, and none for rules with no candidates.
 */
import type { AlertFinding } from '../../domain/alerts/finding.js'
import type { TraceUnit } from '../../domain/master-data.js'
import type { CustodyRow } from '../../storage/repositories/custody-repository.js'
import type { EventRow } from '../../storage/repositories/event-repository.js'
import type { Repositories } from '../../storage/store.js'
import { batchFactsOf, RELEASE_ROLES } from './batch-facts.js'
import { moveClocks } from './clocks.js'
import { balanceFindings, licenceFindings, quotaFindings } from './flow-rules.js'
import { recordFindings } from './record-findings.js'
import { releaseFindings, unitFactsOf } from './release-rules.js'
import type { RuleEngine } from './rule-engine.js'
import { duplicateFindings } from './serial-rules.js'

export interface EvaluatedPlan {
  events: EventRow[]
  custody: CustodyRow[]
  /** Every unit the plan's events name, by id. */
  named: ReadonlyMap<string, TraceUnit>
}

/** @returns the ids of the alerts opened. */
export async function evaluateRules(repos: Repositories, plan: EvaluatedPlan, engine: RuleEngine, now: string): Promise<string[]> {
  if (!engine.enabled || plan.events.length === 0) return []
  const book = await engine.thresholds(repos)
  const facts = batchFactsOf(plan)
  const ctx = { repos, facts, book }

  await moveClocks(repos, facts)
  const newFacts = unitFactsOf(facts)
  if (newFacts.length > 0) await repos.alertState.insertUnitFacts(newFacts)
  const releasedUnits = [...new Set(facts.custody.filter((c) => RELEASE_ROLES.has(c.role)).map((c) => c.unit_id))]
  const unitFacts = releasedUnits.length > 0 ? await repos.alertState.unitFacts(releasedUnits) : []

  const findings: AlertFinding[] = [
    ...await balanceFindings(ctx),
    ...await releaseFindings(ctx, unitFacts),
    ...await licenceFindings(ctx),
    ...await duplicateFindings(ctx),
    ...await quotaFindings(ctx),
  ]
  return recordFindings(repos, findings, book, now)
}
