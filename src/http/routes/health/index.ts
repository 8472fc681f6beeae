import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ZhuisuError } from '../../../domain/errors.js'
import type { RouteOptions } from '../index.js'

const health: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/healthz', { schema: { tags: ['operations'], summary: 'Answers 200 when the database is reachable' } }, async () => {
    try {
      await app.store.ping()
    } catch (error) {
      app.log.error({ err: error }, 'database unreachable')
      throw new ZhuisuError('database_unavailable')
    }
    return { status: 'ok', engine: app.store.engine }
  })
}

export default health
