import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { getPartyCreditFor, listCreditFor, recomputeCreditFor } from '../../../services/credit/credit-access.js'
import { Type } from '@fastify/type-provider-typebox'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { CreditList, CreditListQuery, IdParams, PartyCredit, RecomputeBody } from './schema.js'

const credit: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock }
  const security = [{ bearer: [] }]
  const tags = ['credit']

  server.get('/api/v1/parties/:id/credit', {
    schema: { tags, summary: "A party's credit (信用): score, grade, reasons with evidence, and history", security, params: IdParams, response: { 200: PartyCredit, ...errorResponses } },
  }, async (request) => getPartyCreditFor(deps, await scopeOf(request, app), request.params.id))

  server.get('/api/v1/credit', {
    schema: { tags, summary: 'Credit of the parties in scope (regulators, operator), paged and sorted on the server', security, querystring: CreditListQuery, response: { 200: CreditList, ...errorResponses } },
  }, async (request) => {
    const { grade, region, sort, limit = 50, offset = 0 } = request.query
    return listCreditFor(deps, await scopeOf(request, app), { grade, regionCode: region, sort: sort as 'score' | undefined, limit, offset })
  })

  server.post('/api/v1/credit/recomputations', {
    schema: { tags, summary: 'Recompute the credit of every party in scope (appends a snapshot where it changed)', security, body: RecomputeBody, response: { 200: Type.Object({ parties: Type.Integer(), changed: Type.Integer() }), ...errorResponses } },
  }, async (request) => recomputeCreditFor(deps, await scopeOf(request, app), { regionCode: request.body.region }))
}

export default credit
