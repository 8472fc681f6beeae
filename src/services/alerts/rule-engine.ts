/**
 * The rule engine of one store: whether rules run (`ZHUISU_ALERT_RULES`) and the thresholds, cached so that
 * capture reads them at most every few seconds instead of once per request. Capture has many callers
 * (native API, EPCIS, spreadsheets, CLI import, demo loader); keeping the engine beside the store lets all
 * of them evaluate the same rules without each passing it along.
 */
import { ThresholdBook } from '../../domain/alerts/thresholds.js'
import type { Repositories, Store } from '../../storage/store.js'

/** Threshold changes made by another process are seen within this time. */
const THRESHOLD_CACHE_MS = 10_000

export interface RuleEngine {
  enabled: boolean
  thresholds(repos: Pick<Repositories, 'alertSettings'>): Promise<ThresholdBook>
  /** Forget the cached thresholds (after a change in this process). */
  invalidate(): void
}

const engines = new WeakMap<object, RuleEngine>()

export function ruleEngineOf(store: Store): RuleEngine {
  let engine = engines.get(store)
  if (!engine) engines.set(store, (engine = createRuleEngine()))
  return engine
}

/** `ZHUISU_ALERT_RULES=off` (config.alertRules): capture writes no alert state and raises no alert. */
export function setAlertRulesEnabled(store: Store, enabled: boolean): void {
  ruleEngineOf(store).enabled = enabled
}

function createRuleEngine(): RuleEngine {
  let cached: { book: ThresholdBook; at: number } | undefined
  return {
    enabled: true,
    async thresholds(repos) {
      // A monotonic timer for cache freshness only; business times come from the Clock.
      const now = performance.now()
      if (cached && now - cached.at < THRESHOLD_CACHE_MS) return cached.book
      const book = new ThresholdBook(await repos.alertSettings.currentThresholds())
      cached = { book, at: now }
      return book
    },
    invalidate() {
      cached = undefined
    },
  }
}
