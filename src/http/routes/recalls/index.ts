/**
 * Recalls (召回): start, list, read, close, consumer notices; and the public list and feeds. Each handler
 * parses, calls one service in src/services/recalls, and presents.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { regionPrefix } from '../../../domain/accounts/organisation.js'
import { parseTraceCode } from '../../../domain/identifiers/trace-key.js'
import { closeRecall, mayManageRecall, publishNotice } from '../../../services/recalls/manage-recall.js'
import { listPublicRecalls } from '../../../services/recalls/public-recalls.js'
import { getRecall, listRecalls } from '../../../services/recalls/recall-queries.js'
import { startRecall } from '../../../services/recalls/start-recall.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { atomFeed, FEED_SIZE, rssFeed } from './feeds.js'
import { CloseBody, IdParams, Notice, NoticeBody, PublicRecallList, PublicRecallQuery, Recall, RecallBody, RecallDetail, RecallList, RecallListQuery } from './schema.js'

/** A code filter matches the canonical key, whatever spelling was typed; an unreadable code matches nothing. */
function codeKey(code: string | undefined): string | undefined {
  if (code === undefined) return undefined
  const parsed = parseTraceCode(code)
  return parsed.ok ? parsed.value.key : `\u0000${code}`
}

const recalls: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const security = [{ bearer: [] }]
  const tags = ['recalls']
  const deps = { clock: app.clock }

  server.post('/api/v1/recalls', {
    schema: { tags, summary: 'Start a recall (发起召回): one task per holder of the codes', security, body: RecallBody, response: { 201: Recall, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await startRecall(app.store, deps, await scopeOf(request, app), request.body)))

  server.get('/api/v1/recalls', {
    schema: { tags, summary: 'Recalls the caller may see, filtered, sorted and paged', security, querystring: RecallListQuery, response: { 200: RecallList, ...errorResponses } },
  }, async (request) => {
    const q = request.query
    return listRecalls(app.store, await scopeOf(request, app), {
      status: q.status, level: q.level, regionPrefix: q.region ? regionPrefix(q.region) : undefined, code: codeKey(q.code), text: q.q?.trim() || undefined,
      sort: q.sort ?? 'openedAt', order: q.order ?? 'desc', limit: q.limit ?? 20, offset: q.offset ?? 0,
    })
  })

  server.get('/api/v1/recalls/:id', {
    schema: { tags, summary: 'One recall with its tasks (one per holder), progress, history and notices', security, params: IdParams, response: { 200: RecallDetail, ...errorResponses } },
  }, async (request) => {
    const scope = await scopeOf(request, app)
    return getRecall(app.store, deps, scope, request.params.id, mayManageRecall(scope))
  })

  server.post('/api/v1/recalls/:id/close', {
    schema: { tags, summary: 'Close a recall once every task is done or explained', security, params: IdParams, body: CloseBody, response: { 200: Recall, ...errorResponses } },
  }, async (request) => closeRecall(app.store, deps, await scopeOf(request, app), request.params.id, request.body.note))

  server.post('/api/v1/recalls/:id/notices', {
    schema: { tags, summary: 'Publish a consumer notice (消费提示) for a recall', security, params: IdParams, body: NoticeBody, response: { 201: Notice, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await publishNotice(app.store, deps, await scopeOf(request, app), request.params.id, request.body)))

  server.get('/api/v1/public/recalls', {
    schema: { tags: ['public'], summary: 'Public list of recalls and consumer notices, newest first (no holder data)', querystring: PublicRecallQuery, response: { 200: PublicRecallList, ...errorResponses } },
  }, async (request) => {
    const q = request.query
    return listPublicRecalls(app.store, { text: q.q?.trim() || undefined, status: q.status, level: q.level, code: codeKey(q.code), limit: q.limit ?? 20, offset: q.offset ?? 0 })
  })

  const feed = async () => (await listPublicRecalls(app.store, { limit: FEED_SIZE, offset: 0 })).recalls
  server.get('/recalls.atom', { schema: { tags: ['public'], summary: 'Atom feed of recalls and consumer notices' } }, async (_request, reply) =>
    reply.type('application/atom+xml; charset=utf-8').send(atomFeed(await feed(), app.config.publicUrl, app.clock.now())))
  server.get('/recalls.rss', { schema: { tags: ['public'], summary: 'RSS 2.0 feed of recalls and consumer notices' } }, async (_request, reply) =>
    reply.type('application/rss+xml; charset=utf-8').send(rssFeed(await feed(), app.config.publicUrl, app.clock.now())))
}

export default recalls
