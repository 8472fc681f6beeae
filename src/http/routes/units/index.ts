import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { TraceUnit } from '../../../domain/master-data.js'
import { milliToNumber } from '../../../domain/quantity.js'
import { registerUnitFor } from '../../../services/access/master-data-access.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { Unit, UnitBody } from './schema.js'

export function unitReply(unit: TraceUnit) {
  const { key, quantityMilli, ...rest } = unit
  return { ...rest, code: key, quantity: quantityMilli === undefined ? undefined : milliToNumber(quantityMilli) }
}

const units: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock, platformRegion: app.config.platformRegion }
  server.post('/api/v1/units', {
    schema: {
      tags: ['master data'],
      summary: 'Register a lot (批次) or item (单品) and issue its trace code (platform code, or GS1 key when the product has a GTIN)',
      security: [{ bearer: [] }], body: UnitBody, response: { 201: Unit, ...errorResponses },
    },
  }, async (request, reply) => {
    return reply.status(201).send(unitReply(await registerUnitFor(deps, await scopeOf(request, app), request.body)))
  })
}

export default units
