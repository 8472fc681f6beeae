/** What every event rule gets: the transaction's repositories, the batch's facts and the thresholds. */
import type { AlertFinding } from '../../domain/alerts/finding.js'
import type { RuleId } from '../../domain/alerts/rules.js'
import type { EffectiveThreshold, ThresholdBook } from '../../domain/alerts/thresholds.js'
import type { Repositories } from '../../storage/store.js'
import type { BatchFacts } from './batch-facts.js'

export interface RuleContext {
  repos: Repositories
  facts: BatchFacts
  book: ThresholdBook
}

export type EventRule = (ctx: RuleContext) => Promise<AlertFinding[]>

/** The threshold for a rule at a region, or undefined when the rule is switched off there. */
export function activeThreshold(book: ThresholdBook, rule: RuleId, regionCode: string | undefined): EffectiveThreshold | undefined {
  const threshold = book.for(rule, regionCode)
  return threshold.enabled ? threshold : undefined
}
