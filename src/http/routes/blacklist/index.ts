import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { addBlacklistEntry, checkBlacklist, listPublicBlacklist, revokeBlacklistEntry } from '../../../services/blacklist/blacklist-entries.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { BlacklistBody, CheckQuery, IdParams, ListQuery, PublicEntry, RevocationBody } from './schema.js'

const blacklist: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock }
  const security = [{ bearer: [] }]
  const tags = ['blacklist']

  server.get('/api/v1/blacklist', {
    schema: { tags, summary: 'The quality blacklist (质量失信黑名单) in force today; public, searchable by name or USCC', querystring: ListQuery, response: { 200: Type.Object({ total: Type.Integer(), entries: Type.Array(PublicEntry) }), ...errorResponses } },
  }, async (request) => {
    const { q, limit = 20, offset = 0 } = request.query
    return listPublicBlacklist(deps, { q, limit, offset })
  })

  server.get('/api/v1/blacklist/check', {
    schema: { tags, summary: 'Joint-punishment lookup (联合惩戒): is this party blacklisted now? Public', querystring: CheckQuery, response: { 200: Type.Object({ blacklisted: Type.Boolean(), checkedAt: Type.String(), entries: Type.Array(PublicEntry) }), ...errorResponses } },
  }, async (request) => checkBlacklist(deps, request.query))

  server.post('/api/v1/blacklist', {
    schema: { tags, summary: 'Put a party on the blacklist (regulator in scope, operator)', security, body: BlacklistBody, response: { 201: PublicEntry, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await addBlacklistEntry(deps, await scopeOf(request, app), request.body)))

  server.post('/api/v1/blacklist/:id/revocations', {
    schema: { tags, summary: 'Remove an entry early, with a reason (a new record; the entry is kept)', security, params: IdParams, body: RevocationBody, response: { 201: PublicEntry, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await revokeBlacklistEntry(deps, await scopeOf(request, app), request.params.id, request.body.reason)))
}

export default blacklist
