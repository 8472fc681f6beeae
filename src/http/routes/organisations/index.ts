/** Organisations and their users: the operator bootstraps regulators and platforms; members add colleagues. */
import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { addUser, createOrganisation, listOrganisations } from '../../../services/accounts/organisations.js'
import { OrganisationView } from '../auth/schema.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams } from '../parties/schema.js'
import { OrganisationBody, OrganisationQuery, User, UserBody } from './schema.js'

const organisations: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock }
  const security = [{ bearer: [] }]

  server.post('/api/v1/organisations', {
    schema: { tags: ['accounts'], summary: 'Create an organisation: regulator, third-party platform, enterprise (bound to a party) or operator (operator only)', security, body: OrganisationBody, response: { 201: OrganisationView, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await createOrganisation(deps, request.actor, request.body)))

  server.get('/api/v1/organisations', {
    schema: { tags: ['accounts'], summary: 'Organisations: all for the operator, the caller\'s own for everyone else', security, querystring: OrganisationQuery, response: { 200: Type.Object({ organisations: Type.Array(OrganisationView) }), ...errorResponses } },
  }, async (request) => {
    const { limit = 50, offset = 0, kind } = request.query
    return { organisations: await listOrganisations(deps, request.actor, { limit, offset, kind }) }
  })

  server.post('/api/v1/organisations/:id/users', {
    schema: { tags: ['accounts'], summary: 'Add a user (password sign-in) to an organisation: the operator, or a member of that organisation', security, params: IdParams, body: UserBody, response: { 201: User, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await addUser(deps, request.actor, request.params.id, request.body)))
}

export default organisations
