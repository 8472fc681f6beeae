/**
 * The credit score (信用评分), explainable: every party starts at 100 and each signal source takes points
 * off (or, for good conduct, gives a few back) under a published weight and a cap per source. The score is
 * clamped to 0…100 and graded A–D; an active blacklist entry forces grade D whatever the points say.
 * Each reason names its source, the weight applied, the points, the evidence ids and a zh + en explanation,
 * so a party can see exactly why it scored what it did. Pure: the signals are collected by services.
 */

export const CREDIT_MODEL_VERSION = 'credit-v1'
export const BASE_SCORE = 100
const MAX_SCORE = 100

export type CreditSource = 'inspection' | 'alert' | 'complaint' | 'recall' | 'reporting' | 'blacklist'
export const CREDIT_SOURCES: readonly CreditSource[] = ['inspection', 'alert', 'complaint', 'recall', 'reporting', 'blacklist']

export type AlertSeverity = 'high' | 'medium' | 'low'

/** What the services collect per party; each source is optional (a source not yet on the platform gives none). */
export interface CreditSignals {
  inspections?: { eventId: string; failed: boolean }[]
  alerts?: { id: string; severity: AlertSeverity; open: boolean }[]
  complaints?: { id: string; substantiated: boolean; answered: boolean }[]
  recallTasks?: { id: string; outcome: 'on_time' | 'late' | 'overdue' | 'open' }[]
  reporting?: { events: number; late: number; withFindings: number; evidence: string[] }
  blacklist?: { entryId: string; decisionNo: string }[]
}

export interface Text { zh: string; en: string }

export interface CreditReason {
  source: CreditSource
  /** Stable id of the rule within its source. */
  rule: string
  /** Points per occurrence (or per percentage point for shares); negative takes points off. */
  weight: number
  /** Points this reason adds to the score after its cap (negative = deduction). */
  points: number
  evidence: string[]
  explanation: Text
}

export type CreditGrade = 'A' | 'B' | 'C' | 'D'

export const GRADES: Record<CreditGrade, { min: number; meaning: Text }> = {
  A: { min: 90, meaning: { zh: '守信：监管频次可适当降低', en: 'Trustworthy: inspections may be less frequent' } },
  B: { min: 75, meaning: { zh: '基本守信：常规监管', en: 'Generally trustworthy: routine supervision' } },
  C: { min: 60, meaning: { zh: '失信风险较高：提高抽查比例和频次', en: 'Elevated risk: inspected more often' } },
  D: { min: 0, meaning: { zh: '严重失信：重点监管，联合惩戒', en: 'Seriously untrustworthy: close supervision and joint punishment' } },
}

export interface CreditAssessment {
  modelVersion: string
  score: number
  grade: CreditGrade
  reasons: CreditReason[]
}

/** Every weight and cap in one table: docs/credit.md prints the same figures. */
export const WEIGHTS = {
  inspectionFailed: { weight: -10, cap: -40 },
  inspectionPassed: { weight: 1, cap: 5 },
  alert: { high: -8, medium: -4, low: -2, cap: -30 },
  complaintSubstantiated: { weight: -5, cap: -20 },
  complaintUnanswered: { weight: -2, cap: -10 },
  recallOverdue: { weight: -6, cap: -24 },
  recallLate: { weight: -3, cap: -12 },
  recallOnTime: { weight: 1, cap: 3 },
  /** Per percentage point of late events (recorded more than REPORTING_LATE_HOURS after they happened). */
  reportingLate: { weight: -0.2, cap: -10 },
  reportingFindings: { weight: -0.2, cap: -10 },
  blacklisted: { weight: -40, cap: -40 },
} as const

/** Reporting later than this counts as late (追溯数据报送及时性). */
export const REPORTING_LATE_HOURS = 72
/** Below this many events the shares are too noisy to judge. */
const REPORTING_MIN_EVENTS = 10

export function computeCredit(signals: CreditSignals): CreditAssessment {
  const reasons = [
    ...inspectionReasons(signals.inspections ?? []),
    ...alertReasons(signals.alerts ?? []),
    ...complaintReasons(signals.complaints ?? []),
    ...recallReasons(signals.recallTasks ?? []),
    ...reportingReasons(signals.reporting),
    ...blacklistReasons(signals.blacklist ?? []),
  ].filter((r) => r.points !== 0)
  const total = BASE_SCORE + reasons.reduce((sum, r) => sum + r.points, 0)
  const score = Math.max(0, Math.min(MAX_SCORE, total))
  const grade = (signals.blacklist ?? []).length > 0 ? 'D' : gradeOf(score)
  return { modelVersion: CREDIT_MODEL_VERSION, score, grade, reasons }
}

export function gradeOf(score: number): CreditGrade {
  return (['A', 'B', 'C'] as const).find((g) => score >= GRADES[g].min) ?? 'D'
}

/** `count × weight`, but never beyond `cap` (cap has the sign of the weight). */
function capped(count: number, weight: number, cap: number): number {
  const raw = Math.round(count * weight)
  return weight < 0 ? Math.max(raw, cap) : Math.min(raw, cap)
}

function reason(source: CreditSource, rule: string, weight: number, cap: number, evidence: string[], explain: (n: number) => Text): CreditReason {
  return { source, rule, weight, points: capped(evidence.length, weight, cap), evidence, explanation: explain(evidence.length) }
}

function inspectionReasons(inspections: NonNullable<CreditSignals['inspections']>): CreditReason[] {
  const failed = inspections.filter((i) => i.failed).map((i) => i.eventId)
  const passed = inspections.filter((i) => !i.failed).map((i) => i.eventId)
  const { inspectionFailed: f, inspectionPassed: p } = WEIGHTS
  return [
    reason('inspection', 'inspection_failed', f.weight, f.cap, failed, (n) => ({
      zh: `${n} 次检验不合格（每次 ${f.weight} 分，最多 ${f.cap} 分）`, en: `${n} failed inspection(s) (${f.weight} each, at most ${f.cap})`,
    })),
    reason('inspection', 'inspection_passed', p.weight, p.cap, passed, (n) => ({
      zh: `${n} 次检验合格（每次 +${p.weight} 分，最多 +${p.cap} 分）`, en: `${n} passed inspection(s) (+${p.weight} each, at most +${p.cap})`,
    })),
  ]
}

const SEVERITY_ZH: Record<AlertSeverity, string> = { high: '高', medium: '中', low: '低' }

function alertReasons(alerts: NonNullable<CreditSignals['alerts']>): CreditReason[] {
  const cap = WEIGHTS.alert.cap
  const reasons: CreditReason[] = []
  let budget = cap
  for (const severity of ['high', 'medium', 'low'] as const) {
    for (const open of [true, false]) {
      const ids = alerts.filter((a) => a.severity === severity && a.open === open).map((a) => a.id)
      // A resolved alert still counts, at half weight: it happened, and it was dealt with.
      const weight = open ? WEIGHTS.alert[severity] : WEIGHTS.alert[severity] / 2
      const r = reason('alert', `alert_${severity}_${open ? 'open' : 'resolved'}`, weight, budget, ids, (n) => ({
        zh: `${n} 条${SEVERITY_ZH[severity]}级预警${open ? '未处置' : '已处置'}（每条 ${weight} 分，预警合计最多 ${cap} 分）`,
        en: `${n} ${severity}-severity alert(s), ${open ? 'open' : 'resolved'} (${weight} each; alerts at most ${cap} in all)`,
      }))
      budget -= r.points
      reasons.push(r)
    }
  }
  return reasons
}

function complaintReasons(complaints: NonNullable<CreditSignals['complaints']>): CreditReason[] {
  const { complaintSubstantiated: s, complaintUnanswered: u } = WEIGHTS
  return [
    reason('complaint', 'complaint_substantiated', s.weight, s.cap, complaints.filter((c) => c.substantiated).map((c) => c.id), (n) => ({
      zh: `${n} 件投诉经核实成立（每件 ${s.weight} 分，最多 ${s.cap} 分）`, en: `${n} substantiated complaint(s) (${s.weight} each, at most ${s.cap})`,
    })),
    reason('complaint', 'complaint_unanswered', u.weight, u.cap, complaints.filter((c) => !c.answered).map((c) => c.id), (n) => ({
      zh: `${n} 件投诉未答复（每件 ${u.weight} 分，最多 ${u.cap} 分）`, en: `${n} unanswered complaint(s) (${u.weight} each, at most ${u.cap})`,
    })),
  ]
}

function recallReasons(tasks: NonNullable<CreditSignals['recallTasks']>): CreditReason[] {
  const ids = (outcome: string) => tasks.filter((t) => t.outcome === outcome).map((t) => t.id)
  const { recallOverdue: o, recallLate: l, recallOnTime: t } = WEIGHTS
  return [
    reason('recall', 'recall_overdue', o.weight, o.cap, ids('overdue'), (n) => ({
      zh: `${n} 项召回任务逾期未完成（每项 ${o.weight} 分，最多 ${o.cap} 分）`, en: `${n} recall task(s) overdue and not done (${o.weight} each, at most ${o.cap})`,
    })),
    reason('recall', 'recall_late', l.weight, l.cap, ids('late'), (n) => ({
      zh: `${n} 项召回任务逾期完成（每项 ${l.weight} 分，最多 ${l.cap} 分）`, en: `${n} recall task(s) done after the deadline (${l.weight} each, at most ${l.cap})`,
    })),
    reason('recall', 'recall_on_time', t.weight, t.cap, ids('on_time'), (n) => ({
      zh: `${n} 项召回任务按期完成（每项 +${t.weight} 分，最多 +${t.cap} 分）`, en: `${n} recall task(s) done on time (+${t.weight} each, at most +${t.cap})`,
    })),
  ]
}

function reportingReasons(reporting: CreditSignals['reporting']): CreditReason[] {
  if (!reporting || reporting.events < REPORTING_MIN_EVENTS) return []
  const share = (n: number) => Math.round((n / reporting.events) * 1000) / 10
  const late = share(reporting.late)
  const findings = share(reporting.withFindings)
  const { reportingLate: l, reportingFindings: f } = WEIGHTS
  const byShare = (rule: string, percent: number, w: { weight: number; cap: number }, text: (p: number) => Text): CreditReason => ({
    source: 'reporting', rule, weight: w.weight, points: capped(percent, w.weight, w.cap), evidence: reporting.evidence, explanation: text(percent),
  })
  return [
    byShare('reporting_late', late, l, (p) => ({
      zh: `${reporting.events} 条事件中 ${p}% 晚于 ${REPORTING_LATE_HOURS} 小时上报（每个百分点 ${l.weight} 分，最多 ${l.cap} 分）`,
      en: `${p}% of ${reporting.events} events reported more than ${REPORTING_LATE_HOURS} h late (${l.weight} per percentage point, at most ${l.cap})`,
    })),
    byShare('reporting_incomplete', findings, f, (p) => ({
      zh: `${reporting.events} 条事件中 ${p}% 有数据质量问题（未登记主体、场所、产品等；每个百分点 ${f.weight} 分，最多 ${f.cap} 分）`,
      en: `${p}% of ${reporting.events} events have data-quality findings (unregistered party, site, product…; ${f.weight} per percentage point, at most ${f.cap})`,
    })),
  ]
}

function blacklistReasons(entries: NonNullable<CreditSignals['blacklist']>): CreditReason[] {
  if (entries.length === 0) return []
  const b = WEIGHTS.blacklisted
  return [{
    source: 'blacklist', rule: 'blacklisted', weight: b.weight, points: b.weight, evidence: entries.map((e) => e.entryId),
    explanation: {
      zh: `列入质量失信黑名单（决定书 ${entries.map((e) => e.decisionNo).join('、')}；${b.weight} 分，等级定为 D）`,
      en: `On the quality blacklist (decision ${entries.map((e) => e.decisionNo).join(', ')}; ${b.weight}, grade set to D)`,
    },
  }]
}
