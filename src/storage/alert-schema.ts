/**
 * Tables of early warnings (migration 2026-11-23T1630). `alert.status`, `severity`, `evidence_count` and
 * `updated_at` are a derived current state for list filters; the history is append-only in `alert_transition`
 * and `alert_evidence`. `alert_clock` and `alert_quota_usage` are derived state, rebuilt from events if lost.
 */
export interface AlertTable {
  id: string
  rule: string
  severity: string
  subject_kind: string
  subject_id: string
  subject_key: string
  /** rule|kind:subject|key: one active alert per value. */
  dedup_key: string
  party_id: string | null
  region_code: string | null
  category: string | null
  message_zh: string
  message_en: string
  /** JSON: the threshold applied (enabled, severity, parameters, source prefix). */
  thresholds: string
  /** JSON: the figures the rule found. */
  data: string
  status: string
  evidence_count: number
  created_at: string
  updated_at: string
}

export interface AlertEvidenceTable {
  id: string
  alert_id: string
  event_row_id: string | null
  event_id: string | null
  event_time: string | null
  party_id: string | null
  unit_id: string | null
  unit_key: string | null
  created_at: string
}

export interface AlertTransitionTable {
  id: string
  alert_id: string
  from_status: string | null
  to_status: string
  note: string | null
  /** Who: a user or key description, or `system` for the evaluator. */
  actor: string
  at: string
}

export interface AlertThresholdTable {
  id: string
  region_prefix: string
  rule: string
  enabled: number
  severity: string
  /** JSON object of numeric parameters. */
  parameters: string
  set_by: string
  set_at: string
}

export interface AlertQuotaTable {
  id: string
  party_id: string
  year: number
  quantity_milli: number | string
  uom: string
  set_by: string
  set_at: string
}

export interface AlertQuotaUsageTable {
  party_id: string
  year: number
  uom: string
  used_milli: number | string
}

export interface AlertUnitFactTable {
  id: string
  unit_id: string
  fact: string
  value: string
  event_row_id: string
  event_id: string
  event_time: string
  party_id: string | null
}

export interface AlertClockTable {
  kind: string
  subject_id: string
  last_at: string
  party_id: string | null
  region_code: string | null
  category: string | null
  event_id: string | null
}

export interface AlertTables {
  alert: AlertTable
  alert_evidence: AlertEvidenceTable
  alert_transition: AlertTransitionTable
  alert_threshold: AlertThresholdTable
  alert_quota: AlertQuotaTable
  alert_quota_usage: AlertQuotaUsageTable
  alert_unit_fact: AlertUnitFactTable
  alert_clock: AlertClockTable
}
