/**
 * GS1 Digital Link resolver at the platform root: `/01/{gtin}/10/{lot}`, `/00/{sscc}`, `/414/{gln}`, …
 * one route per primary key AI (static prefixes, so nothing else at the root is shadowed), plus the
 * short names of Digital Link ≤ 1.2 (`/gtin/…`), which only redirect to the canonical form.
 *
 * Answers: a non-canonical form → 301 to its canonical path; `linkType=all` or
 * `Accept: application/linkset+json` → 200 link set; otherwise 307 to the link `linkType` names, or to
 * the default link (the public query page `/q/{code}`), which is what a browser or phone gets.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DL_PRIMARY_KEYS, DL_SHORT_NAMES } from '../../../domain/identifiers/gs1.js'
import { formatLinkset, LINKSET_MEDIA_TYPE, linksetHeader } from '../../../interop/digital-link/linkset.js'
import { selectLink } from '../../../services/digital-link/link-types.js'
import { resolveDigitalLink } from '../../../services/digital-link/resolve-link.js'
import type { RouteOptions } from '../index.js'
import { DigitalLinkParams, ResolverDescription } from './schema.js'

const PRIMARY_AIS = Object.keys(DL_PRIMARY_KEYS)
const PRIMARY_SHORT_NAMES = Object.entries(DL_SHORT_NAMES).filter(([, ai]) => PRIMARY_AIS.includes(ai)).map(([name]) => name)
const METHODS = 'GET, HEAD, OPTIONS'

function wantsLinkset(request: FastifyRequest, linkType: string | undefined): boolean {
  if (linkType === 'all' || linkType === 'linkset') return true
  const accept = request.headers.accept ?? ''
  return accept.includes(LINKSET_MEDIA_TYPE)
}

const digitalLink: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  // Resolvers answer any origin (GS1-Conformant Resolver: CORS), errors included.
  server.addHook('onRequest', async (_request, reply) => {
    void reply.header('Access-Control-Allow-Origin', '*').header('Access-Control-Expose-Headers', 'Link, Location')
  })

  const resolve = async (request: FastifyRequest, reply: FastifyReply) => {
    const resolution = await resolveDigitalLink({ repos: app.store, publicUrl: app.config.publicUrl }, request.url)
    if (resolution.kind === 'canonical') return reply.redirect(resolution.path, 301)
    const linkType = (request.query as Record<string, unknown>).linkType
    const wanted = typeof linkType === 'string' ? linkType : undefined
    void reply.header('Vary', 'Accept')
    if (wantsLinkset(request, wanted)) return reply.type(LINKSET_MEDIA_TYPE).send(formatLinkset(resolution.anchor, resolution.links))
    return reply.header('Link', linksetHeader(resolution.anchor)).redirect(selectLink(resolution.links, wanted).href, 307)
  }

  for (const prefix of [...PRIMARY_AIS, ...PRIMARY_SHORT_NAMES]) {
    const isShortName = !PRIMARY_AIS.includes(prefix)
    server.get(`/${prefix}/*`, {
      schema: {
        tags: ['digital link'],
        summary: `GS1 Digital Link resolver for AI (${prefix})`,
        description: 'Qualifiers in the path in the standard order, data attributes in the query. `linkType=all` or `Accept: application/linkset+json` gives the RFC 9264 link set; `linkType=gs1:traceability` (or another type) a 307 to that link; otherwise a 307 to the public query page. Non-canonical forms get a 301 to the canonical path; a malformed URI or a wrong check digit a 400.',
        params: DigitalLinkParams,
        hide: isShortName,
      },
    }, resolve)
    server.options(`/${prefix}/*`, { schema: { hide: true } }, async (_request, reply) => reply.header('Allow', METHODS).header('Access-Control-Allow-Methods', METHODS).header('Access-Control-Allow-Headers', 'Accept, Accept-Language').status(204).send())
  }

  server.get('/.well-known/gs1resolver', {
    schema: { tags: ['digital link'], summary: 'Resolver description (GS1-Conformant Resolver §4)', response: { 200: ResolverDescription } },
  }, async () => ({
    name: 'Zhuisu 追溯',
    resolverRoot: app.config.publicUrl,
    supportedPrimaryKeys: PRIMARY_AIS,
    supportedLinkTypes: ['gs1:defaultLink', 'gs1:pip', 'gs1:traceability', 'gs1:recallStatus', 'gs1:masterData'],
    linkTypeDefaultCanBeLinkset: false,
  }))
}

export default digitalLink
