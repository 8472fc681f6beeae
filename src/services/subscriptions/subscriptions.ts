/**
 * Webhook subscriptions of the caller's organisation: create (secret shown once), list, show, deactivate
 * (a state row; history kept), the delivery log, and a test ping. Who receives what is decided when a
 * notification is made (notifications/notify.ts through scope.ts `mayReceiveNotification`).
 */
import type { Actor } from '../../domain/accounts/actor.js'
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { DeliveryAttemptRecord, DeliveryRecord } from '../../storage/repositories/subscription-delivery-repository.js'
import type { SubscriptionRecord, SubscriptionStateRecord } from '../../storage/repositories/subscription-repository.js'
import type { Store } from '../../storage/store.js'
import { requireSubscriber, resolveScope } from '../access/scope.js'
import { newSecret } from '../accounts/secrets.js'
import type { Clock } from '../clock.js'
import type { WebhookPayload } from '../notifications/notify.js'
import { isTypePattern } from '../notifications/type-pattern.js'
import { checkWebhookUrl } from './url-policy.js'

export interface SubscriptionDeps {
  store: Store
  clock: Clock
  webhookAllowPrivate: boolean
}

export const SECRET_PREFIX = 'whsec_'
const MAX_TYPES = 20

/** What a subscriber sees: never the secret, which is shown once at creation. */
export type SubscriptionView = Omit<SubscriptionRecord, 'secret'> & { history: SubscriptionStateRecord[] }

export interface DeliveryView extends DeliveryRecord {
  log: DeliveryAttemptRecord[]
}

async function subscriberOrganisation(deps: Pick<SubscriptionDeps, 'store'>, actor: Actor): Promise<{ organisationId: string; all: boolean }> {
  const scope = await resolveScope(deps.store, actor)
  requireSubscriber(scope)
  if (!actor.organisationId) throw new ZhuisuError('organisation_required')
  return { organisationId: actor.organisationId, all: scope.kind === 'all' }
}

export async function createSubscription(deps: SubscriptionDeps, actor: Actor, input: { url: string; types: string[]; description?: string }): Promise<{ subscription: SubscriptionView; secret: string }> {
  const { organisationId } = await subscriberOrganisation(deps, actor)
  const url = checkWebhookUrl(input.url.trim(), { allowPrivate: deps.webhookAllowPrivate })
  const types = [...new Set(input.types.map((t) => t.trim()))]
  if (types.length === 0 || types.length > MAX_TYPES) throw new ZhuisuError('subscription_types_invalid', '/types')
  types.forEach((t, i) => {
    if (!isTypePattern(t)) throw new ZhuisuError('subscription_types_invalid', `/types/${i}`)
  })
  const secret = newSecret(SECRET_PREFIX)
  const record: SubscriptionRecord = {
    id: newRowId(), organisationId, createdBy: actor.accountId ?? actor.apiKeyId, createdAt: deps.clock.now(),
    url: url.toString(), types, description: (input.description ?? '').trim(), secret, active: true,
  }
  await deps.store.subscriptions.insert(record, newRowId())
  return { subscription: await viewOf(deps.store, record), secret }
}

export async function listSubscriptions(deps: Pick<SubscriptionDeps, 'store'>, actor: Actor, page: { limit: number; offset: number }): Promise<Omit<SubscriptionRecord, 'secret'>[]> {
  const { organisationId } = await subscriberOrganisation(deps, actor)
  const rows = await deps.store.subscriptions.list({ organisationId, ...page })
  return rows.map(withoutSecret)
}

/** Another organisation's subscription answers like an unknown one: 404. */
async function ownSubscription(deps: Pick<SubscriptionDeps, 'store'>, actor: Actor, id: string): Promise<SubscriptionRecord> {
  const { organisationId } = await subscriberOrganisation(deps, actor)
  const subscription = await deps.store.subscriptions.findById(id)
  if (!subscription || subscription.organisationId !== organisationId) throw new ZhuisuError('subscription_not_found', '/id')
  return subscription
}

export async function getSubscription(deps: Pick<SubscriptionDeps, 'store'>, actor: Actor, id: string): Promise<SubscriptionView> {
  return viewOf(deps.store, await ownSubscription(deps, actor, id))
}

export async function deactivateSubscription(deps: SubscriptionDeps, actor: Actor, id: string): Promise<SubscriptionView> {
  const subscription = await ownSubscription(deps, actor, id)
  if (subscription.active) {
    await deps.store.subscriptions.appendState(newRowId(), id, { at: deps.clock.now(), state: 'inactive', accountId: actor.accountId ?? actor.apiKeyId })
  }
  return viewOf(deps.store, { ...subscription, active: false })
}

/** The delivery log, newest delivery first, each with its attempts. */
export async function listDeliveries(deps: Pick<SubscriptionDeps, 'store'>, actor: Actor, id: string, page: { limit: number; offset: number }): Promise<DeliveryView[]> {
  await ownSubscription(deps, actor, id)
  const deliveries = await deps.store.deliveries.listBySubscription(id, page)
  const attempts = await deps.store.deliveries.attemptsOf(deliveries.map((d) => d.id))
  return deliveries.map((d) => ({ ...d, log: attempts.filter((a) => a.deliveryId === d.id) }))
}

/** Queues a `ping` delivery, due at once; the webhook worker sends it. */
export async function sendTestPing(deps: SubscriptionDeps, actor: Actor, id: string): Promise<DeliveryRecord> {
  const subscription = await ownSubscription(deps, actor, id)
  if (!subscription.active) throw new ZhuisuError('subscription_inactive', '/id')
  const now = deps.clock.now()
  const deliveryId = newRowId()
  const payload: WebhookPayload = { id: deliveryId, type: 'ping', createdAt: now, subject: { kind: 'subscription', id }, data: { message: 'Zhuisu webhook test / 追溯平台推送测试' } }
  const delivery: DeliveryRecord = { id: deliveryId, subscriptionId: id, type: 'ping', payload: JSON.stringify(payload), createdAt: now, state: 'pending', attempts: 0, nextAttemptAt: now }
  await deps.store.deliveries.insert(delivery)
  return delivery
}

function withoutSecret(s: SubscriptionRecord): Omit<SubscriptionRecord, 'secret'> {
  const { secret: _secret, ...rest } = s
  return rest
}

async function viewOf(store: Store, s: SubscriptionRecord): Promise<SubscriptionView> {
  return { ...withoutSecret(s), history: await store.subscriptions.history(s.id) }
}
