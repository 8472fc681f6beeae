/** Finds the event list of a capture body: `{ events }` or an EPCIS 2.0 EPCISDocument, with its JSON pointer. */
import { ZhuisuError } from '../errors.js'
import { isRecord } from './parse-event.js'

export function eventListOf(body: unknown): { events: unknown[]; pointer: string } {
  if (!isRecord(body)) throw new ZhuisuError('invalid_request', '/', { detail: 'send { "events": [ … ] } or an EPCISDocument' })
  if (body.type === 'EPCISDocument') {
    const list = isRecord(body.epcisBody) ? body.epcisBody.eventList : undefined
    if (!Array.isArray(list)) throw new ZhuisuError('field_required', '/epcisBody/eventList')
    return { events: list, pointer: '/epcisBody/eventList' }
  }
  if (!Array.isArray(body.events)) throw new ZhuisuError('field_required', '/events', { detail: 'send { "events": [ … ] } or an EPCISDocument' })
  return { events: body.events, pointer: '/events' }
}
