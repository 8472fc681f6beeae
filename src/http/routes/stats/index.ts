import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { collectStats } from '../../../services/public/stats.js'
import type { RouteOptions } from '../index.js'

const Counts = Type.Object({ total: Type.Integer(), byCategory: Type.Record(Type.String(), Type.Integer()) })

const stats: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/api/v1/stats', {
    schema: {
      tags: ['public'],
      summary: 'Open statistics: counts of parties, products, lots, items and events, total and by category',
      response: { 200: Type.Object({ parties: Counts, products: Counts, lots: Counts, items: Counts, events: Counts }) },
    },
  }, async () => collectStats(app.store))
}

export default stats
