/**
 * Where credit signals come from, one entry per source. A source the platform does not have yet (alerts,
 * complaints and recalls arrive with their own modules) is added here and nowhere else: it reads its own
 * repository and returns its part of CreditSignals. Every source looks back over the same window.
 */
import { shanghaiDate } from '../../domain/credit/blacklist.js'
import { REPORTING_LATE_HOURS, type AlertSeverity, type CreditSignals, type CreditSource } from '../../domain/credit/score.js'
import type { Party } from '../../domain/master-data.js'
import type { Repositories } from '../../storage/store.js'

export interface SignalWindow {
  /** Start of the look-back window (ISO instant). */
  since: string
  now: string
}

export interface SignalSource {
  source: CreditSource
  collect(repos: Repositories, party: Party, window: SignalWindow): Promise<Partial<CreditSignals>>
}

/** How far back credit looks: one year, the period credit-rating rules usually consider. */
export const CREDIT_WINDOW_DAYS = 365
/** Most rows one source reads per party. */
const MAX_ROWS = 2000
/** Evidence shown with a reporting reason: the first few late or incomplete events. */
const MAX_REPORTING_EVIDENCE = 20
const HOUR_MS = 3600 * 1000

const inspections: SignalSource = {
  source: 'inspection',
  async collect(repos, party, window) {
    const facts = await repos.creditSignals.inspectionsOf(party.id, window.since, MAX_ROWS)
    return { inspections: facts.map((f) => ({ eventId: f.eventId, failed: f.failed })) }
  },
}

const reporting: SignalSource = {
  source: 'reporting',
  async collect(repos, party, window) {
    const facts = await repos.creditSignals.reportingOf(party.id, window.since, MAX_ROWS)
    const isLate = (f: (typeof facts)[number]) => Date.parse(f.recordTime) - Date.parse(f.eventTime) > REPORTING_LATE_HOURS * HOUR_MS
    const late = facts.filter(isLate)
    const incomplete = facts.filter((f) => f.hasFindings)
    const evidence = [...new Set([...late, ...incomplete].map((f) => f.eventId))].slice(0, MAX_REPORTING_EVIDENCE)
    return { reporting: { events: facts.length, late: late.length, withFindings: incomplete.length, evidence } }
  },
}

const blacklist: SignalSource = {
  source: 'blacklist',
  async collect(repos, party, window) {
    const entries = await repos.blacklist.inForceFor([party.id], shanghaiDate(window.now))
    return { blacklist: entries.map((e) => ({ entryId: e.id, decisionNo: e.decisionNo })) }
  },
}

/** Statuses in which the complainant has had an answer (docs/complaints.md). */
const ANSWERED_COMPLAINT_STATUSES = new Set(['answered', 'closed'])

const complaints: SignalSource = {
  source: 'complaint',
  async collect(repos, party, window) {
    const facts = await repos.creditSignals.complaintsAbout(party.id, window.since, MAX_ROWS)
    // Only a complaint the regulator's answer found substantiated (属实) weighs on the credit record.
    return { complaints: facts.map((f) => ({ id: f.id, substantiated: f.finding === 'substantiated', answered: ANSWERED_COMPLAINT_STATUSES.has(f.status) })) }
  },
}

const ALERT_SEVERITIES = new Set<string>(['high', 'medium', 'low'])

const alerts: SignalSource = {
  source: 'alert',
  async collect(repos, party, window) {
    const facts = await repos.creditSignals.alertsAbout(party.id, window.since, MAX_ROWS)
    return {
      alerts: facts.filter((f) => ALERT_SEVERITIES.has(f.severity))
        .map((f) => ({ id: f.id, severity: f.severity as AlertSeverity, open: f.status !== 'resolved' })),
    }
  },
}

const recalls: SignalSource = {
  source: 'recall',
  async collect(repos, party, window) {
    const tasks = await repos.creditSignals.recallTasksOf(party.id, window.since, MAX_ROWS)
    return { recallTasks: tasks.map((t) => ({ id: t.id, outcome: recallOutcome(t, window.now) })) }
  },
}

/** Done (or explained) by the recall's deadline, after it, not yet and past it, or not yet and still in time. */
export function recallOutcome(task: { finishedAt?: string; deadline: string }, now: string): 'on_time' | 'late' | 'overdue' | 'open' {
  if (task.finishedAt !== undefined) return task.finishedAt <= task.deadline ? 'on_time' : 'late'
  return task.deadline < now ? 'overdue' : 'open'
}

export const SIGNAL_SOURCES: readonly SignalSource[] = [inspections, reporting, alerts, complaints, recalls, blacklist]

export async function collectSignals(repos: Repositories, party: Party, now: string, sources: readonly SignalSource[] = SIGNAL_SOURCES): Promise<CreditSignals> {
  const window = { since: new Date(Date.parse(now) - CREDIT_WINDOW_DAYS * 24 * HOUR_MS).toISOString(), now }
  const parts = await Promise.all(sources.map((s) => s.collect(repos, party, window)))
  return Object.assign({}, ...parts) as CreditSignals
}

/** Which sources are wired in: shown with every credit answer so a reader knows what was considered. */
export function activeSources(sources: readonly SignalSource[] = SIGNAL_SOURCES): CreditSource[] {
  return sources.map((s) => s.source)
}
