/**
 * The notification outbox. `notify` is called by services inside their own transaction (repos bound to
 * it): it appends a `notification` row and, for every active webhook subscription whose type patterns
 * match and whose organisation's scope covers the notification (scope.ts `mayReceiveNotification`), a
 * pending `webhook_delivery` due at once. The webhook worker (src/workers/webhook-delivery.ts) sends
 * them after the transaction has committed; if it rolls back, nothing was announced.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { NotificationRecord } from '../../storage/repositories/notification-repository.js'
import type { Repositories } from '../../storage/store.js'
import { mayReceiveNotification, resolveScope } from '../access/scope.js'
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

export async function notify(repos: Repositories, n: NotificationInput, options: { clock?: Clock } = {}): Promise<void> {
  if (!isNotificationType(n.type)) throw new ZhuisuError('notification_type_invalid', '/type')
  const now = (options.clock ?? systemClock).now()
  const record: NotificationRecord = {
    id: newRowId(), createdAt: now, type: n.type, subject: n.subject, regionCode: n.regionCode,
    partyIds: [...new Set(n.partyIds ?? [])], categories: [...new Set(n.categories ?? [])], data: n.data,
  }
  await repos.notifications.append(record)
  const payload: WebhookPayload = { id: record.id, type: record.type, createdAt: now, subject: record.subject, regionCode: record.regionCode, data: record.data }
  const body = JSON.stringify(payload)
  for (const subscription of await repos.subscriptions.listActive()) {
    if (!matchesAnyPattern(subscription.types, n.type)) continue
    const organisation = await repos.organisations.findById(subscription.organisationId)
    if (!organisation) continue
    const scope = await resolveScope(repos, actorOf(organisation, 'api-key', {}))
    if (!mayReceiveNotification(scope, record)) continue
    await repos.deliveries.insert({
      id: newRowId(), subscriptionId: subscription.id, notificationId: record.id, type: n.type, payload: body,
      createdAt: now, state: 'pending', attempts: 0, nextAttemptAt: now,
    })
  }
}
