/** Enterprise self-registration (public) and its approval by a regulator of the enterprise's region. */
import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { decideRegistration, listRegistrations, registerEnterprise } from '../../../services/accounts/registrations.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams } from '../parties/schema.js'
import { DecisionBody, Registration, RegistrationBody, RegistrationQuery } from './schema.js'

const registrations: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock }
  const security = [{ bearer: [] }]

  server.post('/api/v1/registrations', {
    schema: {
      tags: ['accounts'], summary: 'Register an enterprise (USCC, licences) and its first user; pending until a regulator of its region approves',
      body: RegistrationBody, response: { 201: Type.Object({ registration: Registration, user: Type.Object({ id: Type.String(), username: Type.String() }) }), ...errorResponses },
    },
  }, async (request, reply) => {
    const { registration, user } = await registerEnterprise(deps, request.body)
    return reply.status(201).send({ registration, user: { id: user.id, username: user.username } })
  })

  server.get('/api/v1/registrations', {
    schema: { tags: ['accounts'], summary: 'Registrations of the caller\'s region (regulator) or all (operator)', security, querystring: RegistrationQuery, response: { 200: Type.Object({ registrations: Type.Array(Registration) }), ...errorResponses } },
  }, async (request) => {
    const { limit = 50, offset = 0, status } = request.query
    return { registrations: await listRegistrations(deps, request.actor, { limit, offset, status }) }
  })

  server.post('/api/v1/registrations/:id/approve', {
    schema: { tags: ['accounts'], summary: 'Approve a pending registration (regulator of its region, or the operator): the enterprise becomes active, bound to its party', security, params: IdParams, response: { 200: Registration, ...errorResponses } },
  }, async (request) => decideRegistration(deps, request.actor, request.params.id, 'approved'))

  server.post('/api/v1/registrations/:id/reject', {
    schema: { tags: ['accounts'], summary: 'Reject a pending registration, with the reason the applicant will see', security, params: IdParams, body: DecisionBody, response: { 200: Registration, ...errorResponses } },
  }, async (request) => decideRegistration(deps, request.actor, request.params.id, 'rejected', request.body.reason))
}

export default registrations
