/**
 * Webhook deliveries. A delivery's `state`, `attempts` and `next_attempt_at` are derived scheduling state;
 * every attempt is an appended `webhook_delivery_attempt` row (the delivery log).
 */
import type { Insertable, Kysely, Selectable } from 'kysely'
import type { WebhookDeliveryAttemptTable, WebhookDeliveryTable } from '../complaint-schema.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'

export interface DeliveryRecord {
  id: string
  subscriptionId: string
  notificationId?: string
  type: string
  payload: string
  createdAt: string
  state: 'pending' | 'delivered' | 'failed'
  attempts: number
  nextAttemptAt?: string
}

export interface DeliveryAttemptRecord {
  id: string
  deliveryId: string
  attempt: number
  at: string
  statusCode?: number
  durationMs: number
  error?: string
  nextAttemptAt?: string
}

export function createSubscriptionDeliveryRepository(db: Kysely<Database>, dialect: Dialect) {
  return {
    async insert(d: DeliveryRecord): Promise<void> {
      await db.insertInto('webhook_delivery').values(toRow(d)).execute()
    },
    /** Many at once, in as few statements as the engine allows (dialect.insertRows). */
    async insertMany(deliveries: DeliveryRecord[]): Promise<void> {
      await dialect.insertRows(db, 'webhook_delivery', deliveries.map(toRow))
    },
    async findById(id: string): Promise<DeliveryRecord | undefined> {
      const row = await db.selectFrom('webhook_delivery').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? fromRow(row) : undefined
    },
    /** Pending deliveries whose next attempt is due at `now`, oldest due first. */
    async listDue(now: string, limit: number): Promise<DeliveryRecord[]> {
      const rows = await db.selectFrom('webhook_delivery').selectAll().where('state', '=', 'pending').where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at').orderBy('id').limit(limit).execute()
      return rows.map(fromRow)
    },
    /** Newest first. */
    async listBySubscription(subscriptionId: string, page: { limit: number; offset: number }): Promise<DeliveryRecord[]> {
      const rows = await db.selectFrom('webhook_delivery').selectAll().where('subscription_id', '=', subscriptionId)
        .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute()
      return rows.map(fromRow)
    },
    async attemptsOf(deliveryIds: string[]): Promise<DeliveryAttemptRecord[]> {
      if (deliveryIds.length === 0) return []
      const rows = await db.selectFrom('webhook_delivery_attempt').selectAll().where('delivery_id', 'in', deliveryIds)
        .orderBy('delivery_id').orderBy('attempt').execute()
      return rows.map(attemptFromRow)
    },
    /**
     * Records one attempt and restates the delivery's scheduling state. Only a delivery still pending with
     * `attempts = attempt - 1` moves on, so two workers cannot record the same attempt twice; false if lost.
     */
    async recordAttempt(a: DeliveryAttemptRecord, state: DeliveryRecord['state']): Promise<boolean> {
      const result = await db.updateTable('webhook_delivery')
        .set({ state, attempts: a.attempt, next_attempt_at: a.nextAttemptAt ?? null })
        .where('id', '=', a.deliveryId).where('state', '=', 'pending').where('attempts', '=', a.attempt - 1)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return false
      await db.insertInto('webhook_delivery_attempt').values({
        id: a.id, delivery_id: a.deliveryId, attempt: a.attempt, at: a.at, status_code: a.statusCode ?? null,
        duration_ms: a.durationMs, error: a.error ?? null, next_attempt_at: a.nextAttemptAt ?? null,
      }).execute()
      return true
    },
  }
}

export type SubscriptionDeliveryRepository = ReturnType<typeof createSubscriptionDeliveryRepository>

function toRow(d: DeliveryRecord): Insertable<WebhookDeliveryTable> {
  return {
    id: d.id, subscription_id: d.subscriptionId, notification_id: d.notificationId ?? null, type: d.type, payload: d.payload,
    created_at: d.createdAt, state: d.state, attempts: d.attempts, next_attempt_at: d.nextAttemptAt ?? null,
  }
}

function fromRow(row: Selectable<WebhookDeliveryTable>): DeliveryRecord {
  return {
    id: row.id, subscriptionId: row.subscription_id, notificationId: row.notification_id ?? undefined, type: row.type,
    payload: row.payload, createdAt: row.created_at, state: row.state, attempts: Number(row.attempts), nextAttemptAt: row.next_attempt_at ?? undefined,
  }
}

function attemptFromRow(row: Selectable<WebhookDeliveryAttemptTable>): DeliveryAttemptRecord {
  return {
    id: row.id, deliveryId: row.delivery_id, attempt: Number(row.attempt), at: row.at, statusCode: row.status_code === null ? undefined : Number(row.status_code),
    durationMs: Number(row.duration_ms), error: row.error ?? undefined, nextAttemptAt: row.next_attempt_at ?? undefined,
  }
}
