import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { assessImpact } from '../../../services/trace/impact.js'
import { traceCode } from '../../../services/trace/trace-code.js'
import { requireOperator } from '../../auth.js'
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
    requireOperator(request, app.config.adminToken)
    return traceCode(app.store, request.params.code, { direction: request.query.direction ?? 'both', depth: request.query.depth })
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
    requireOperator(request, app.config.adminToken)
    return assessImpact(app.store, request.params.code)
  })
}

export default trace
