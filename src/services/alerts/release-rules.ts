/**
 * Unit facts and the rules on releasing a product: `expired_sale` (shipped or sold after its expiry date,
 * from the registered lot or the ILMD `itemExpirationDate`/`bestBeforeDate` of the event that made it) and
 * `failed_inspection_shipped` (shipped or sold after its latest inspection failed: CBV 2.0 disposition
 * `non_conformant`, or `zs:data.testResult` 不合格/阳性 — the data standard's TEST_RESULTS).
 */
import { inspectionOutcome, isExpiredOn, localDay } from '../../domain/alerts/conditions.js'
import type { AlertFinding } from '../../domain/alerts/finding.js'
import type { AlertUnitFactTable } from '../../storage/alert-schema.js'
import { newRowId } from '../../storage/ids.js'
import { evidenceOf, RELEASE_ROLES, stepWord, type BatchFacts } from './batch-facts.js'
import { activeThreshold, type RuleContext } from './rule-context.js'

const INSPECTION_STEPS = new Set(['inspecting', 'sampling', 'quarantining'])
const EXPIRY_KEYS = ['cbvmda:itemExpirationDate', 'itemExpirationDate', 'cbvmda:bestBeforeDate', 'bestBeforeDate'] as const

/** Expiry dates and inspection outcomes the batch declares, as rows for `alert_unit_fact`. */
export function unitFactsOf(facts: BatchFacts): AlertUnitFactTable[] {
  const rows: AlertUnitFactTable[] = []
  const documents = new Map<string, Record<string, any>>()
  const documentOf = (rowId: string) => {
    let doc = documents.get(rowId)
    if (!doc) documents.set(rowId, (doc = JSON.parse(facts.events.get(rowId)!.document) as Record<string, any>))
    return doc
  }
  for (const c of facts.custody) {
    const event = facts.events.get(c.event_row_id)!
    const base = { unit_id: c.unit_id, event_row_id: c.event_row_id, event_id: c.event_id, event_time: c.event_time, party_id: c.party_id }
    // A cheap text test first: most events carry no ILMD, and parsing every document would cost more than the rules.
    if (c.role === 'made' && (event.document.includes('ExpirationDate') || event.document.includes('bestBeforeDate'))) {
      const ilmd = documentOf(c.event_row_id).ilmd as Record<string, unknown> | undefined
      const expiry = EXPIRY_KEYS.map((k) => ilmd?.[k]).find((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))
      if (expiry) rows.push({ id: newRowId(), fact: 'expiry', value: expiry.slice(0, 10), ...base })
    }
    if (INSPECTION_STEPS.has(stepWord(event.biz_step) ?? '')) {
      const data = documentOf(c.event_row_id)['zs:data'] as Record<string, unknown> | undefined
      const outcome = inspectionOutcome(event.disposition ?? undefined, data?.testResult)
      if (outcome) rows.push({ id: newRowId(), fact: 'inspection', value: outcome, ...base })
    }
  }
  return rows
}

export async function releaseFindings(ctx: RuleContext, unitFacts: AlertUnitFactTable[]): Promise<AlertFinding[]> {
  const { facts, book } = ctx
  const releases = facts.custody.filter((c) => RELEASE_ROLES.has(c.role) && c.party_id)
  if (releases.length === 0) return []
  const byUnit = new Map<string, AlertUnitFactTable[]>()
  for (const f of unitFacts) byUnit.set(f.unit_id, [...(byUnit.get(f.unit_id) ?? []), f])
  const findings: AlertFinding[] = []
  for (const c of releases) {
    const event = facts.events.get(c.event_row_id)!
    const region = c.region_code ?? undefined
    const unit = facts.units.get(c.unit_id)
    const known = byUnit.get(c.unit_id) ?? []
    const base = { subject: { kind: 'party' as const, id: c.party_id! }, key: c.unit_id, partyId: c.party_id!, regionCode: region, category: event.category ?? undefined, evidence: [evidenceOf(c, facts.units)] }

    const expired = activeThreshold(book, 'expired_sale', region)
    const expiryDate = unit?.expiryDate ?? known.filter((f) => f.fact === 'expiry').at(-1)?.value
    if (expired && expiryDate) {
      const day = localDay(c.event_time, event.event_time_zone_offset)
      if (isExpiredOn(expiryDate, day, expired.parameters.graceDays)) {
        findings.push({ rule: 'expired_sale', ...base, data: { unitKey: unit?.key ?? c.unit_id, expiryDate: expiryDate.slice(0, 10), day } })
      }
    }
    if (activeThreshold(book, 'failed_inspection_shipped', region)) {
      const latest = known.filter((f) => f.fact === 'inspection' && f.event_time <= c.event_time).at(-1)
      if (latest?.value === 'failed') {
        findings.push({
          rule: 'failed_inspection_shipped', ...base,
          evidence: [{ eventRowId: latest.event_row_id, eventId: latest.event_id, eventTime: latest.event_time, partyId: latest.party_id ?? undefined, unitId: c.unit_id, unitKey: unit?.key }, ...base.evidence],
          data: { unitKey: unit?.key ?? c.unit_id, failedAt: latest.event_time },
        })
      }
    }
  }
  return findings
}
