/**
 * Scheduling of webhook deliveries (the sending itself is the worker's, src/workers/webhook-delivery.ts).
 * A delivery is tried at once, then after 1 min, 5 min, 30 min, 2 h and 12 h; after the sixth failed
 * attempt it is `failed`. A 2xx answer delivers it. Every attempt appends a log row.
 */
import { newRowId } from '../../storage/ids.js'
import type { DeliveryRecord } from '../../storage/repositories/subscription-delivery-repository.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'

export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1
export const DELIVERY_TIMEOUT_MS = 10_000

export interface DeliveryDeps {
  store: Store
  clock: Clock
}

export interface DueDelivery {
  delivery: DeliveryRecord
  url: string
  secret: string
  /** False when the subscription was deactivated after the delivery was queued: it is not sent. */
  active: boolean
}

export interface AttemptOutcome {
  statusCode?: number
  durationMs: number
  error?: string
}

export async function listDueDeliveries(deps: DeliveryDeps, limit: number): Promise<DueDelivery[]> {
  const due = await deps.store.deliveries.listDue(deps.clock.now(), limit)
  const result: DueDelivery[] = []
  for (const delivery of due) {
    const subscription = await deps.store.subscriptions.findById(delivery.subscriptionId)
    if (subscription) result.push({ delivery, url: subscription.url, secret: subscription.secret, active: subscription.active })
  }
  return result
}

/** The time the attempt after `attempt` failed ones is due, or undefined when no attempt is left. */
export function nextAttemptAt(failedAttempts: number, now: string): string | undefined {
  const delay = RETRY_DELAYS_MS[failedAttempts - 1]
  return delay === undefined ? undefined : new Date(Date.parse(now) + delay).toISOString()
}

/** Records one attempt; false when another worker already recorded it. */
export async function recordDeliveryAttempt(deps: DeliveryDeps, delivery: DeliveryRecord, outcome: AttemptOutcome): Promise<boolean> {
  const now = deps.clock.now()
  const attempt = delivery.attempts + 1
  const delivered = outcome.statusCode !== undefined && outcome.statusCode >= 200 && outcome.statusCode < 300
  const next = delivered || outcome.error === SUBSCRIPTION_INACTIVE ? undefined : nextAttemptAt(attempt, now)
  const state = delivered ? 'delivered' : next === undefined ? 'failed' : 'pending'
  return deps.store.transaction((tx) => tx.deliveries.recordAttempt({
    id: newRowId(), deliveryId: delivery.id, attempt, at: now, statusCode: outcome.statusCode, durationMs: Math.round(outcome.durationMs),
    error: outcome.error?.slice(0, 500), nextAttemptAt: next,
  }, state))
}

export const SUBSCRIPTION_INACTIVE = 'subscription deactivated; not sent'
