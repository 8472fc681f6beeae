/** An alert (预警) as recorded: what a rule found about a subject, with its evidence and status history. */
import type { EvidenceRef } from './finding.js'
import type { RuleId, Severity } from './rules.js'
import type { EffectiveThreshold } from './thresholds.js'
import type { AlertStatus } from './workflow.js'

export interface Alert {
  id: string
  rule: RuleId
  severity: Severity
  subject: { kind: 'party' | 'unit'; id: string }
  subjectKey: string
  partyId?: string
  regionCode?: string
  category?: string
  message: { zh: string; en: string }
  thresholds: EffectiveThreshold
  data: Record<string, string | number>
  status: AlertStatus
  evidenceCount: number
  createdAt: string
  updatedAt: string
}

export interface AlertEvidence extends EvidenceRef {
  id: string
  createdAt: string
}

export interface AlertTransition {
  id: string
  from?: AlertStatus
  to: AlertStatus
  note?: string
  actor: string
  at: string
}

/** Evidence rows kept per alert: a repeat past this only counts (evidence_count), so a noisy lot cannot grow a table without end. */
export const MAX_EVIDENCE_PER_ALERT = 100
