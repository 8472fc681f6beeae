/**
 * Threshold settings per region (GET/PUT /api/v1/alert-thresholds) and rare-earth quotas (GET/PUT
 * /api/v1/quotas): the operator anywhere, a regulator in its own region subtree and categories. A change is a
 * new row (history kept); the rule engine's cache is dropped so that the next capture uses it.
 */
import { RULE_IDS, RULES, type RuleId, type Severity } from '../../domain/alerts/rules.js'
import { checkThresholdInput, defaultThreshold, type EffectiveThreshold } from '../../domain/alerts/thresholds.js'
import { regionPrefix } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { PartyId } from '../../domain/ids.js'
import { REGION_CODE_PATTERN } from '../../domain/regions.js'
import { newRowId } from '../../storage/ids.js'
import type { QuotaRecord } from '../../storage/repositories/alert-settings-repository.js'
import { denied, mayConfigureAlerts, mayReadParty, requireConfidentialReader, type Scope } from '../access/scope.js'
import type { AlertDeps } from './alert-access.js'
import { ruleEngineOf } from './rule-engine.js'

export interface ThresholdView extends EffectiveThreshold {
  name: { zh: string; en: string }
  category?: string
  timed: boolean
  defaults: EffectiveThreshold
  /** Whether the caller may change it for this region. */
  editable: boolean
}

export async function thresholdsFor(deps: AlertDeps, scope: Scope, regionCode: string | undefined): Promise<{ regionCode: string; thresholds: ThresholdView[] }> {
  requireConfidentialReader(scope)
  if (scope.kind === 'parties') throw new ZhuisuError('forbidden')
  const code = regionCode ?? (scope.kind === 'region' ? (scope.actor.regionCode ?? '000000') : '000000')
  if (!REGION_CODE_PATTERN.test(code)) throw new ZhuisuError('alert_threshold_invalid', '/regionCode')
  const prefix = regionPrefix(code)
  const book = await ruleEngineOf(deps.store).thresholds(deps.store)
  return {
    regionCode: code,
    thresholds: RULE_IDS.map((rule) => {
      const effective = book.for(rule, prefix === '' ? undefined : code)
      return {
        ...effective, name: { zh: RULES[rule].zh, en: RULES[rule].en }, category: RULES[rule].category, timed: RULES[rule].timed,
        defaults: defaultThreshold(rule), editable: mayConfigureAlerts(scope, prefix, RULES[rule].category),
      }
    }),
  }
}

export interface ThresholdInput {
  regionCode: string
  rule: string
  enabled?: boolean
  severity?: string
  parameters?: Record<string, number>
}

export async function setThresholdFor(deps: AlertDeps, scope: Scope, input: ThresholdInput): Promise<{ regionCode: string; thresholds: ThresholdView[] }> {
  requireConfidentialReader(scope)
  if (!REGION_CODE_PATTERN.test(input.regionCode)) throw new ZhuisuError('alert_threshold_invalid', '/regionCode')
  checkThresholdInput(input)
  const rule = input.rule as RuleId
  const prefix = regionPrefix(input.regionCode)
  if (!mayConfigureAlerts(scope, prefix, RULES[rule].category)) throw scope.kind === 'region' ? new ZhuisuError('forbidden', '/regionCode') : denied(scope)
  const base = defaultThreshold(rule)
  await deps.store.alertSettings.insertThreshold(newRowId(), {
    regionPrefix: prefix, rule, enabled: input.enabled ?? true, severity: (input.severity as Severity | undefined) ?? base.severity,
    parameters: { ...base.parameters, ...input.parameters }, setBy: scope.actor.username ?? scope.actor.organisationName ?? scope.actor.role, setAt: deps.clock.now(),
  })
  ruleEngineOf(deps.store).invalidate()
  return thresholdsFor(deps, scope, input.regionCode)
}

export async function quotasFor(deps: AlertDeps, scope: Scope, year: number | undefined): Promise<{ quotas: QuotaRecord[] }> {
  requireConfidentialReader(scope)
  if (scope.kind === 'public') throw denied(scope)
  const partyIds = scope.kind === 'parties' ? scope.own : undefined
  let quotas = await deps.store.alertSettings.currentQuotas({ partyIds, year })
  if (scope.kind === 'region') {
    const parties = new Map((await deps.store.parties.findByIds(quotas.map((q) => q.partyId as PartyId))).map((p) => [p.id as string, p]))
    quotas = quotas.filter((q) => { const p = parties.get(q.partyId); return p !== undefined && mayReadParty(scope, p) })
  }
  return { quotas }
}

export async function setQuotaFor(deps: AlertDeps, scope: Scope, input: { partyId: string; year: number; quantity: number; uom: string }): Promise<QuotaRecord> {
  requireConfidentialReader(scope)
  const [party] = await deps.store.parties.findByIds([input.partyId as PartyId])
  if (!party) throw new ZhuisuError('party_not_found', '/partyId')
  if (!mayConfigureAlerts(scope, party.regionCode, 'rare_earth')) throw scope.kind === 'region' ? new ZhuisuError('forbidden', '/partyId') : denied(scope)
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw new ZhuisuError('quota_invalid', '/year')
  if (!Number.isFinite(input.quantity) || input.quantity < 0) throw new ZhuisuError('quota_invalid', '/quantity')
  const record: QuotaRecord = {
    partyId: party.id, year: input.year, quantityMilli: Math.round(input.quantity * 1000), uom: input.uom,
    setBy: scope.actor.username ?? scope.actor.organisationName ?? scope.actor.role, setAt: deps.clock.now(),
  }
  await deps.store.alertSettings.insertQuota(newRowId(), record)
  return record
}
