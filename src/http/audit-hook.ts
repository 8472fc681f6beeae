/**
 * The audit log's HTTP side: one entry per write and per read of confidential data, recorded when the
 * answer is ready and before it leaves (so the outcome is known, and no audited answer is delivered
 * before its entry is written). A route is a confidential read when its schema declares a
 * `security` requirement; every non-GET request is a write. Routes add the resources they touched with
 * `noteAudit` when the URL alone does not say.
 */
import type { FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Logger } from 'pino'
import type { App } from '../app.js'
import { recordAudit } from '../services/audit/audit-log.js'

declare module 'fastify' {
  interface FastifyRequest {
    audit?: { resourceType?: string; resourceIds: string[]; action?: string }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])


type Instance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, Logger, TypeBoxTypeProvider>
export function noteAudit(request: FastifyRequest, resourceType: string, resourceIds: string[], action?: string): void {
  request.audit = { resourceType, resourceIds: [...(request.audit?.resourceIds ?? []), ...resourceIds], action }
}

function isAudited(request: FastifyRequest): boolean {
  if (!request.routeOptions.url) return false
  if (!SAFE_METHODS.has(request.method)) return true
  const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security
  return Array.isArray(security) && security.length > 0
}

export function registerAuditHook(server: Instance, app: App): void {
  server.decorateRequest('audit', undefined)
  server.addHook('onSend', async (request, reply, payload) => {
    if (!isAudited(request)) return payload
    const params = (request.params ?? {}) as Record<string, unknown>
    const fromUrl = Object.values(params).filter((v): v is string => typeof v === 'string')
    try {
      await recordAudit({ store: app.store, clock: app.clock }, request.actor, {
        ip: request.ip, userAgent: request.headers['user-agent'], method: request.method, route: request.routeOptions.url ?? request.url,
        action: request.audit?.action ?? (SAFE_METHODS.has(request.method) ? 'read' : 'write'),
        resourceType: request.audit?.resourceType, resourceIds: [...fromUrl, ...(request.audit?.resourceIds ?? [])], status: reply.statusCode,
      })
    } catch (error) {
      // Failing the answer here would hide the outcome from the caller too; a lost entry must be loud.
      request.log.error({ err: error, route: request.routeOptions.url }, 'audit entry not recorded')
    }
    return payload
  })
}
