/** The audit log: newest first, filtered and paged; `format=csv` exports the same page as CSV. */
import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { auditCsv, listAudit } from '../../../services/audit/audit-log.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'

/** A CSV export may be longer than a page on screen, still bounded. */
const MAX_EXPORT_ROWS = 10_000

const AuditQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_EXPORT_ROWS, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Entries at or after this instant' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Entries before this instant' })),
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 64, description: 'read, write, …' })),
  status: Type.Optional(Type.Integer({ minimum: 100, maximum: 599 })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
})

const AuditEntry = Type.Object({
  id: Type.String(), at: Type.String(), actorKind: Type.String(), organisationId: Type.Optional(Type.String()), accountId: Type.Optional(Type.String()),
  apiKeyId: Type.Optional(Type.String()), regionCode: Type.Optional(Type.String()), ip: Type.Optional(Type.String()), userAgent: Type.Optional(Type.String()),
  method: Type.String(), route: Type.String(), action: Type.String(), resourceType: Type.Optional(Type.String()), resourceIds: Type.Array(Type.String()), status: Type.Integer(),
})

const audit: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/api/v1/audit', {
    schema: {
      tags: ['accounts'], summary: 'Audit log (operator: all; regulator: actors of its region)', security: [{ bearer: [] }],
      querystring: AuditQuery, response: { 200: Type.Object({ entries: Type.Array(AuditEntry) }), ...errorResponses },
    },
  }, async (request, reply) => {
    const { limit = 100, offset = 0, format, from, to, ...filter } = request.query
    const entries = await listAudit({ store: app.store, clock: app.clock }, request.actor, {
      ...filter, limit, offset, from: from && new Date(from).toISOString(), to: to && new Date(to).toISOString(),
    })
    if (format !== 'csv') return { entries }
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="zhuisu-audit.csv"')
      .serializer((payload: unknown) => payload as string).send(auditCsv(entries) as never)
  })
}

export default audit
