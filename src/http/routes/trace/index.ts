import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { impactForScope, traceForScope } from '../../../services/access/trace-access.js'
import { scopeOf } from '../../auth.js'
import { CodeParams, errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { ImpactReply, TraceQuery, TraceReply } from './schema.js'

const trace: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/api/v1/trace/:code', {
    schema: {
      tags: ['trace'],
      summary: 'Backward and forward trace of any code: the lots, items and containers reached, their holders, and how they are linked',
      security: [{ bearer: [] }],
      params: CodeParams,
      querystring: TraceQuery,
      response: { 200: TraceReply, ...errorResponses },
    },
  }, async (request) => {
    return traceForScope(app.store, await scopeOf(request, app), request.params.code, { direction: request.query.direction ?? 'both', depth: request.query.depth })
  })

  server.get('/api/v1/impact/:code', {
    schema: {
      tags: ['trace'],
      summary: 'Forward closure summarised for a recall: every downstream holder with quantities received and held',
      security: [{ bearer: [] }],
      params: CodeParams,
      response: { 200: ImpactReply, ...errorResponses },
    },
  }, async (request) => {
    return impactForScope(app.store, await scopeOf(request, app), request.params.code)
  })
}

export default trace
