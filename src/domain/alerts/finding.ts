/** What a rule found: the subject it is about, the evidence, and the figures its message shows. */
import type { RuleId } from './rules.js'

export interface EvidenceRef {
  eventRowId?: string
  eventId?: string
  eventTime?: string
  partyId?: string
  unitId?: string
  /** The code of the lot or item, for links to the query page and the trace explorer. */
  unitKey?: string
}

export interface AlertFinding {
  rule: RuleId
  /** A party for most rules; the unit itself for duplicate_serial and maintenance_overdue. */
  subject: { kind: 'party' | 'unit'; id: string }
  /** What within the subject: a lot, a year, a category. One active alert per (rule, subject, key). */
  key: string
  /** The responsible party (the subject itself when it is a party). */
  partyId?: string
  regionCode?: string
  category?: string
  data: Record<string, string | number>
  evidence: EvidenceRef[]
}

export function dedupKeyOf(finding: Pick<AlertFinding, 'rule' | 'subject' | 'key'>): string {
  return `${finding.rule}|${finding.subject.kind}:${finding.subject.id}|${finding.key}`
}
