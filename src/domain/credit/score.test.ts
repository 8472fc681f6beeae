import { describe, expect, it } from 'vitest'
import { computeCredit, gradeOf, type AlertSeverity } from './score.js'

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`)

describe('credit score', () => {
  it('starts at 100, grade A, with no reasons when there is nothing against the party', () => {
    expect(computeCredit({})).toEqual({ modelVersion: 'credit-v1', score: 100, grade: 'A', reasons: [] })
  })

  it('takes 10 points per failed inspection, capped at 40, with the events as evidence', () => {
    const two = computeCredit({ inspections: [{ eventId: 'e1', failed: true }, { eventId: 'e2', failed: true }, { eventId: 'e3', failed: false }] })
    expect(two.score).toBe(81)
    expect(two.reasons).toEqual([
      expect.objectContaining({ source: 'inspection', rule: 'inspection_failed', weight: -10, points: -20, evidence: ['e1', 'e2'] }),
      expect.objectContaining({ source: 'inspection', rule: 'inspection_passed', weight: 1, points: 1, evidence: ['e3'] }),
    ])
    expect(two.reasons[0]!.explanation.zh).toContain('2 次检验不合格')
    const many = computeCredit({ inspections: ids('e', 7).map((eventId) => ({ eventId, failed: true })) })
    expect(many.score).toBe(60)
    expect(many.grade).toBe('C')
  })

  it('weighs alerts by severity, resolved ones at half, and caps all alerts together at 30', () => {
    const some = computeCredit({ alerts: [{ id: 'a1', severity: 'high', open: true }, { id: 'a2', severity: 'high', open: false }, { id: 'a3', severity: 'low', open: true }] })
    expect(some.score).toBe(100 - 8 - 4 - 2)
    expect(some.reasons.map((r) => [r.rule, r.points])).toEqual([['alert_high_open', -8], ['alert_high_resolved', -4], ['alert_low_open', -2]])
    const alerts: { id: string; severity: AlertSeverity; open: boolean }[] = ids('a', 10).map((id) => ({ id, severity: 'high', open: true }))
    const flood = computeCredit({ alerts: [...alerts, { id: 'm', severity: 'medium', open: true }] })
    expect(flood.reasons.reduce((s, r) => s + r.points, 0)).toBe(-30)
    expect(flood.score).toBe(70)
  })

  it('counts substantiated and unanswered complaints, overdue and late recall tasks, and rewards tasks done on time', () => {
    const result = computeCredit({
      complaints: [{ id: 'c1', substantiated: true, answered: true }, { id: 'c2', substantiated: false, answered: false }],
      recallTasks: [{ id: 't1', outcome: 'overdue' }, { id: 't2', outcome: 'late' }, { id: 't3', outcome: 'on_time' }, { id: 't4', outcome: 'open' }],
    })
    expect(result.reasons.map((r) => [r.source, r.rule, r.points])).toEqual([
      ['complaint', 'complaint_substantiated', -5], ['complaint', 'complaint_unanswered', -2],
      ['recall', 'recall_overdue', -6], ['recall', 'recall_late', -3], ['recall', 'recall_on_time', 1],
    ])
    expect(result.score).toBe(85)
    expect(result.grade).toBe('B')
  })

  it('judges reporting quality by shares, and not at all below ten events', () => {
    expect(computeCredit({ reporting: { events: 9, late: 9, withFindings: 9, evidence: [] } }).reasons).toEqual([])
    const result = computeCredit({ reporting: { events: 200, late: 50, withFindings: 20, evidence: ['x'] } })
    // 25 % late → −5; 10 % with findings → −2
    expect(result.reasons.map((r) => [r.rule, r.points])).toEqual([['reporting_late', -5], ['reporting_incomplete', -2]])
    expect(result.score).toBe(93)
    expect(computeCredit({ reporting: { events: 10, late: 10, withFindings: 10, evidence: [] } }).score).toBe(80)
  })

  it('forces grade D while the party is blacklisted', () => {
    const result = computeCredit({ blacklist: [{ entryId: 'b1', decisionNo: '梅市监信〔2026〕1号' }] })
    expect(result.score).toBe(60)
    expect(result.grade).toBe('D')
    expect(result.reasons[0]).toMatchObject({ source: 'blacklist', points: -40, evidence: ['b1'] })
    expect(result.reasons[0]!.explanation.en).toContain('梅市监信〔2026〕1号')
  })

  it('never goes below 0 and grades by the published thresholds', () => {
    const worst = computeCredit({
      inspections: ids('e', 10).map((eventId) => ({ eventId, failed: true })),
      alerts: ids('a', 10).map((id) => ({ id, severity: 'high' as const, open: true })),
      complaints: ids('c', 10).map((id) => ({ id, substantiated: true, answered: false })),
      recallTasks: ids('t', 10).map((id) => ({ id, outcome: 'overdue' as const })),
      blacklist: [{ entryId: 'b', decisionNo: 'n' }],
    })
    expect(worst.score).toBe(0)
    expect([90, 89, 75, 74, 60, 59].map(gradeOf)).toEqual(['A', 'B', 'B', 'C', 'C', 'D'])
  })
})
