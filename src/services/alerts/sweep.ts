/**
 * The timer rules, run by a sweep (src/workers/alert-sweep.ts every few minutes; tests call it directly
 * with a fixed clock): `reporting_gap` (a party's last report, or its registration when it never reported,
 * older than `days`) and `maintenance_overdue` (an elevator's last maintenance older than `days`). The
 * clocks are indexed by time, so a sweep reads only what is due, page by page, one short transaction each.
 */
import { cutoffBefore, daysBetween, isOverdue } from '../../domain/alerts/conditions.js'
import type { AlertFinding } from '../../domain/alerts/finding.js'
import type { RuleId } from '../../domain/alerts/rules.js'
import type { ThresholdBook } from '../../domain/alerts/thresholds.js'
import type { PartyId } from '../../domain/ids.js'
import type { Repositories, Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { recordFindings } from './record-findings.js'
import { ruleEngineOf } from './rule-engine.js'

const PAGE = 500

export interface SweepReport {
  opened: number
  checked: number
}

export async function sweepTimedRules(store: Store, clock: Clock): Promise<SweepReport> {
  const engine = ruleEngineOf(store)
  const report: SweepReport = { opened: 0, checked: 0 }
  if (!engine.enabled) return report
  const now = clock.now()
  const book = await engine.thresholds(store)
  await pageThrough(store, book, now, 'reporting_gap', report, async (repos, cutoff, after) => {
    const due = await repos.alertState.dueClocks('report', cutoff, PAGE, after)
    const parties = new Map((await repos.parties.findByIds(due.map((d) => d.subject_id as PartyId))).map((p) => [p.id as string, p]))
    const silent = due.map((d) => ({ id: d.subject_id, lastAt: d.last_at, party: parties.get(d.subject_id) }))
    return { last: due.at(-1)?.subject_id, items: silent.flatMap((s) => (s.party ? [{ ...s.party, lastAt: s.lastAt, reported: true }] : [])) }
  })
  await pageThrough(store, book, now, 'reporting_gap', report, async (repos, cutoff, after) => {
    const never = await repos.alertState.neverReported(cutoff, PAGE, after)
    return { last: never.at(-1)?.id, items: never.map((p) => ({ id: p.id, name: p.name, regionCode: p.regionCode, categories: JSON.parse(p.categories) as string[], lastAt: p.createdAt, reported: false })) }
  })
  await pageThrough(store, book, now, 'maintenance_overdue', report, async (repos, cutoff, after) => {
    const due = await repos.alertState.dueClocks('maintenance', cutoff, PAGE, after)
    const keys = new Map((await repos.units.findByIds(due.map((d) => d.subject_id))).map((u) => [u.id as string, u.key]))
    return { last: due.at(-1)?.subject_id, items: due.map((d) => ({ id: d.subject_id, name: keys.get(d.subject_id) ?? d.subject_id, regionCode: d.region_code ?? undefined, categories: ['equipment'], lastAt: d.last_at, reported: true, partyId: d.party_id ?? undefined, eventId: d.event_id ?? undefined })) }
  })
  return report
}

interface DueItem {
  id: string
  name: string
  regionCode?: string
  categories: string[]
  lastAt: string
  reported: boolean
  partyId?: string
  eventId?: string
}

type Page = (repos: Repositories, cutoff: string, after: string) => Promise<{ last?: string; items: DueItem[] }>

async function pageThrough(store: Store, book: ThresholdBook, now: string, rule: RuleId, report: SweepReport, page: Page): Promise<void> {
  // The query cuts at the shortest period any region uses; each item is then held to its own region's.
  const shortest = book.widest(rule, 'days', Math.min)
  if (shortest === undefined) return
  const cutoff = cutoffBefore(now, shortest)
  let after = ''
  for (;;) {
    const done = await store.transaction(async (repos) => {
      const { last, items } = await page(repos, cutoff, after)
      const findings = items.flatMap((item) => findingFor(rule, item, book, now))
      report.checked += items.length
      report.opened += (await recordFindings(repos, findings, book, now, true)).length
      if (last === undefined || items.length === 0) return true
      after = last
      return false
    })
    if (done) break
  }
}

function findingFor(rule: RuleId, item: DueItem, book: ThresholdBook, now: string): AlertFinding[] {
  const threshold = book.for(rule, item.regionCode)
  if (!threshold.enabled || !isOverdue(item.lastAt, now, threshold.parameters.days)) return []
  const days = daysBetween(item.lastAt, now)
  if (rule === 'maintenance_overdue') {
    return [{
      rule, subject: { kind: 'unit', id: item.id }, key: item.lastAt, partyId: item.partyId, regionCode: item.regionCode, category: 'equipment',
      evidence: [{ eventId: item.eventId, eventTime: item.lastAt, unitId: item.id, unitKey: item.name, partyId: item.partyId }],
      data: { unitKey: item.name, days, lastAt: item.lastAt.slice(0, 10), limit: threshold.parameters.days },
    }]
  }
  return [{
    rule, subject: { kind: 'party', id: item.id }, key: item.lastAt, partyId: item.id, regionCode: item.regionCode, category: item.categories[0],
    evidence: [], data: { partyName: item.name, days, lastAt: item.reported ? item.lastAt.slice(0, 10) : '—' },
  }]
}
