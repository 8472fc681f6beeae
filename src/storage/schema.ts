/**
 * Row types of every table. Instants are ISO-8601 UTC text; quantities integer thousandths; JSON as text.
 * Tables are append-only: repositories insert; nothing updates or deletes a recorded fact.
 */
import type { Generated } from 'kysely'
import type { EpcisCaptureJobTable, EpcisQueryTable } from './epcis-schema.js'
import type { AlertTables } from './alert-schema.js'
import type { AccountTables } from './account-schema.js'
import type { CreditTables } from './repositories/credit-schema.js'
import type { ConsoleTables } from './console-schema.js'
import type { RecallTables } from './repositories/recall-schema.js'
import type { ComplaintTables } from './complaint-schema.js'

export interface PartyTable {
  id: string
  uscc: string | null
  gln: string | null
  name: string
  kind: string
  region_code: string
  address: string | null
  contact_name: string | null
  contact_phone: string | null
  /** JSON array of category codes. */
  categories: string
  /** JSON array of { type, number, validUntil }. */
  licences: string
  created_at: string
}

/** One row per category a party works in: the index behind statistics by category. */
export interface PartyCategoryTable {
  party_id: string
  category: string
}

export interface SiteTable {
  id: string
  party_id: string
  name: string
  kind: string
  region_code: string
  address: string | null
  gln: string | null
  created_at: string
}

export interface ProductTable {
  id: string
  party_id: string | null
  category: string
  name: string
  specification: string | null
  uom: string
  gtin: string | null
  shelf_life_days: number | null
  approval_number: string | null
  origin_region_code: string | null
  created_at: string
}

export interface TraceUnitTable {
  id: string
  /** Canonical key of its code (see domain/identifiers/trace-key.ts). */
  key: string
  scheme: string
  kind: string
  product_id: string | null
  gtin: string | null
  lot_number: string | null
  serial: string | null
  party_id: string | null
  production_date: string | null
  expiry_date: string | null
  quantity_milli: number | null
  uom: string | null
  created_at: string
}

export interface EventTable {
  id: string
  event_id: string
  type: string
  action: string | null
  event_time: string
  event_time_zone_offset: string
  record_time: string
  biz_step: string | null
  disposition: string | null
  read_point: string | null
  biz_location: string | null
  category: string | null
  party_id: string | null
  site_id: string | null
  content_hash: string
  /** CBV event hash ID (`ni:///sha-256;…?ver=CBV2.0`), unique; NULL for rows captured before it existed. */
  hash_id: string | null
  /** The event as accepted, EPCIS 2.0 JSON. */
  document: string
  /** JSON array of data-quality findings (unregistered parties, sites, products). */
  findings: string
}

export interface EventErrorTable {
  id: string
  event_row_id: string
  declaration_time: string
  reason: string | null
  corrective_event_ids: string
  record_time: string
}

export interface LineageTable {
  id: string
  kind: string
  from_unit_id: string
  to_unit_id: string
  action: string
  quantity_milli: number | null
  uom: string | null
  event_row_id: string
  event_id: string
  event_time: string
}

export interface CustodyTable {
  id: string
  unit_id: string
  role: string
  party_id: string | null
  party_ref: string | null
  site_id: string | null
  region_code: string | null
  counterparty_id: string | null
  counterparty_ref: string | null
  quantity_milli: number | null
  uom: string | null
  event_row_id: string
  event_id: string
  event_time: string
}

/** The one table updated in place: a serial counter, not a recorded fact. */
export interface CodeCounterTable {
  prefix: string
  next_serial: number
}

export interface CodeQueryTable {
  id: string
  unit_id: string
  queried_at: string
  channel: string
}

/** Append-only licence history of the enterprise portal: 'add' (or renew) and 'withdraw' rows; never updated. */
export interface PortalLicenceTable {
  id: string
  party_id: string
  type: string
  number: string
  valid_until: string | null
  action: string
  recorded_at: string
  recorded_by: string
}

export interface Database extends AccountTables {
  party: PartyTable
  party_category: PartyCategoryTable
  site: SiteTable
  product: ProductTable
  trace_unit: TraceUnitTable
  event: EventTable
  event_error: EventErrorTable
  lineage: LineageTable
  custody: CustodyTable
  code_counter: CodeCounterTable
  code_query: CodeQueryTable
  epcis_capture_job: EpcisCaptureJobTable
  epcis_query: EpcisQueryTable
  alert: AlertTables['alert']
  alert_evidence: AlertTables['alert_evidence']
  alert_transition: AlertTables['alert_transition']
  alert_threshold: AlertTables['alert_threshold']
  alert_quota: AlertTables['alert_quota']
  alert_quota_usage: AlertTables['alert_quota_usage']
  alert_unit_fact: AlertTables['alert_unit_fact']
  alert_clock: AlertTables['alert_clock']
  portal_licence: PortalLicenceTable
  console_watermark: ConsoleTables['console_watermark']
  console_seen: ConsoleTables['console_seen']
  console_party_day: ConsoleTables['console_party_day']
  console_flow_day: ConsoleTables['console_flow_day']
  console_product_day: ConsoleTables['console_product_day']
  console_region_day: ConsoleTables['console_region_day']
  console_party_span: ConsoleTables['console_party_span']
  console_party_month: ConsoleTables['console_party_month']
  console_flow_month: ConsoleTables['console_flow_month']
  console_product_month: ConsoleTables['console_product_month']
  console_target: ConsoleTables['console_target']
  recall: RecallTables['recall']
  recall_code: RecallTables['recall_code']
  recall_task: RecallTables['recall_task']
  recall_task_report: RecallTables['recall_task_report']
  recall_event: RecallTables['recall_event']
  consumer_notice: RecallTables['consumer_notice']
  notification: ComplaintTables['notification']
  subscription: ComplaintTables['subscription']
  subscription_state: ComplaintTables['subscription_state']
  webhook_delivery: ComplaintTables['webhook_delivery']
  webhook_delivery_attempt: ComplaintTables['webhook_delivery_attempt']
  complaint: ComplaintTables['complaint']
  complaint_event: ComplaintTables['complaint_event']
  complaint_photo: ComplaintTables['complaint_photo']
  credit_snapshot: CreditTables['credit_snapshot']
  credit_current: CreditTables['credit_current']
  blacklist_entry: CreditTables['blacklist_entry']
  blacklist_revocation: CreditTables['blacklist_revocation']
  inspection_draw: CreditTables['inspection_draw']
}

export type { Generated }
