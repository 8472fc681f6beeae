/**
 * Authentication, in one place: every request's actor is resolved here once, before its route runs,
 * from (in this order) an `Authorization: Bearer` header — an API key `zsk_…` or the bootstrap
 * `ZHUISU_ADMIN_TOKEN` — or the `zs_session` cookie. Routes hand `request.actor` to services, which
 * decide through src/services/access/scope.ts what it may see and do.
 *
 * Development (open) mode: with no admin token configured and no account created, every caller acts as
 * the operator, as before accounts existed. Once either exists, anonymous callers get the public routes.
 *
 * Cookie-authenticated writes need the session's CSRF token in `X-CSRF-Token` (synchroniser token: the
 * token is stored with the session and returned at sign-in; SameSite=Lax alone does not cover every
 * browser and sub-domain case). Bearer credentials are not sent by browsers on their own, so they need none.
 */
import { timingSafeEqual } from 'node:crypto'
import fastifyCookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Logger } from 'pino'
import type { App } from '../app.js'
import { ANONYMOUS, isUnidentified, OPEN_MODE_OPERATOR, type Actor } from '../domain/accounts/actor.js'
import { ZhuisuError } from '../domain/errors.js'
import { resolveScope, type Scope } from '../services/access/scope.js'
import { actorFromAdminToken, actorFromApiKey, actorFromSession, createOpenModeCheck } from '../services/accounts/actors.js'
import { API_KEY_PREFIX } from '../services/accounts/secrets.js'
import { SESSION_TTL_MS } from '../services/accounts/sessions.js'


type Instance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, Logger, TypeBoxTypeProvider>
export const SESSION_COOKIE = 'zs_session'
export const CSRF_HEADER = 'x-csrf-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor
    /** The session the request came with (cookie sign-in), for logout and CSRF. */
    session?: { id: string; csrfToken: string }
    scope?: Scope
  }
}

export type { Actor }

/** Every route registered after registerAuth, as `METHOD url`: the authorisation matrix test walks it. */
const routeLists = new WeakMap<object, string[]>()
export function registeredRoutes(server: object): string[] {
  return [...(routeLists.get(server) ?? [])]
}

export async function registerAuth(server: Instance, app: App): Promise<void> {
  const routes: string[] = []
  routeLists.set(server, routes)
  server.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`)
  })
  await server.register(fastifyCookie)
  const isOpen = createOpenModeCheck(app.store, app.config.adminToken)
  const deps = { store: app.store, clock: app.clock }
  // Reference-type decorators must start empty (Fastify shares their initial value); the hook sets them.
  server.decorateRequest('actor', null as unknown as Actor)
  server.decorateRequest('session', undefined)
  server.decorateRequest('scope', undefined)
  server.addHook('onRequest', async (request) => {
    const header = request.headers.authorization
    // A bearer that is neither an API key nor checkable against a configured admin token is ignored,
    // as before accounts: development clients may send a placeholder token.
    if (typeof header === 'string' && header.trim() !== '' && (app.config.adminToken || /^Bearer\s+zsk_/i.test(header.trim()))) {
      request.actor = await actorFromBearer(app, deps, header)
      return
    }
    const secret = request.cookies[SESSION_COOKIE]
    const signedIn = secret ? await actorFromSession(deps, secret) : undefined
    if (signedIn) {
      request.actor = signedIn.actor
      request.session = { id: signedIn.sessionId, csrfToken: signedIn.csrfToken }
      if (!SAFE_METHODS.has(request.method)) checkCsrf(request, signedIn.csrfToken)
      return
    }
    request.actor = (await isOpen()) ? OPEN_MODE_OPERATOR : ANONYMOUS
  })
  // A route that declares a security requirement answers 401 to a caller with no credential before its
  // body is validated: the shape of a protected interface is not told to strangers.
  server.addHook('preValidation', async (request) => {
    const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security
    if (Array.isArray(security) && security.length > 0 && isUnidentified(request.actor)) throw new ZhuisuError('unauthorized')
  })
}

async function actorFromBearer(app: App, deps: Parameters<typeof actorFromApiKey>[0], header: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
  if (!match) throw new ZhuisuError('unauthorized', '/headers/authorization')
  const token = match[1]
  const actor = token.startsWith(API_KEY_PREFIX)
    ? await actorFromApiKey(deps, token)
    : app.config.adminToken ? actorFromAdminToken(token, app.config.adminToken) : undefined
  if (!actor) throw new ZhuisuError('unauthorized', '/headers/authorization')
  return actor
}

function checkCsrf(request: FastifyRequest, expected: string): void {
  const given = request.headers[CSRF_HEADER]
  const a = Buffer.from(typeof given === 'string' ? given : '')
  const b = Buffer.from(expected)
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new ZhuisuError('csrf_invalid', `/headers/${CSRF_HEADER}`)
}

/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure when the platform is served over https. Max-Age
 * rather than Expires, so a browser whose clock differs from the server's keeps it for the same time.
 */
export function setSessionCookie(reply: FastifyReply, app: App, secret: string): void {
  void reply.setCookie(SESSION_COOKIE, secret, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.publicUrl.startsWith('https://'), maxAge: SESSION_TTL_MS / 1000,
  })
}

export function clearSessionCookie(reply: FastifyReply, app: App): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.publicUrl.startsWith('https://') })
}

/** The request's actor (resolved by the onRequest hook of registerAuth). */
export function authenticate(request: FastifyRequest, _adminToken?: string): Actor {
  return request.actor
}

/**
 * Operator-only routes that predate accounts. New code passes `request.actor` to a service and lets
 * src/services/access/scope.ts decide.
 */
export function requireOperator(request: FastifyRequest, _adminToken?: string): Actor {
  const actor = request.actor
  if (actor.role === 'operator' && !actor.captureOnly) return actor
  throw new ZhuisuError(actor.role === 'anonymous' && actor.organisationId === undefined ? 'unauthorized' : 'forbidden', '/headers/authorization')
}

/** The request's scope, resolved from its actor on first use and kept for the rest of the request. */
export async function scopeOf(request: FastifyRequest, app: App): Promise<Scope> {
  request.scope ??= await resolveScope(app.store, request.actor)
  return request.scope
}
