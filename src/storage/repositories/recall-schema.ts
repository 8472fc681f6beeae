/**
 * Row types of the recall tables. `recall.status` and `recall_task.status` are derived current states,
 * updated in place for list filters; the history they summarise is recall_event (append-only, one row per
 * change, who and when), from which they can be rebuilt. Everything else is insert-only.
 */
export interface RecallTable {
  id: string
  level: string
  reason: string
  deadline: string
  /** Derived from recall_event ('opened' … 'closed'). */
  status: string
  initiator_kind: string
  initiator_organisation_id: string | null
  initiator_name: string
  /** The enterprise that started it, or the party answering for the product: where returns go. */
  responsible_party_id: string | null
  /** Regulator initiator's region, for scoping; null for the operator and enterprises. */
  region_code: string | null
  /** JSON array of category codes of the recalled products. */
  categories: string
  /** Products concerned, for lists and the public feed. */
  product_names: string
  holder_count: number
  opened_at: string
  closed_at: string | null
}

export interface RecallCodeTable {
  recall_id: string
  position: number
  unit_id: string
  code: string
  /** The code as the initiator typed it. */
  given_code: string
}

export interface RecallTaskTable {
  id: string
  recall_id: string
  party_id: string | null
  /** The events' reference, for a holder not registered on the platform. */
  party_ref: string | null
  party_name: string | null
  party_kind: string | null
  site_id: string | null
  site_name: string | null
  region_code: string | null
  /** Derived from recall_event. */
  status: string
  /** JSON array of TaskLot: what the holder held of each lot when the recall opened. */
  lots: string
  created_at: string
}

export interface RecallTaskReportTable {
  id: string
  task_id: string
  recall_id: string
  /** 'report' or 'explanation'. */
  kind: string
  /** JSON array of ReportLine (integer thousandths). */
  lines: string
  note: string | null
  /** JSON array of the trace event ids the report became. */
  event_ids: string
  organisation_id: string | null
  actor_name: string
  reported_at: string
}

export interface RecallEventTable {
  id: string
  recall_id: string
  task_id: string | null
  kind: string
  /** The task's or recall's status after this change. */
  status: string | null
  actor_kind: string
  organisation_id: string | null
  actor_name: string
  note: string | null
  at: string
  /** Order of the rows one change wrote at the same instant. */
  seq: number
}

export interface ConsumerNoticeTable {
  id: string
  recall_id: string
  title: string
  body: string
  advice: string | null
  organisation_id: string | null
  publisher_name: string
  published_at: string
}

export interface RecallTables {
  recall: RecallTable
  recall_code: RecallCodeTable
  recall_task: RecallTaskTable
  recall_task_report: RecallTaskReportTable
  recall_event: RecallEventTable
  consumer_notice: ConsumerNoticeTable
}
