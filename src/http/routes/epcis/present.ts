/** How /epcis presents events: EPCISQueryDocuments in JSON-LD, with next-page links. */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { EPCIS_CONTEXT_URL } from '../../../interop/epcis/json-ld/context.js'
import type { EventPage } from '../../../services/epcis/query-events.js'

/** An EPCISQueryDocument with `Link: <…>; rel="next"` while more pages follow. */
export function sendPage(reply: FastifyReply, request: FastifyRequest, page: EventPage, queryName: string, now: string) {
  if (page.nextPageToken) {
    const url = new URL(request.url, 'http://localhost')
    url.searchParams.set('nextPageToken', page.nextPageToken)
    void reply.header('Link', `<${url.pathname}${url.search}>; rel="next"`)
  }
  return reply.type('application/ld+json').send({
    '@context': [EPCIS_CONTEXT_URL],
    type: 'EPCISQueryDocument',
    schemaVersion: '2.0',
    creationDate: now,
    epcisBody: { queryResults: { queryName, resultsBody: { eventList: page.events } } },
  })
}

export function contextOf(event: Record<string, unknown>): unknown {
  return event['@context'] ?? [EPCIS_CONTEXT_URL]
}
