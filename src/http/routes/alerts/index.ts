import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { getAlertFor, listAlertsFor, transitionAlertFor } from '../../../services/alerts/alert-access.js'
import { quotasFor, setQuotaFor, setThresholdFor, thresholdsFor } from '../../../services/alerts/settings-access.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { Alert, AlertDetail, AlertIdParams, AlertListQuery, Quota, QuotaBody, QuotaQuery, ThresholdBody, ThresholdQuery, ThresholdsReply, TransitionBody } from './schema.js'

const alerts: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock }
  const tags = ['early warning']
  const security = [{ bearer: [] }]

  server.get('/api/v1/alerts', {
    schema: { tags, security, summary: 'Alerts (预警) in the caller\'s scope, newest first, filtered and paged', querystring: AlertListQuery, response: { 200: Type.Object({ alerts: Type.Array(Alert), total: Type.Integer() }), ...errorResponses } },
  }, async (request) => {
    const { limit = 50, offset = 0, ...filters } = request.query
    return listAlertsFor(deps, await scopeOf(request, app), { ...filters, limit, offset })
  })

  server.get('/api/v1/alerts/:id', {
    schema: { tags, security, summary: 'One alert with its evidence and status history', params: AlertIdParams, response: { 200: AlertDetail, ...errorResponses } },
  }, async (request) => getAlertFor(deps, await scopeOf(request, app), request.params.id))

  server.post('/api/v1/alerts/:id/transitions', {
    schema: { tags, security, summary: 'Move an alert on: acknowledged, investigating, resolved or dismissed (with a note)', params: AlertIdParams, body: TransitionBody, response: { 201: AlertDetail, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await transitionAlertFor(deps, await scopeOf(request, app), request.params.id, request.body)))

  server.get('/api/v1/alert-thresholds', {
    schema: { tags, security, summary: 'The thresholds that apply in a region (default: the regulator\'s own), rule by rule', querystring: ThresholdQuery, response: { 200: ThresholdsReply, ...errorResponses } },
  }, async (request) => thresholdsFor(deps, await scopeOf(request, app), request.query.regionCode))

  server.put('/api/v1/alert-thresholds', {
    schema: { tags, security, summary: 'Set a rule\'s threshold for a region (the most specific region wins)', body: ThresholdBody, response: { 200: ThresholdsReply, ...errorResponses } },
  }, async (request) => setThresholdFor(deps, await scopeOf(request, app), request.body))

  server.get('/api/v1/quotas', {
    schema: { tags, security, summary: 'Rare-earth quotas (总量控制指标) per party and year', querystring: QuotaQuery, response: { 200: Type.Object({ quotas: Type.Array(Quota) }), ...errorResponses } },
  }, async (request) => quotasFor(deps, await scopeOf(request, app), request.query.year))

  server.put('/api/v1/quotas', {
    schema: { tags, security, summary: 'Set a party\'s rare-earth quota for a year', body: QuotaBody, response: { 200: Quota, ...errorResponses } },
  }, async (request) => setQuotaFor(deps, await scopeOf(request, app), request.body))
}

export default alerts
