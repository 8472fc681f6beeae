/** The events of an EPCISDocument or EPCISQueryDocument in JSON(-LD) form, with the prefixes of its `@context`. */
import { resolveContext, type PrefixMap } from './json-ld/context.js'

type Json = Record<string, unknown>

export type DocumentEvents =
  | { ok: true; events: unknown[]; pointer: string; prefixes: PrefixMap; context: unknown }
  | { ok: false; field: string; reason: string }

export function eventsOfDocument(document: unknown): DocumentEvents {
  if (!isJson(document)) return { ok: false, field: '/', reason: 'an EPCISDocument object' }
  if (document['@context'] === undefined) return { ok: false, field: '/@context', reason: 'required: an EPCIS document is JSON-LD' }
  const context = resolveContext(document['@context'])
  if (!context.ok) return context
  const body = isJson(document.epcisBody) ? document.epcisBody : undefined
  if (document.type === 'EPCISQueryDocument') {
    const results = body && isJson(body.queryResults) ? body.queryResults : undefined
    const resultsBody = results && isJson(results.resultsBody) ? results.resultsBody : undefined
    if (!resultsBody || !Array.isArray(resultsBody.eventList)) return { ok: false, field: '/epcisBody/queryResults/resultsBody/eventList', reason: 'required' }
    return { ok: true, events: resultsBody.eventList, pointer: '/epcisBody/queryResults/resultsBody/eventList', prefixes: context.prefixes, context: document['@context'] }
  }
  if (document.type !== 'EPCISDocument') return { ok: false, field: '/type', reason: 'EPCISDocument or EPCISQueryDocument' }
  if (!body || !Array.isArray(body.eventList)) return { ok: false, field: '/epcisBody/eventList', reason: 'required' }
  return { ok: true, events: body.eventList, pointer: '/epcisBody/eventList', prefixes: context.prefixes, context: document['@context'] }
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
