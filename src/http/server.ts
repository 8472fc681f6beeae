/**
 * buildServer(app): the Fastify instance with every route, OpenAPI and the web UI. Never listens, so
 * tests use inject(); main.ts calls listen().
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { LogController } from 'fastify'
import type { App } from '../app.js'
import { ZhuisuError } from '../domain/errors.js'
import { registerAuditHook } from './audit-hook.js'
import { registerAuth } from './auth.js'
import { errorBody, handleError, languageOf } from './error-handler.js'
import { ROUTES } from './routes/index.js'
import { answerFrameworkError, registerSecurity, trustProxyOption } from './security.js'

const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist')
/** Paths the single-page web app answers (client-side routes). */
const WEB_ROUTES = /^\/(q\/|trace|console|alerts|open-data|standards|about|account|spreadsheets|labels|explorer|impact|credit|blacklist|inspections|portal|recalls|tasks|complaints|help|$)/

export type Server = Awaited<ReturnType<typeof buildServer>>

export async function buildServer(app: App) {
  const server = Fastify({
    loggerInstance: app.log,
    bodyLimit: app.config.bodyLimitBytes,
    // Per-request lines only when debugging; the audit log and error logs say what matters otherwise.
    logController: new LogController({ disableRequestLogging: app.config.logLevel !== 'debug' && app.config.logLevel !== 'trace' }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    routerOptions: { maxParamLength: 1024 },
    trustProxy: trustProxyOption(app.config.trustProxy),
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<TypeBoxTypeProvider>()

  // The API speaks JSON only: anything else is a 415, not a string handed to a route.
  server.removeContentTypeParser('text/plain')
  // EPCIS documents arrive as JSON-LD; parse it as JSON.
  server.addContentTypeParser(['application/ld+json'], { parseAs: 'string' }, (request, body, done) => {
    try {
      done(null, JSON.parse(body as string))
    } catch {
      done(new ZhuisuError('invalid_json', '/'), undefined)
    }
  })
  server.setErrorHandler(handleError)
  // Rate limits first: a flood is refused before authentication reads the database.
  await registerSecurity(server, app.config)
  await registerAuth(server, app)
  registerAuditHook(server, app)

  await server.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Zhuisu 追溯 API',
        version: '1',
        description: 'Important-product traceability platform: capture, trace, impact and public query. Errors: `{ error: { code, message, messages, field, issues } }`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  })
  await server.register(fastifySwaggerUi, { routePrefix: '/docs' })
  server.get('/openapi.json', { schema: { hide: true } }, async () => server.swagger())

  for (const route of ROUTES) await server.register(route, { app })

  const hasWeb = existsSync(join(WEB_DIST, 'index.html'))
  if (hasWeb) await server.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: false })
  server.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]
    if (request.method === 'GET' && hasWeb && WEB_ROUTES.test(path)) return reply.type('text/html').sendFile('index.html')
    return reply.status(404).send(errorBody(new ZhuisuError('route_not_found', path), languageOf(request)))
  })
  return server
}
