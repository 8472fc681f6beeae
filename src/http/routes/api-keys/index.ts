/** API keys of the caller's organisation, for its systems: create (secret shown once), list, revoke. */
import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { createApiKey, listApiKeys, revokeApiKey } from '../../../services/accounts/api-keys.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams } from '../parties/schema.js'

const ApiKey = Type.Object({
  id: Type.String(), organisationId: Type.String(), name: Type.String(), prefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
  captureOnly: Type.Boolean(), createdBy: Type.Optional(Type.String()), createdAt: Type.String(), lastUsedAt: Type.Optional(Type.String()), revokedAt: Type.Optional(Type.String()),
})
const ApiKeyBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100, description: 'What uses the key, e.g. "ERP 出库接口"' }),
  captureOnly: Type.Optional(Type.Boolean({ description: 'The key may only capture events (POST /api/v1/events)' })),
}, { additionalProperties: false })

const apiKeys: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock }
  const security = [{ bearer: [] }]

  server.post('/api/v1/api-keys', {
    schema: {
      tags: ['accounts'], summary: 'Create an API key for the caller\'s organisation. `secret` is shown this once; only its SHA-256 digest is kept',
      security, body: ApiKeyBody, response: { 201: Type.Object({ key: ApiKey, secret: Type.String({ description: 'Send as Authorization: Bearer <secret>' }) }), ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await createApiKey(deps, request.actor, request.body)))

  server.get('/api/v1/api-keys', {
    schema: { tags: ['accounts'], summary: 'The organisation\'s API keys, newest first, with the time each was last used', security, response: { 200: Type.Object({ keys: Type.Array(ApiKey) }), ...errorResponses } },
  }, async (request) => ({ keys: await listApiKeys(deps, request.actor) }))

  server.delete('/api/v1/api-keys/:id', {
    schema: { tags: ['accounts'], summary: 'Revoke an API key of the organisation, at once', security, params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
  }, async (request, reply) => {
    await revokeApiKey(deps, request.actor, request.params.id)
    return reply.status(204).send(null)
  })
}

export default apiKeys
