/** Sign-in with a password (session cookie), sign-out, and who the caller is. */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { createLoginThrottle } from '../../../services/accounts/login-throttle.js'
import { login, logout } from '../../../services/accounts/sessions.js'
import { listDemoAccounts } from '../../../services/demo/demo-accounts.js'
import { clearSessionCookie, setSessionCookie } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { DemoAccounts, LoginBody, LoginReply, Me } from './schema.js'

export function meOf(request: FastifyRequest, csrfToken = request.session?.csrfToken) {
  const { role, credential, organisationId, organisationName, username, partyId, regionCode, categories, captureOnly } = request.actor
  return { role, credential, organisationId, organisationName, username, partyId, regionCode, categories, captureOnly, csrfToken, pending: role === 'anonymous' && organisationId !== undefined }
}

const auth: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const throttle = createLoginThrottle(app.clock)

  server.post('/api/v1/auth/login', {
    schema: { tags: ['accounts'], summary: 'Sign in with a username and password; sets the session cookie', body: LoginBody, response: { 200: LoginReply, ...errorResponses } },
  }, async (request, reply) => {
    const signedIn = await login({ store: app.store, clock: app.clock, throttle }, { ...request.body, ip: request.ip })
    setSessionCookie(reply, app, signedIn.secret)
    request.actor = signedIn.actor
    return { me: meOf(request, signedIn.csrfToken), expiresAt: signedIn.expiresAt }
  })

  server.post('/api/v1/auth/logout', {
    schema: { tags: ['accounts'], summary: 'End the session of the cookie', response: { 204: Type.Null(), ...errorResponses } },
  }, async (request, reply) => {
    if (request.session) await logout({ store: app.store, clock: app.clock }, request.session.id)
    clearSessionCookie(reply, app)
    return reply.status(204).send(null)
  })

  server.get('/api/v1/auth/demo-accounts', {
    schema: { tags: ['accounts'], summary: 'The public demo sign-ins (one per role), when the demo data created them; empty otherwise', response: { 200: DemoAccounts, ...errorResponses } },
  }, async () => ({ accounts: app.config.demoAccounts ? await listDemoAccounts(app.store) : [] }))

  server.get('/api/v1/auth/me', {
    schema: { tags: ['accounts'], summary: 'Who the caller is: role, organisation, scope, and the CSRF token of its session', response: { 200: Me, ...errorResponses } },
  }, async (request) => meOf(request))
}

export default auth
