import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { getPartyFor, listPartiesFor, registerPartyFor, registerSiteFor } from '../../../services/access/master-data-access.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams, PageQuery, Party, PartyBody, Site, SiteBody } from './schema.js'

const parties: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock, platformRegion: app.config.platformRegion }
  const security = [{ bearer: [] }]

  server.post('/api/v1/parties', {
    schema: { tags: ['master data'], summary: 'Register a party (主体) with its USCC', security, body: PartyBody, response: { 201: Party, ...errorResponses } },
  }, async (request, reply) => {
    return reply.status(201).send(await registerPartyFor(deps, await scopeOf(request, app), request.body))
  })

  server.get('/api/v1/parties', {
    schema: { tags: ['master data'], summary: 'List parties, oldest first', security, querystring: PageQuery, response: { 200: Type.Object({ parties: Type.Array(Party) }), ...errorResponses } },
  }, async (request) => {
    const { limit = 50, offset = 0, regionCode } = request.query
    return { parties: await listPartiesFor(deps, await scopeOf(request, app), { limit, offset, regionPrefix: regionCode?.replace(/0+$/, '') }) }
  })

  server.get('/api/v1/parties/:id', {
    schema: { tags: ['master data'], summary: 'One party, with its sites', security, params: IdParams, response: { 200: Type.Object({ party: Party, sites: Type.Array(Site) }), ...errorResponses } },
  }, async (request) => {
    return getPartyFor(deps, await scopeOf(request, app), request.params.id)
  })

  server.post('/api/v1/parties/:id/sites', {
    schema: { tags: ['master data'], summary: 'Register a site (场所) of a party', security, params: IdParams, body: SiteBody, response: { 201: Site, ...errorResponses } },
  }, async (request, reply) => {
    return reply.status(201).send(await registerSiteFor(deps, await scopeOf(request, app), { ...request.body, partyId: request.params.id }))
  })
}

export default parties
