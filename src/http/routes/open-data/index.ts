/**
 * Open data (数据开放): `GET /api/v1/public/statistics`, public, aggregate and de-identified (small cells
 * suppressed). The counts of /api/v1/stats stay where they are; this adds coverage by region and events
 * per month.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { collectPublicStatistics } from '../../../services/open-data/statistics.js'
import type { RouteOptions } from '../index.js'

const PartyCount = Type.Union([Type.Integer({ minimum: 0 }), Type.Literal('<5')], { description: 'A count, or "<5" when fewer than 5 parties (suppressed)' })
const Cell = { parties: PartyCount, activeParties: PartyCount, coverage: Type.Union([Type.Number(), Type.Null()], { description: 'Share of registered parties that reported in the last 30 days, 0–1; null when suppressed' }) }
const RegionCell = Type.Object({ regionCode: Type.String(), name: Type.String(), ...Cell })
const NullableCount = Type.Union([Type.Integer(), Type.Null()])

export const PublicStatisticsReply = Type.Object({
  generatedAt: Type.String(),
  threshold: Type.Integer(),
  activeDays: Type.Integer(),
  total: Type.Object(Cell),
  byCategory: Type.Array(Type.Object({ category: Type.String(), ...Cell })),
  byProvince: Type.Array(RegionCell),
  byCity: Type.Array(RegionCell),
  eventsPerMonth: Type.Array(Type.Object({ month: Type.String(), events: NullableCount, byCategory: Type.Record(Type.String(), NullableCount) })),
})

const openData: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/api/v1/public/statistics', {
    schema: {
      tags: ['public'],
      summary: 'Open statistics (数据开放): parties and coverage by category, province and city; events per month; cells under 5 parties suppressed',
      response: { 200: PublicStatisticsReply },
    },
  }, async () => collectPublicStatistics({ store: app.store, clock: app.clock }))
}

export default openData
