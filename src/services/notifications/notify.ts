/**
 * The notification outbox. `notify` (one) and `notifyMany` (a batch) are called by services inside their
 * own transaction (repos bound to it): each notification appends a `notification` row and, for every active
 * webhook subscription whose type patterns match and whose organisation's scope covers the notification
 * (scope.ts `mayReceiveNotification`), a pending `webhook_delivery` due at once. The webhook worker
 * (src/workers/webhook-delivery.ts) sends them after the transaction has committed; if it rolls back,
 * nothing was announced.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { NotificationRecord } from '../../storage/repositories/notification-repository.js'
import type { DeliveryRecord } from '../../storage/repositories/subscription-delivery-repository.js'
import type { SubscriptionRecord } from '../../storage/repositories/subscription-repository.js'
import type { Repositories } from '../../storage/store.js'
import { mayReceiveNotification, resolveScope, type Scope } from '../access/scope.js'
import { actorOf } from '../accounts/actors.js'
import { systemClock, type Clock } from '../clock.js'
import { isNotificationType, matchesAnyPattern } from './type-pattern.js'

export interface NotificationInput {
  /** Dotted type: `recall.opened`, `recall.task.created`, `alert.opened`, `complaint.assigned`… */
  type: string
  /** What it is about: `{ kind: 'recall', id }`. */
  subject: { kind: string; id: string }
  /** Region (GB/T 2260) the notification concerns: regulators of that region receive it. */
  regionCode?: string
  /** Parties it is addressed to (e.g. the holder of a recall task): their enterprises and platforms receive it. */
  partyIds?: string[]
  /** Categories it concerns: a regulator receives it only when responsible for one of them (none = any). */
  categories?: string[]
  data: Record<string, unknown>
}

/** The JSON body a subscriber receives (docs/webhooks.md). */
export interface WebhookPayload {
  id: string
  type: string
  createdAt: string
  subject: { kind: string; id: string }
  regionCode?: string
  data: Record<string, unknown>
}

export interface NotifyOptions {
  clock?: Clock
}

export async function notify(repos: Repositories, n: NotificationInput, options: NotifyOptions = {}): Promise<void> {
  await notifyMany(repos, [n], options)
}

/**
 * Many notifications at once (a recall's tasks, a reminder sweep): the subscriptions, their organisations and
 * scopes are read once, and the notifications and deliveries are each written in one batched insert
 * (storage chunks them under the engine's parameter limit), all in the caller's transaction.
 */
export async function notifyMany(repos: Repositories, inputs: NotificationInput[], options: NotifyOptions = {}): Promise<void> {
  for (const n of inputs) if (!isNotificationType(n.type)) throw new ZhuisuError('notification_type_invalid', '/type')
  if (inputs.length === 0) return
  const now = (options.clock ?? systemClock).now()
  const records = inputs.map((n): NotificationRecord => ({
    id: newRowId(), createdAt: now, type: n.type, subject: n.subject, regionCode: n.regionCode,
    partyIds: [...new Set(n.partyIds ?? [])], categories: [...new Set(n.categories ?? [])], data: n.data,
  }))
  await repos.notifications.appendMany(records)
  const receivers = await receiversOf(repos, new Set(records.map((r) => r.type)))
  const deliveries: DeliveryRecord[] = []
  for (const record of records) {
    let body: string | undefined
    for (const { subscription, scope } of receivers) {
      if (!matchesAnyPattern(subscription.types, record.type) || !mayReceiveNotification(scope, record)) continue
      body ??= JSON.stringify({ id: record.id, type: record.type, createdAt: now, subject: record.subject, regionCode: record.regionCode, data: record.data } satisfies WebhookPayload)
      deliveries.push({
        id: newRowId(), subscriptionId: subscription.id, notificationId: record.id, type: record.type, payload: body,
        createdAt: now, state: 'pending', attempts: 0, nextAttemptAt: now,
      })
    }
  }
  await repos.deliveries.insertMany(deliveries)
}

/** Active subscriptions that want at least one of the types, each with its organisation's scope (read once). */
async function receiversOf(repos: Repositories, types: Set<string>): Promise<{ subscription: SubscriptionRecord; scope: Scope }[]> {
  const receivers: { subscription: SubscriptionRecord; scope: Scope }[] = []
  const scopes = new Map<string, Scope | undefined>()
  for (const subscription of await repos.subscriptions.listActive()) {
    if (![...types].some((type) => matchesAnyPattern(subscription.types, type))) continue
    if (!scopes.has(subscription.organisationId)) {
      const organisation = await repos.organisations.findById(subscription.organisationId)
      scopes.set(subscription.organisationId, organisation ? await resolveScope(repos, actorOf(organisation, 'api-key', {})) : undefined)
    }
    const scope = scopes.get(subscription.organisationId)
    if (scope) receivers.push({ subscription, scope })
  }
  return receivers
}
