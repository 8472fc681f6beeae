/** Named queries of the EPCIS 2.0 REST binding: `/epcis/queries[/{queryName}[/events]]`. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ZhuisuError } from '../../../domain/errors.js'
import { parseEpcisQuery } from '../../../interop/epcis/query-params.js'
import { queryEpcisEvents } from '../../../services/epcis/query-events.js'
import { createNamedQuery, deleteNamedQuery, getNamedQuery, listNamedQueries } from '../../../services/epcis/named-queries.js'
import { requireOperator } from '../../auth.js'
import type { RouteOptions } from '../index.js'
import { sendPage } from './present.js'
import { NamedQueryBody, QueryNameParams } from './schema.js'

const queries: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const checkQuery = (query: Record<string, unknown>) => {
    const parsed = parseEpcisQuery(query, '/query')
    if (!parsed.ok) throw new ZhuisuError('epcis_query_invalid', parsed.field, { detail: parsed.reason })
    return parsed.query
  }

  server.post('/epcis/queries', {
    schema: { tags: ['epcis'], summary: 'Create a named query (409 if the name exists)', security: [{ bearer: [] }], body: NamedQueryBody },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    checkQuery(request.body.query)
    const created = await createNamedQuery({ store: app.store, clock: app.clock }, request.body.name, request.body.query)
    return reply.status(201).header('Location', `/epcis/queries/${encodeURIComponent(created.name)}`).send()
  })

  server.get('/epcis/queries', { schema: { tags: ['epcis'], summary: 'Named queries', security: [{ bearer: [] }] } }, async (request) => {
    requireOperator(request, app.config.adminToken)
    return (await listNamedQueries({ store: app.store })).map((q) => ({ name: q.name, query: q.query }))
  })

  server.get('/epcis/queries/:queryName', { schema: { tags: ['epcis'], summary: 'One named query', security: [{ bearer: [] }], params: QueryNameParams } }, async (request) => {
    requireOperator(request, app.config.adminToken)
    const found = await getNamedQuery({ store: app.store }, request.params.queryName)
    return { name: found.name, query: found.query }
  })

  server.delete('/epcis/queries/:queryName', { schema: { tags: ['epcis'], summary: 'Delete a named query', security: [{ bearer: [] }], params: QueryNameParams } }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    await deleteNamedQuery({ store: app.store }, request.params.queryName)
    return reply.status(204).send()
  })

  server.get('/epcis/queries/:queryName/events', {
    schema: { tags: ['epcis'], summary: 'Run a named query', security: [{ bearer: [] }], params: QueryNameParams },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const found = await getNamedQuery({ store: app.store }, request.params.queryName)
    const { nextPageToken, perPage } = request.query as { nextPageToken?: string; perPage?: string }
    const query = checkQuery({ ...found.query, ...(perPage ? { perPage } : {}) })
    return sendPage(reply, request, await queryEpcisEvents({ store: app.store }, query, nextPageToken), found.name, app.clock.now())
  })
}

export default queries
