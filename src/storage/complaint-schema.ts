/**
 * Tables of notifications, webhook subscriptions and complaints (migration 2026-11-23T1620). History is
 * append-only (`subscription_state`, `webhook_delivery_attempt`, `complaint_event`); the few columns marked
 * "derived" restate the newest history row for matching and listing and are the only ones updated in place.
 */
export interface NotificationTable {
  id: string
  created_at: string
  type: string
  subject_kind: string
  subject_id: string
  region_code: string | null
  /** JSON array of party ids the notification is addressed to. */
  party_ids: string
  /** JSON array of category codes. */
  categories: string
  /** JSON object. */
  data: string
}

export interface SubscriptionTable {
  id: string
  organisation_id: string
  created_by: string | null
  created_at: string
  url: string
  /** JSON array of type patterns. */
  types: string
  description: string
  /** The HMAC signing secret, plain text (it must be usable for signing; docs/security.md). */
  secret: string
  /** Derived from the newest subscription_state row: 1 active, 0 deactivated. */
  active: number
}

export interface SubscriptionStateTable {
  id: string
  subscription_id: string
  at: string
  state: 'active' | 'inactive'
  account_id: string | null
}

export interface WebhookDeliveryTable {
  id: string
  subscription_id: string
  notification_id: string | null
  type: string
  /** The JSON body sent. */
  payload: string
  created_at: string
  /** Derived from the attempts. */
  state: 'pending' | 'delivered' | 'failed'
  /** Derived: number of attempts made. */
  attempts: number
  /** Derived: when the next attempt is due (null once delivered or failed). */
  next_attempt_at: string | null
}

export interface WebhookDeliveryAttemptTable {
  id: string
  delivery_id: string
  attempt: number
  at: string
  status_code: number | null
  duration_ms: number
  error: string | null
  next_attempt_at: string | null
}

export interface ComplaintTable {
  id: string
  number: string
  created_at: string
  source: 'web' | 'hotline'
  hotline_ticket: string | null
  code: string | null
  unit_id: string | null
  text: string
  contact_name: string | null
  contact_phone: string | null
  contact_email: string | null
  region_code: string | null
  category: string | null
  /** SHA-256 hex of the receipt token given to the complainant. */
  receipt_hash: string
  /** Derived from the newest complaint_event. */
  status: string
  /** Derived. */
  assignee_organisation_id: string | null
  /** Derived: deadline of the current status. */
  due_at: string | null
  /** Derived: the latest answer shown to the complainant. */
  answer: string | null
  /** Derived: the finding on the merits given with the latest answer (migration T1900). */
  finding: string | null
  /** Derived: time of the newest complaint_event. */
  updated_at: string
}

export interface ComplaintEventTable {
  id: string
  complaint_id: string
  at: string
  kind: string
  status: string
  note: string | null
  answer: string | null
  /** substantiated | unsubstantiated | undetermined, on the row that answers (migration T1900). */
  finding: string | null
  assignee_organisation_id: string | null
  due_at: string | null
  actor_organisation_id: string | null
  actor_account_id: string | null
}

export interface ComplaintPhotoTable {
  id: string
  complaint_id: string
  position: number
  content_type: string
  byte_size: number
  /** base64 of the re-encoded image. */
  data: string
}

export interface ComplaintTables {
  notification: NotificationTable
  subscription: SubscriptionTable
  subscription_state: SubscriptionStateTable
  webhook_delivery: WebhookDeliveryTable
  webhook_delivery_attempt: WebhookDeliveryAttemptTable
  complaint: ComplaintTable
  complaint_event: ComplaintEventTable
  complaint_photo: ComplaintPhotoTable
}
