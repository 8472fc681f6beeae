/**
 * EPCIS 2.0 event queries (`GET /epcis/events`, named queries): column filters run in SQL, EPC matches
 * through the custody index (every code an event names), and what only the document holds (which list
 * an EPC stands in, sources, destinations) is checked on the page read. Pages follow (recordTime, row id).
 */
import { ZhuisuError } from '../../domain/errors.js'
import { parseTraceCode } from '../../domain/identifiers/trace-key.js'
import type { StoredEvent } from '../../storage/repositories/event-repository.js'
import type { EventQueryFilter } from '../../storage/repositories/epcis-repository.js'
import type { Store } from '../../storage/store.js'

export const DEFAULT_PER_PAGE = 30 // EPCIS 2.0 REST binding, PerPage default
export const MAX_PER_PAGE = 1000

type SqlFilter = Omit<EventQueryFilter, 'unitIds' | 'after' | 'limit'>

export interface EpcisQuery extends SqlFilter {
  /** MATCH_epc: in epcList or childEPCs. */
  matchEpc?: string[]
  /** MATCH_anyEPC: parentID, epcList, childEPCs, inputEPCList or outputEPCList. */
  matchAnyEpc?: string[]
  /** MATCH_epcClass: in quantityList or childQuantityList. */
  matchEpcClass?: string[]
  /** EQ_source_<type> / EQ_destination_<type>: type as a CBV word or URI, values to match. */
  sources?: { type: string; values: string[] }[]
  destinations?: { type: string; values: string[] }[]
  perPage: number
}

export interface EventPage {
  events: Record<string, unknown>[]
  nextPageToken?: string
}

type Json = Record<string, unknown>

export async function queryEpcisEvents(deps: { store: Store }, query: EpcisQuery, pageToken?: string): Promise<EventPage> {
  const after = pageToken === undefined ? undefined : decodeToken(pageToken)
  const codes = [...(query.matchEpc ?? []), ...(query.matchAnyEpc ?? []), ...(query.matchEpcClass ?? [])]
  let unitIds: string[] | undefined
  if (codes.length > 0) unitIds = (await deps.store.units.findByKeys(keysOf(codes))).map((u) => u.id)
  const { matchEpc, matchAnyEpc, matchEpcClass, sources, destinations, perPage, ...columns } = query
  // One row more than a page tells whether another page follows.
  const rows = await deps.store.epcis.queryEvents({ ...columns, unitIds, after, limit: perPage + 1 })
  const page = rows.slice(0, perPage)
  const events = page.filter((row) => matchesDocument(row.document, query)).map(epcisForm)
  const last = page[page.length - 1]
  return { events, nextPageToken: rows.length > perPage && last ? encodeToken(last) : undefined }
}

/** The stored document as EPCIS JSON: platform bookkeeping stays, record time and eventID are the stored ones. */
export function epcisForm(stored: StoredEvent): Json {
  return { ...stored.document, eventID: stored.eventId, recordTime: stored.recordTime }
}

function keysOf(codes: string[]): string[] {
  return codes.flatMap((code) => {
    const parsed = parseTraceCode(code)
    return parsed.ok ? [parsed.value.key] : []
  })
}

function matchesDocument(document: Json, query: EpcisQuery): boolean {
  const keys = (fields: string[]) => new Set(keysOf(fields.flatMap((f) => codesIn(document[f]))))
  const matches = (wanted: string[] | undefined, fields: string[]) => {
    if (!wanted) return true
    const present = keys(fields)
    return keysOf(wanted).some((k) => present.has(k))
  }
  return matches(query.matchEpc, ['epcList', 'childEPCs'])
    && matches(query.matchAnyEpc, ['epcList', 'childEPCs', 'parentID', 'inputEPCList', 'outputEPCList'])
    && matches(query.matchEpcClass, ['quantityList', 'childQuantityList'])
    && linksMatch(document.sourceList, 'source', query.sources)
    && linksMatch(document.destinationList, 'destination', query.destinations)
}

function codesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (!Array.isArray(value)) return []
  return value.flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null && typeof (v as Json).epcClass === 'string' ? [(v as Json).epcClass as string] : []))
}

function linksMatch(list: unknown, key: string, wanted: { type: string; values: string[] }[] | undefined): boolean {
  if (!wanted) return true
  const links = Array.isArray(list) ? (list as Json[]) : []
  return wanted.every((w) => links.some((link) => sameCbvWord(String(link.type), w.type) && w.values.includes(String(link[key]))))
}

function sameCbvWord(a: string, b: string): boolean {
  const word = (v: string) => v.replace(/^(https:\/\/ref\.gs1\.org\/cbv\/SDT-|urn:epcglobal:cbv:sdt:)/, '')
  return word(a) === word(b)
}

function encodeToken(row: StoredEvent): string {
  return Buffer.from(`${row.recordTime}|${row.rowId}`, 'utf8').toString('base64url')
}

function decodeToken(token: string): { recordTime: string; rowId: string } {
  const [recordTime, rowId] = Buffer.from(token, 'base64url').toString('utf8').split('|')
  if (!recordTime || !rowId || !/^\d{4}-\d{2}-\d{2}T/.test(recordTime)) throw new ZhuisuError('invalid_request', '/nextPageToken', { detail: 'unknown or expired page token' })
  return { recordTime, rowId }
}
