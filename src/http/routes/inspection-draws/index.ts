import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { createDraw } from '../../../services/inspection-draws/create-draw.js'
import { getDrawFor, listDrawsFor, verifyDrawFor } from '../../../services/inspection-draws/read-draws.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { Draw, DrawBody, IdParams, PageQuery, Verification } from './schema.js'

const inspectionDraws: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock }
  const security = [{ bearer: [] }]
  const tags = ['inspection draws']

  server.post('/api/v1/inspection-draws', {
    schema: { tags, summary: 'Draw inspection targets and inspectors (双随机), weighted by risk, from a published seed (regulators)', security, body: DrawBody, response: { 201: Draw, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await createDraw(deps, await scopeOf(request, app), request.body)))

  server.get('/api/v1/inspection-draws', {
    schema: { tags, summary: 'Draws in your region, newest first (without candidate lists)', security, querystring: PageQuery, response: { 200: Type.Object({ total: Type.Integer(), draws: Type.Array(Draw) }), ...errorResponses } },
  }, async (request) => {
    const { limit = 20, offset = 0 } = request.query
    return listDrawsFor(app.store, await scopeOf(request, app), { limit, offset })
  })

  server.get('/api/v1/inspection-draws/:id', {
    schema: { tags, summary: 'One draw: seed, algorithm, candidates with weights, result', security, params: IdParams, response: { 200: Draw, ...errorResponses } },
  }, async (request) => getDrawFor(app.store, await scopeOf(request, app), request.params.id))

  server.get('/api/v1/inspection-draws/:id/verify', {
    schema: { tags, summary: 'Repeat the draw from its record and compare', security, params: IdParams, response: { 200: Verification, ...errorResponses } },
  }, async (request) => verifyDrawFor(app.store, await scopeOf(request, app), request.params.id))
}

export default inspectionDraws
