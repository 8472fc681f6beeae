/**
 * Drill-down (下钻): the events behind a figure, newest first, paged: of one party, one category, one day
 * or period, or the shipments of a flow from one region to another. A page (limit/offset) is read from the
 * event table through its indexes; the figure it explains comes from the rollups.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { regionPrefix } from '../../domain/accounts/organisation.js'
import type { Scope } from '../access/scope.js'
import { viewOf, type ConsoleDeps, type ConsoleQuery, type Page } from './console-view.js'

export interface EventDrillQuery extends ConsoleQuery {
  partyId?: string
  /** One Shanghai day instead of the whole period. */
  day?: string
  /** A flow: shipments from this region to that one (GB/T 2260 codes at any level). */
  fromRegion?: string
  toRegion?: string
}

export interface DrillEvent {
  eventId: string
  type: string
  bizStep: string | null
  eventTime: string
  recordTime: string
  category: string | null
  partyId: string | null
  partyName: string | null
  findings: string[]
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const shanghaiMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 8 * 3_600_000).toISOString()
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

export async function listDrillEvents(deps: ConsoleDeps, scope: Scope, query: EventDrillQuery, page: Page): Promise<{ events: DrillEvent[]; limit: number; offset: number }> {
  if (query.day !== undefined && (!DAY.test(query.day) || Number.isNaN(Date.parse(`${query.day}T00:00:00Z`)))) throw new ZhuisuError('invalid_request', '/day')
  const view = await viewOf(deps, scope, query, 90)
  const [first, last] = query.day !== undefined ? [query.day, query.day] : [view.since, view.until]
  const limit = Math.min(Math.max(page.limit ?? 50, 1), 500)
  const offset = Math.max(page.offset ?? 0, 0)
  const flow = query.fromRegion !== undefined || query.toRegion !== undefined
  const rows = await deps.store.consoleQueries.listEvents({
    regionPrefix: flow ? '' : view.regionPrefix, categories: view.categories, partyId: query.partyId,
    from: shanghaiMidnight(first), to: shanghaiMidnight(nextDay(last)),
    fromRegion: flow ? narrowFlowEnd(view.regionPrefix, query.fromRegion, query.toRegion) : undefined,
    toRegion: flow && query.toRegion !== undefined ? regionPrefix(query.toRegion) : undefined,
  }, limit, offset)
  return {
    limit, offset,
    events: rows.map((r) => ({ ...r, findings: parseCodes(r.findings) })),
  }
}

/**
 * A regulator may follow a flow that leaves or enters its region: the sending end is narrowed to its
 * region unless the receiving end lies inside it.
 */
function narrowFlowEnd(scopePrefix: string, from: string | undefined, to: string | undefined): string {
  const fromPrefix = from === undefined ? '' : regionPrefix(from)
  const toPrefix = to === undefined ? '' : regionPrefix(to)
  if (scopePrefix === '' || fromPrefix.startsWith(scopePrefix) || (toPrefix !== '' && toPrefix.startsWith(scopePrefix))) return fromPrefix
  if (scopePrefix.startsWith(fromPrefix)) return scopePrefix
  throw new ZhuisuError('forbidden', '/fromRegion')
}

function parseCodes(findings: string): string[] {
  try {
    const parsed = JSON.parse(findings) as { code?: string }[]
    return Array.isArray(parsed) ? parsed.map((f) => String(f.code)) : []
  } catch {
    return []
  }
}
