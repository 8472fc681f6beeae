/** The explorer's answer (types from the route schema), and merging an expanded neighbourhood into what is shown. */
import type { Static } from 'typebox'
import type { ExplorerReply } from '../../../../src/http/routes/explorer/schema'

export type Graph = Static<typeof ExplorerReply>
export type GraphNode = Graph['nodes'][number]
export type GraphEdge = Graph['edges'][number]
export type Direction = Graph['direction']

export const DIRECTIONS: Direction[] = ['backward', 'forward', 'both']

export function explorerPath(code: string, direction: Direction, expand?: string): string {
  const query = new URLSearchParams({ direction })
  if (expand) query.set('expand', expand)
  return `/api/v1/explorer/${encodeURIComponent(code)}?${query}`
}

/** The code and direction in the page's query string (`?code=…&direction=…`); the direction defaults to both. */
export function explorerQuery(search: string): { code: string; direction: Direction } {
  const params = new URLSearchParams(search)
  const direction = params.get('direction') as Direction | null
  return { code: params.get('code')?.trim() ?? '', direction: direction && DIRECTIONS.includes(direction) ? direction : 'both' }
}

/** The page's own address for a code, as other pages link to it (`/explorer?code=…`). */
export function explorerPagePath(code: string, direction?: Direction): string {
  const query = new URLSearchParams({ code })
  if (direction && direction !== 'both') query.set('direction', direction)
  return `/explorer?${query}`
}

/** Nodes and edges of both answers; each node's `hidden` recounted against what is now shown. */
export function mergeGraphs(shown: Graph, more: Graph): Graph {
  const nodes = new Map(shown.nodes.map((n) => [n.id, n]))
  for (const node of more.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node)
  const edges = new Map(shown.edges.map((e) => [e.id, e]))
  for (const edge of more.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge)
  const present = new Map<string, Set<string>>()
  for (const edge of edges.values()) {
    if (!present.has(edge.source)) present.set(edge.source, new Set())
    if (!present.has(edge.target)) present.set(edge.target, new Set())
    present.get(edge.source)!.add(edge.target)
    present.get(edge.target)!.add(edge.source)
  }
  const merged = [...nodes.values()].map((n) => ({ ...n, hidden: Math.max(0, n.degree - (present.get(n.id)?.size ?? 0)) }))
  return { ...shown, nodes: merged, edges: [...edges.values()], truncated: merged.length < shown.totalNodes || shown.truncated && merged.some((n) => n.hidden > 0) }
}

/** One row per event, for the timeline: the links an event made, newest last. */
export interface EventRow {
  eventId: string
  eventTime: string
  kinds: GraphEdge['kind'][]
  edges: GraphEdge[]
}

export function eventsOf(graph: Graph): EventRow[] {
  const byEvent = new Map<string, EventRow>()
  for (const edge of graph.edges) {
    if (!edge.eventId || !edge.eventTime) continue
    const row = byEvent.get(edge.eventId) ?? { eventId: edge.eventId, eventTime: edge.eventTime, kinds: [], edges: [] }
    if (!row.kinds.includes(edge.kind)) row.kinds.push(edge.kind)
    row.edges.push(edge)
    byEvent.set(edge.eventId, row)
  }
  return [...byEvent.values()].sort((a, b) => (a.eventTime < b.eventTime ? -1 : a.eventTime > b.eventTime ? 1 : 0))
}
