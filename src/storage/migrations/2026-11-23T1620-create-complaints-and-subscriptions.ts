/**
 * Frozen: notifications (the outbox), webhook subscriptions and their deliveries, and complaints (投诉).
 * A fix is a new migration, never an edit here.
 *
 * - `notification`: append-only outbox; one row per event (recall.opened, alert.opened, complaint.assigned…).
 * - `subscription` + `subscription_state`: a webhook endpoint; deactivation appends a state row. The
 *   `active` column on `subscription` is derived from the newest state row (kept for matching) and is the
 *   only column changed in place. The signing secret is stored in plain text (it must be usable for HMAC
 *   signing); see docs/security.md.
 * - `webhook_delivery` + `webhook_delivery_attempt`: one delivery per notification and matching subscription;
 *   `state`, `attempts` and `next_attempt_at` on the delivery are derived scheduling state, every attempt is
 *   an appended `webhook_delivery_attempt` row.
 * - `complaint` + `complaint_event` + `complaint_photo`: a complaint and its append-only workflow history;
 *   `status`, `assignee_organisation_id`, `due_at` and `answer` on `complaint` are derived from the newest
 *   `complaint_event` row.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    // JSON arrays
    .addColumn('party_ids', 'text', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    // JSON object
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('notification_created_idx').on('notification').columns(['created_at', 'id']).execute()

  await db.schema.createTable('subscription')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisation.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    // JSON array of type patterns ("recall.*", "alert.opened")
    .addColumn('types', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('subscription_organisation_idx').on('subscription').column('organisation_id').execute()
  await db.schema.createIndex('subscription_active_idx').on('subscription').column('active').execute()

  await db.schema.createTable('subscription_state')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscription.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .execute()
  await db.schema.createIndex('subscription_state_subscription_idx').on('subscription_state').columns(['subscription_id', 'at']).execute()

  await db.schema.createTable('webhook_delivery')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscription.id'))
    .addColumn('notification_id', 'text', (c) => c.references('notification.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // pending → delivered | failed (derived from the attempts)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text')
    .execute()
  await db.schema.createIndex('webhook_delivery_due_idx').on('webhook_delivery').columns(['state', 'next_attempt_at']).execute()
  await db.schema.createIndex('webhook_delivery_subscription_idx').on('webhook_delivery').columns(['subscription_id', 'created_at']).execute()

  await db.schema.createTable('webhook_delivery_attempt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_delivery.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('next_attempt_at', 'text')
    .execute()
  await db.schema.createIndex('webhook_delivery_attempt_delivery_idx').on('webhook_delivery_attempt').columns(['delivery_id', 'attempt']).execute()

  await db.schema.createTable('complaint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 投诉编号 shown to people, e.g. TS20261123-0001; unique
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // web | hotline
    .addColumn('source', 'text', (c) => c.notNull())
    // 12345 hotline 工单编号, unique when present (idempotent imports)
    .addColumn('hotline_ticket', 'text', (c) => c.unique())
    .addColumn('code', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('region_code', 'text')
    .addColumn('category', 'text')
    .addColumn('receipt_hash', 'text', (c) => c.notNull())
    // derived from the newest complaint_event
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_organisation_id', 'text')
    .addColumn('due_at', 'text')
    .addColumn('answer', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('complaint_region_idx').on('complaint').columns(['region_code', 'created_at']).execute()
  await db.schema.createIndex('complaint_status_idx').on('complaint').columns(['status', 'due_at']).execute()
  await db.schema.createIndex('complaint_assignee_idx').on('complaint').column('assignee_organisation_id').execute()
  await db.schema.createIndex('complaint_code_idx').on('complaint').column('code').execute()

  await db.schema.createTable('complaint_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    // received | assigned | investigating | answered | closed | note
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('answer', 'text')
    .addColumn('assignee_organisation_id', 'text')
    .addColumn('due_at', 'text')
    .addColumn('actor_organisation_id', 'text')
    .addColumn('actor_account_id', 'text')
    .execute()
  await db.schema.createIndex('complaint_event_complaint_idx').on('complaint_event').columns(['complaint_id', 'at']).execute()

  await db.schema.createTable('complaint_photo')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    // base64 of the re-encoded image (EXIF stripped)
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('complaint_photo_complaint_idx').on('complaint_photo').columns(['complaint_id', 'position']).execute()
}
