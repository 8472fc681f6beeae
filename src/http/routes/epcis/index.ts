/**
 * The EPCIS 2.0 REST binding under /epcis (gs1-epcis/REST-Bindings/openapi.yaml): capture (asynchronous
 * jobs and single events), event queries with pagination, and named queries. JSON-LD in and out; XML
 * capture of EPCIS 2.0 and 1.2 documents. Errors are RFC 7807 problem documents (./problem.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { ZhuisuError } from '../../../domain/errors.js'
import { isRecord } from '../../../domain/events/parse-event.js'
import { resolveContext } from '../../../interop/epcis/json-ld/context.js'
import { parseEpcisQuery } from '../../../interop/epcis/query-params.js'
import { epcisXmlToJson } from '../../../interop/epcis/xml/xml-to-json.js'
import { captureEpcisEvent, createCaptureJob, getCaptureJob, type CaptureErrorBehaviour } from '../../../services/epcis/capture-epcis.js'
import { queryEpcisEvents } from '../../../services/epcis/query-events.js'
import { requireOperator } from '../../auth.js'
import type { RouteOptions } from '../index.js'
import { contextOf, sendPage } from './present.js'
import { handleEpcisError } from './problem.js'
import namedQueries from './queries.js'
import { CaptureIdParams, CaptureJob, CBV_VERSION, EPCIS_VERSION, EpcisDocumentBody, EventIdParams } from './schema.js'

const epcis: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.setErrorHandler(handleEpcisError)
  // Older systems send EPCIS XML (2.0 or 1.2); it is translated to the JSON form before capture.
  server.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (_request, body, done) => done(null, body))
  server.addHook('onRequest', async (request, reply) => {
    void reply.header('GS1-EPCIS-Version', EPCIS_VERSION).header('GS1-CBV-Version', CBV_VERSION)
    const asked = request.headers['gs1-epcis-version']
    if (typeof asked === 'string' && !/^2\./.test(asked.trim())) throw new ZhuisuError('invalid_request', '/headers/GS1-EPCIS-Version', { detail: `this repository speaks EPCIS ${EPCIS_VERSION}` })
  })
  const deps = (request: FastifyRequest) => ({ store: app.store, clock: app.clock, log: request.log, captureLimit: app.config.captureLimit })
  const skipValidation = () => () => true

  server.options('/epcis/capture', { schema: { tags: ['epcis'], summary: 'Capture limits and supported error behaviours' } }, async (_request, reply) => {
    return reply.status(204).header('GS1-EPCIS-Capture-Limit', String(app.config.captureLimit))
      .header('GS1-EPCIS-Capture-File-Size-Limit', String(app.config.bodyLimitBytes)).header('GS1-Capture-Error-Behaviour', 'all').send()
  })

  server.post('/epcis/capture', {
    validatorCompiler: skipValidation,
    schema: { tags: ['epcis'], summary: 'Capture an EPCIS document asynchronously (202 + Location of the capture job)', security: [{ bearer: [] }], body: EpcisDocumentBody },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const behaviour = errorBehaviourOf(request)
    const { captureId } = await createCaptureJob(deps(request), documentOf(request.body), behaviour)
    return reply.status(202).header('Location', `/epcis/capture/${captureId}`).header('GS1-EPCIS-Capture-Limit', String(app.config.captureLimit)).send()
  })

  server.get('/epcis/capture/:captureID', {
    schema: { tags: ['epcis'], summary: 'State and errors of a capture job', security: [{ bearer: [] }], params: CaptureIdParams, response: { 200: CaptureJob } },
  }, async (request) => {
    requireOperator(request, app.config.adminToken)
    return getCaptureJob(deps(request), request.params.captureID)
  })

  server.post('/epcis/events', {
    validatorCompiler: skipValidation,
    schema: { tags: ['epcis'], summary: 'Capture one event synchronously (201 + Location; a stored event is a 409)', security: [{ bearer: [] }], body: EpcisDocumentBody },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const event = request.body
    const context = resolveContext(isRecord(event) ? event['@context'] : undefined, '/@context')
    if (!context.ok) throw new ZhuisuError('epcis_context_invalid', context.field, { detail: context.reason })
    const { eventId } = await captureEpcisEvent(deps(request), event, context.prefixes)
    return reply.status(201).header('Location', `/epcis/events/${encodeURIComponent(eventId)}`).send()
  })

  server.get('/epcis/events', {
    schema: { tags: ['epcis'], summary: 'Query events (EPCIS query parameters; Link rel="next" pages)', security: [{ bearer: [] }] },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const parsed = parseEpcisQuery(request.query as Record<string, unknown>, '/query')
    if (!parsed.ok) throw new ZhuisuError('epcis_query_invalid', parsed.field, { detail: parsed.reason })
    const page = await queryEpcisEvents(deps(request), parsed.query, parsed.nextPageToken)
    return sendPage(reply, request, page, 'SimpleEventQuery', app.clock.now())
  })

  server.get('/epcis/events/:eventID', {
    schema: { tags: ['epcis'], summary: 'One event by eventID (EPCIS JSON-LD)', security: [{ bearer: [] }], params: EventIdParams },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const page = await queryEpcisEvents(deps(request), { eventIds: [request.params.eventID], perPage: 1 })
    if (page.events.length === 0) throw new ZhuisuError('event_not_found', '/eventID')
    return reply.type('application/ld+json').send({ '@context': contextOf(page.events[0]), ...page.events[0] })
  })

  await server.register(namedQueries, { app })
}

function errorBehaviourOf(request: FastifyRequest): CaptureErrorBehaviour {
  const header = request.headers['gs1-capture-error-behaviour']
  if (header === undefined) return 'rollback'
  const value = String(header).trim().toLowerCase()
  if (value !== 'rollback' && value !== 'proceed') throw new ZhuisuError('invalid_request', '/headers/GS1-Capture-Error-Behaviour', { detail: 'rollback or proceed' })
  return value
}

function documentOf(body: unknown): unknown {
  if (typeof body !== 'string') return body
  const translated = epcisXmlToJson(body)
  if (!translated.ok) throw new ZhuisuError('epcis_xml_invalid', translated.field, { detail: translated.reason })
  return translated.document
}

export default epcis
