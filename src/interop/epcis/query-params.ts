/**
 * EPCIS 2.0 query parameters (REST binding §query, `query-schema.json`) → an EpcisQuery. Lists arrive
 * pipe-delimited in the URL (`style: pipeDelimited`) or as JSON arrays in a named query. An unknown or
 * unsupported parameter is an error that names it, never silently ignored.
 */
import { normalizeBizStep, normalizeDisposition } from '../../domain/events/vocabulary.js'
import { parseInstant } from '../../domain/time.js'
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, type EpcisQuery } from '../../services/epcis/query-events.js'
import { canonicalUri } from './event-hash/canonical-values.js'

export type QueryParseResult = { ok: true; query: EpcisQuery; nextPageToken?: string } | { ok: false; field: string; reason: string }

type Raw = Record<string, unknown>

const LIST_FIELDS: Record<string, 'eventTypes' | 'actions' | 'eventIds' | 'matchEpc' | 'matchAnyEpc' | 'matchEpcClass'> = {
  eventType: 'eventTypes', EQ_action: 'actions', EQ_eventID: 'eventIds', MATCH_epc: 'matchEpc', MATCH_anyEPC: 'matchAnyEpc', MATCH_epcClass: 'matchEpcClass',
}
const TIME_FIELDS: Record<string, 'eventTimeFrom' | 'eventTimeBefore' | 'recordTimeFrom' | 'recordTimeBefore'> = {
  GE_eventTime: 'eventTimeFrom', LT_eventTime: 'eventTimeBefore', GE_recordTime: 'recordTimeFrom', LT_recordTime: 'recordTimeBefore',
}
/** Parameters of the REST binding that carry no filter here. */
const IGNORED = new Set(['nextPageToken'])

export function parseEpcisQuery(raw: Raw, pointer = '/query'): QueryParseResult {
  const query: EpcisQuery = { perPage: DEFAULT_PER_PAGE }
  const at = (name: string) => `${pointer}/${name}`
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || IGNORED.has(name)) continue
    const values = listOf(value)
    if (values.length === 0) return { ok: false, field: at(name), reason: 'a value is required' }
    if (name in LIST_FIELDS) query[LIST_FIELDS[name]] = values
    else if (name in TIME_FIELDS) {
      const instant = parseInstant(values[0])
      if (!instant) return { ok: false, field: at(name), reason: 'an ISO 8601 time with a zone' }
      query[TIME_FIELDS[name]] = instant
    } else if (name === 'EQ_bizStep' || name === 'EQ_disposition') {
      const normalize = name === 'EQ_bizStep' ? normalizeBizStep : normalizeDisposition
      const words = values.map(normalize)
      if (words.some((w) => w === undefined)) return { ok: false, field: at(name), reason: 'a CBV value or an absolute URI' }
      if (name === 'EQ_bizStep') query.bizSteps = words as string[]
      else query.dispositions = words as string[]
    } else if (name === 'EQ_readPoint' || name === 'EQ_bizLocation') {
      // Stored as written; match the value as sent and in its canonical Digital Link form.
      const ids = [...new Set(values.flatMap((v) => [v, canonicalUri(v)]))]
      if (name === 'EQ_readPoint') query.readPoints = ids
      else query.bizLocations = ids
    } else if (/^EQ_(source|destination)_.+$/.test(name)) {
      const [, kind, type] = /^EQ_(source|destination)_(.+)$/.exec(name)!
      const list = kind === 'source' ? (query.sources ??= []) : (query.destinations ??= [])
      list.push({ type, values })
    } else if (name === 'perPage') {
      const perPage = Number(values[0])
      if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) return { ok: false, field: at(name), reason: `an integer from 1 to ${MAX_PER_PAGE}` }
      query.perPage = perPage
    } else {
      return { ok: false, field: at(name), reason: 'unknown or unsupported query parameter' }
    }
  }
  const token = raw.nextPageToken
  return typeof token === 'string' ? { ok: true, query, nextPageToken: token } : { ok: true, query }
}

function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item) => String(item).split('|')).map((v) => v.trim()).filter((v) => v !== '')
}
