/**
 * Security headers and rate limits, in one place (issue 5, hardening).
 *
 * Headers come from @fastify/helmet with its defaults: a Content-Security-Policy of 'self' only, which the
 * web UI (Vite build, no external resource) and the Swagger UI at /docs both keep to. On a plain-HTTP
 * deployment the policy must not ask browsers to upgrade requests to HTTPS, or every script would fail.
 *
 * Text that no engine stores faithfully (NUL, unpaired surrogates) is refused in bodies, paths and queries
 * with `text_invalid`, so PostgreSQL never fails on it and SQLite never keeps a mangled copy.
 *
 * Rate limits apply by URL, not by route, so that the 404 handler's single-page routes (/q/…) and routes
 * registered later by other modules (login, registration) are covered without their own configuration. Each
 * request is counted once per IP and, when it carries a credential, once per credential: rotating made-up
 * keys does not lift the IP limit, and a key used from many addresses is still held to its own.
 */
import { createHash } from 'node:crypto'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify'
import type { Logger } from 'pino'
import type { Config } from '../config.js'
import { ZhuisuError } from '../domain/errors.js'
import { findUnstorableText } from '../domain/text.js'
import { errorBody, languageOf, statusOf } from './error-handler.js'

export type RateLimitClass = 'public' | 'login'

/** Routes anyone may call without a credential: public query API and page, open statistics, code lookup. */
const PUBLIC_PATH = /^\/(?:api\/v1\/(?:public|codes)\/|q\/|api\/v1\/stats(?:$|\/))/
/** Where passwords, enterprise registrations and public complaints arrive: limited hard against guessing and flooding. */
const LOGIN_ROUTES = new Set(['POST /api/v1/auth/login', 'POST /api/v1/registrations', 'POST /api/v1/complaints'])

/** Which limit a request falls under, if any. */
export function rateLimitClassOf(method: string, url: string): RateLimitClass | undefined {
  const path = url.split('?')[0].replace(/\/+$/, '') || '/'
  if (LOGIN_ROUTES.has(`${method} ${path}`)) return 'login'
  if (PUBLIC_PATH.test(url.split('?')[0])) return 'public'
  return undefined
}

/** A credential the request presents (bearer token or API key), hashed so that no secret is kept as a map key. */
function credentialOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization ?? request.headers['x-api-key']
  const value = Array.isArray(header) ? header[0] : header
  if (!value) return undefined
  return createHash('sha256').update(value).digest('base64url')
}

/**
 * Answers the router's own refusals (a malformed percent-escape, a path parameter over the length limit) in
 * the platform's error shape, without echoing the path back as Fastify's default answer does.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const refusal = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
    ? new ZhuisuError('uri_too_long', '/url')
    : new ZhuisuError('invalid_request', '/url', { detail: 'the URL is not validly percent-encoded' })
  void reply.status(statusOf(refusal.code)).send(errorBody(refusal, languageOf(request)))
}

/** Fastify's option; its types lack the hop count its runtime takes, so a count becomes the equivalent function. */
export function trustProxyOption(trustProxy: Config['trustProxy']): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof trustProxy === 'number' ? (_address, hop) => hop < trustProxy : trustProxy
}

type Instance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, Logger, TypeBoxTypeProvider>
type Limiter = ReturnType<FastifyInstance['createRateLimit']>

export async function registerSecurity(server: Instance, config: Config): Promise<void> {
  const isHttps = config.publicUrl.startsWith('https:')
  await server.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: true, directives: { 'upgrade-insecure-requests': isHttps ? [] : null } },
    strictTransportSecurity: isHttps,
  })
  await server.register(fastifyRateLimit, { global: false })

  const limitersOf = (max: number): { byIp: Limiter; byCredential: Limiter } | undefined => max === 0 ? undefined : {
    byIp: server.createRateLimit({ max, timeWindow: config.rateLimitWindowMs }),
    byCredential: server.createRateLimit({ max, timeWindow: config.rateLimitWindowMs, keyGenerator: (request) => credentialOf(request) ?? '' }),
  }
  const limiters = { public: limitersOf(config.rateLimitPublic), login: limitersOf(config.rateLimitLogin) }

  // Before any schema or handler: a value no engine can store faithfully is refused, wherever it is.
  server.addHook('preValidation', async (request: FastifyRequest) => {
    const parts: [string, unknown][] = [['', request.body], ['/params', request.params], ['/querystring', request.query]]
    for (const [part, value] of parts) {
      const at = findUnstorableText(value)
      if (at !== undefined) throw new ZhuisuError('text_invalid', `${part}${at}`)
    }
  })

  server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const limitClass = rateLimitClassOf(request.method, request.url)
    const limiter = limitClass && limiters[limitClass]
    if (!limiter) return
    const results = [await limiter.byIp(request)]
    if (credentialOf(request)) results.push(await limiter.byCredential(request))
    for (const result of results) {
      if (result.isAllowed) continue
      if (result.isExceeded) {
        void reply.header('retry-after', result.ttlInSeconds)
        throw new ZhuisuError('rate_limited', undefined, { retryAfterSeconds: result.ttlInSeconds })
      }
    }
    const first = results[0]
    if (!first.isAllowed) {
      void reply.headers({ 'x-ratelimit-limit': first.max, 'x-ratelimit-remaining': first.remaining, 'x-ratelimit-reset': first.ttlInSeconds })
    }
  })
}
