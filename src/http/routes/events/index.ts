import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ZhuisuError } from '../../../domain/errors.js'
import { eventListOf } from '../../../domain/events/event-list.js'
import { isRecord } from '../../../domain/events/parse-event.js'
import { resolveContext } from '../../../interop/epcis/json-ld/context.js'
import { captureEvents } from '../../../services/capture/capture-events.js'
import { requireOperator } from '../../auth.js'
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
    requireOperator(request, app.config.adminToken)
    const { events: list, pointer } = eventListOf(request.body)
    // An EPCISDocument's @context names its extension prefixes for the hash ID; unknown contexts fall back to the EPCIS one.
    const body: unknown = request.body
    const context = resolveContext(isRecord(body) ? body['@context'] : undefined)
    const prefixes = context.ok ? context.prefixes : undefined
    const report = await captureEvents({ store: app.store, clock: app.clock, log: request.log, captureLimit: app.config.captureLimit }, list, pointer, { prefixes })
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
  }, async (request) => {
    requireOperator(request, app.config.adminToken)
    const stored = await app.store.events.findByEventId(request.params.eventId)
    if (!stored) throw new ZhuisuError('event_not_found', '/eventId')
    return { event: stored.document, contentHash: stored.contentHash, findings: stored.findings }
  })
}

export default events
