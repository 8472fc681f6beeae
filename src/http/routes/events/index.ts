import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { eventListOf } from '../../../domain/events/event-list.js'
import { isRecord } from '../../../domain/events/parse-event.js'
import { resolveContext } from '../../../interop/epcis/json-ld/context.js'
import { captureEvents } from '../../../services/capture/capture-events.js'
import { eventWriteCheck, readEventFor } from '../../../services/access/event-access.js'
import { requireEventWriter } from '../../../services/access/scope.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { CaptureBody, CaptureReply, EventIdParams } from './schema.js'

const events: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.post('/api/v1/events', {
    // Capture validates events itself so that it can explain every problem of every event at once.
    validatorCompiler: () => () => true,
    schema: {
      tags: ['capture'],
      summary: 'Capture a batch of trace events (atomic, idempotent by eventID)',
      description: `Takes { "events": [ … ] } or an EPCIS 2.0 EPCISDocument. One bad event rejects the whole batch with every problem listed. At most ${app.config.captureLimit} events per request.`,
      security: [{ bearer: [] }],
      body: CaptureBody,
      response: { 200: CaptureReply, 201: CaptureReply, ...errorResponses },
    },
  }, async (request, reply) => {
    const scope = await scopeOf(request, app)
    requireEventWriter(scope)
    const { events: list, pointer } = eventListOf(request.body)
    // An EPCISDocument's @context names its extension prefixes for the hash ID; unknown contexts fall back to the EPCIS one.
    const body: unknown = request.body
    const context = resolveContext(isRecord(body) ? body['@context'] : undefined)
    const prefixes = context.ok ? context.prefixes : undefined
    const report = await captureEvents({ store: app.store, clock: app.clock, log: request.log, captureLimit: app.config.captureLimit, authorise: eventWriteCheck(app.store, scope) }, list, pointer, { prefixes })
    return reply.status(report.created + report.declared > 0 ? 201 : 200).send(report)
  })

  server.get('/api/v1/events/:eventId', {
    schema: {
      tags: ['capture'],
      summary: 'One captured event as stored (EPCIS 2.0 JSON with recordTime), with its findings',
      security: [{ bearer: [] }],
      params: EventIdParams,
      response: { 200: Type.Object({ event: Type.Record(Type.String(), Type.Unknown()), contentHash: Type.String(), findings: Type.Array(Type.Unknown()) }), ...errorResponses },
    },
  }, async (request) => readEventFor(app.store, await scopeOf(request, app), request.params.eventId))
}

export default events
