/**
 * Sends due webhook deliveries from the database (durable: a delivery queued before a restart is sent
 * after it). Each one is a signed JSON POST (`Zhuisu-Event`, `Zhuisu-Delivery`, `Zhuisu-Signature`), with
 * a 10 s timeout, no redirects followed, and, unless private addresses are allowed, a check that the
 * host does not resolve to one. The outcome goes to services/subscriptions/delivery.ts, which logs the
 * attempt and schedules the retry. One tick at a time, never overlapping.
 */
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import type { Logger } from 'pino'
import type { App } from '../app.js'
import {
  DELIVERY_TIMEOUT_MS, listDueDeliveries, recordDeliveryAttempt, SUBSCRIPTION_INACTIVE, type AttemptOutcome, type DeliveryDeps, type DueDelivery,
} from '../services/subscriptions/delivery.js'
import { signatureOf } from '../services/subscriptions/signature.js'
import { isPrivateAddress } from '../services/subscriptions/url-policy.js'
import { startPeriodic, type Worker } from './periodic.js'

export const WEBHOOK_POLL_MS = 2000
const BATCH = 50

export type { Worker }

export interface WebhookRunDeps extends DeliveryDeps {
  log: Logger
  allowPrivate: boolean
}

/** One pass: sends every delivery due now (up to a batch). Returns how many were attempted. */
export async function runWebhookDeliveries(deps: WebhookRunDeps): Promise<number> {
  const due = await listDueDeliveries(deps, BATCH)
  for (const item of due) {
    const outcome = item.active ? await send(deps, item) : { durationMs: 0, error: SUBSCRIPTION_INACTIVE }
    const recorded = await recordDeliveryAttempt(deps, item.delivery, outcome)
    if (!recorded) deps.log.warn({ deliveryId: item.delivery.id }, 'webhook attempt already recorded by another worker')
  }
  return due.length
}

async function send(deps: WebhookRunDeps, item: DueDelivery): Promise<AttemptOutcome> {
  const started = performance.now()
  const elapsed = () => performance.now() - started
  try {
    const url = new URL(item.url)
    if (!deps.allowPrivate && await resolvesPrivate(url.hostname)) return { durationMs: elapsed(), error: 'the host resolves to a private or loopback address' }
    const body = item.delivery.payload
    const unix = Math.floor(Date.parse(deps.clock.now()) / 1000)
    const response = await fetch(url, {
      method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS), body,
      headers: {
        'content-type': 'application/json', 'user-agent': 'Zhuisu-Webhooks/1',
        'zhuisu-event': item.delivery.type, 'zhuisu-delivery': item.delivery.id, 'zhuisu-signature': signatureOf(item.secret, body, unix),
      },
    })
    await response.body?.cancel()
    return { statusCode: response.status, durationMs: elapsed(), error: response.ok ? undefined : `HTTP ${response.status}` }
  } catch (error) {
    const message = error instanceof Error ? (error.name === 'TimeoutError' ? `timed out after ${DELIVERY_TIMEOUT_MS / 1000} s` : `${error.message}${causeOf(error)}`) : String(error)
    return { durationMs: elapsed(), error: message }
  }
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause ? `: ${cause.code ?? cause.message ?? ''}` : ''
}

async function resolvesPrivate(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) !== 0) return isPrivateAddress(host)
  const addresses = await lookup(host, { all: true })
  return addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))
}

export function startWebhookDeliveryWorker(app: App, pollMs = WEBHOOK_POLL_MS): Worker {
  const allowPrivate = app.config.webhookAllowPrivate
  return startPeriodic({
    name: 'webhook-delivery', everyMs: pollMs, log: app.log, failure: 'webhook deliveries could not run',
    tick: (log) => runWebhookDeliveries({ store: app.store, clock: app.clock, log, allowPrivate }),
  })
}
