/** Webhook subscriptions of the caller's organisation: create (secret shown once), list, show, deactivate, deliveries, test. */
import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  createSubscription, deactivateSubscription, getSubscription, listDeliveries, listSubscriptions, sendTestPing,
} from '../../../services/subscriptions/subscriptions.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams } from '../parties/schema.js'
import { Delivery, PageQuery, Subscription, SubscriptionBody } from './schema.js'

const subscriptions: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock, webhookAllowPrivate: app.config.webhookAllowPrivate }
  const security = [{ bearer: [] }]
  const tags = ['webhooks']
  const page = (q: { limit?: number; offset?: number }) => ({ limit: q.limit ?? 50, offset: q.offset ?? 0 })

  server.post('/api/v1/subscriptions', {
    schema: {
      tags, security, summary: 'Subscribe a webhook endpoint to notification types. `secret` (for verifying Zhuisu-Signature) is shown this once',
      body: SubscriptionBody, response: { 201: Type.Object({ subscription: Subscription, secret: Type.String() }), ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await createSubscription(deps, request.actor, request.body)))

  server.get('/api/v1/subscriptions', {
    schema: { tags, security, summary: 'The organisation\'s subscriptions, newest first', querystring: PageQuery, response: { 200: Type.Object({ subscriptions: Type.Array(Subscription) }), ...errorResponses } },
  }, async (request) => ({ subscriptions: await listSubscriptions(deps, request.actor, page(request.query)) }))

  server.get('/api/v1/subscriptions/:id', {
    schema: { tags, security, summary: 'One subscription with its activation history', params: IdParams, response: { 200: Subscription, ...errorResponses } },
  }, async (request) => getSubscription(deps, request.actor, request.params.id))

  server.delete('/api/v1/subscriptions/:id', {
    schema: { tags, security, summary: 'Deactivate a subscription (its history and deliveries are kept)', params: IdParams, response: { 200: Subscription, ...errorResponses } },
  }, async (request) => deactivateSubscription(deps, request.actor, request.params.id))

  server.get('/api/v1/subscriptions/:id/deliveries', {
    schema: {
      tags, security, summary: 'The delivery log: each delivery with every attempt (status code, duration, error, next retry)',
      params: IdParams, querystring: PageQuery, response: { 200: Type.Object({ deliveries: Type.Array(Delivery) }), ...errorResponses },
    },
  }, async (request) => ({ deliveries: await listDeliveries(deps, request.actor, request.params.id, page(request.query)) }))

  server.post('/api/v1/subscriptions/:id/test', {
    schema: { tags, security, summary: 'Queue a signed `ping` delivery to the endpoint, sent within seconds', params: IdParams, response: { 202: Delivery, ...errorResponses } },
  }, async (request, reply) => reply.status(202).send(await sendTestPing(deps, request.actor, request.params.id)))
}

export default subscriptions
