import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { traceForScope } from '../../../services/access/trace-access.js'
import { scopeOf } from '../../auth.js'
import { CodeParams, errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { TraceQuery, TraceReply } from './schema.js'

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
}

export default trace
