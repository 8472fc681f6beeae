import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { exploreCode } from '../../../services/explorer/explore.js'
import { scopeOf } from '../../auth.js'
import { CodeParams, errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { ExplorerQuery, ExplorerReply } from './schema.js'

const explorer: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/api/v1/explorer/:code', {
    schema: {
      tags: ['trace'],
      summary: 'A trace as a graph for the explorer: lots, items, containers, parties and sites, linked by transformations, aggregations, custody and transfers; large graphs are cut and expanded node by node',
      security: [{ bearer: [] }],
      params: CodeParams,
      querystring: ExplorerQuery,
      response: { 200: ExplorerReply, ...errorResponses },
    },
  }, async (request) => {
    const { direction, depth, expand, limit, fanout } = request.query
    return exploreCode(app.store, await scopeOf(request, app), request.params.code, { direction: direction ?? 'both', depth, expand, limit, fanout })
  })
}

export default explorer
