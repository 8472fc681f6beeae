/** Trace (追溯查询): backward to every source, forward to every destination, with holders at each step. */
import { ZhuisuError } from '../../domain/errors.js'
import type { Direction, WalkResult } from '../../domain/trace-graph.js'
import { milliToNumber } from '../../domain/quantity.js'
import type { Store } from '../../storage/store.js'
import { DEFAULT_TRACE_DEPTH, getUnitByCode, loadTrace, MAX_TRACE_DEPTH, nodeView, partyView, walk, type LoadedTrace } from './load-trace.js'
import type { TraceEdgeView, TraceResult } from './trace-view.js'

export interface TraceOptions {
  direction: Direction | 'both'
  depth?: number
  /** Stop the walk after this many units (the answer is then `truncated`); the explorer's overview uses it. */
  maxUnits?: number
}

export async function traceCode(store: Store, code: string, options: TraceOptions): Promise<TraceResult> {
  const depth = options.depth ?? DEFAULT_TRACE_DEPTH
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_TRACE_DEPTH) throw new ZhuisuError('invalid_request', '/depth', { max: MAX_TRACE_DEPTH })
  const root = await getUnitByCode(store, code)
  const directions: Direction[] = options.direction === 'both' ? ['backward', 'forward'] : [options.direction]
  const walks = await Promise.all(directions.map((d) => walk(store, root.id, d, depth, options.maxUnits)))
  const merged = mergeWalks(walks)
  const loaded = await loadTrace(store, merged)
  const nodes = [...merged.units.values()].sort((a, b) => a.depth - b.depth || (a.id < b.id ? -1 : 1)).map((u) => nodeView(loaded, u.id, u.depth))
  return {
    root: nodes.find((n) => n.id === root.id)!,
    direction: options.direction,
    nodes,
    edges: [...lineageEdges(merged), ...transferEdges(loaded)],
    truncated: merged.truncated,
  }
}

function mergeWalks(walks: WalkResult[]): WalkResult {
  if (walks.length === 1) return walks[0]
  const units = new Map(walks[0].units)
  for (const w of walks.slice(1)) {
    for (const [id, unit] of w.units) {
      const known = units.get(id)
      if (!known) units.set(id, unit)
      else if (!known.windows || !unit.windows) known.windows = undefined
      else known.windows = [...known.windows, ...unit.windows]
    }
  }
  return {
    units,
    edges: walks.flatMap((w) => w.edges),
    containments: walks.flatMap((w) => w.containments),
    truncated: walks.some((w) => w.truncated),
  }
}

function lineageEdges(result: WalkResult): TraceEdgeView[] {
  const seen = new Set<string>()
  const edges: TraceEdgeView[] = []
  for (const edge of result.edges) {
    const key = `${edge.kind}|${edge.fromId}|${edge.toId}|${edge.eventId}`
    if (seen.has(key)) continue
    seen.add(key)
    edges.push({ kind: edge.kind, from: edge.fromId, to: edge.toId, eventId: edge.eventId, eventTime: edge.eventTime, action: edge.action })
  }
  return edges
}

/** Custody changes between parties: a shipment (unconfirmed until received) or a receipt. */
export function transferEdges(loaded: LoadedTrace): TraceEdgeView[] {
  const edges: TraceEdgeView[] = []
  for (const record of loaded.custody) {
    if (record.viaUnitId) continue
    const counterparty = record.counterpartyId ?? record.counterpartyRef
    const party = record.partyId ?? record.partyRef
    if (!counterparty || !party || (record.role !== 'shipped' && record.role !== 'received')) continue
    const [from, to] = record.role === 'shipped' ? [party, counterparty] : [counterparty, party]
    edges.push({
      kind: 'transfer', unit: record.unitId, from: partyView(loaded, from), to: partyView(loaded, to), eventId: record.eventId,
      eventTime: record.eventTime, confirmed: record.role === 'received',
      quantity: record.quantityMilli === undefined ? undefined : milliToNumber(record.quantityMilli), uom: record.uom,
    })
  }
  return edges.sort((a, b) => (a.eventTime < b.eventTime ? -1 : a.eventTime > b.eventTime ? 1 : 0))
}
