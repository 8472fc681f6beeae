import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { listSampleCodes } from '../../../services/public/samples.js'
import { queryPublic } from '../../../services/public/public-query.js'
import { CodeParams, errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { PublicReply, SamplesReply } from './schema.js'

const publicQuery: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/api/v1/public/samples', {
    schema: { tags: ['public'], summary: 'A few codes to try on the home page', response: { 200: SamplesReply } },
  }, async () => ({ samples: await listSampleCodes(app.store) }))

  server.get('/api/v1/public/:code', {
    schema: {
      tags: ['public'],
      summary: 'Public one-stop query of a code: product, producer, origin, the chain, query count (public fields only)',
      params: CodeParams,
      response: { 200: PublicReply, ...errorResponses },
    },
  }, async (request) => queryPublic({ store: app.store, clock: app.clock }, request.params.code, 'api'))
}

export default publicQuery
