/**
 * A scoped trace answer (services/trace, cut by services/access/trace-access.ts) as a graph: units, the
 * parties that held them and their sites become nodes; transformations, aggregations, custody (party
 * holds unit), transfers between parties and site ownership become edges. No walk of its own: the trace
 * answer is the only source.
 */
import type { ScopedTrace } from '../access/trace-access.js'
import type { PartyView, TraceEdgeView, TraceNodeView } from '../trace/trace-view.js'
import type { ExplorerEdge, ExplorerNode, ExplorerNodeKind } from './explorer-view.js'
import { regionName, regionPoint } from './region-points.js'

export interface FullGraph {
  rootId: string
  rootCode: string
  nodes: Map<string, ExplorerNode>
  edges: ExplorerEdge[]
  neighbours: Map<string, Set<string>>
  truncated: boolean
  truncatedByScope: boolean
  /** Units linked to the graph that a walk cut at the unit limit did not reach (counted, not shown). */
  unreached: number
}

/** One trace per side: backward ranks are negative, forward positive. */
export interface SidedTrace {
  side: -1 | 1
  trace: ScopedTrace
}

export const partyNodeId = (party: PartyView): string => `party:${party.id ?? party.reference ?? 'unknown'}`
const siteNodeId = (siteId: string): string => `site:${siteId}`

function unitLabel(node: TraceNodeView): string {
  const name = node.product?.name
  if (node.kind === 'lot' && node.lotNumber) return name ? `${name} ${node.lotNumber}` : node.lotNumber
  if (node.kind === 'item' && node.serial) return name ? `${name} #${node.serial}` : `#${node.serial}`
  if (node.kind === 'container' && node.code.startsWith('00/')) return `SSCC ${node.code.slice(3)}`
  return name ?? node.code
}

function place(regionCode: string | undefined): Pick<ExplorerNode, 'regionCode' | 'regionName' | 'coordinates'> {
  return { regionCode, regionName: regionName(regionCode), coordinates: regionPoint(regionCode) }
}

function unitNode(node: TraceNodeView, rank: number): ExplorerNode {
  return {
    id: node.id, kind: node.kind as ExplorerNodeKind, label: unitLabel(node), code: node.code, rank,
    productName: node.product?.name, category: node.product?.category, lotNumber: node.lotNumber, serial: node.serial,
    ...place(node.holders[0]?.regionCodes[0] ?? node.product?.originRegionCode), degree: 0, hidden: 0,
  }
}

function partyNode(party: PartyView, rank: number): ExplorerNode {
  return {
    id: partyNodeId(party), kind: 'party', label: party.name ?? party.reference ?? '?', rank, subKind: party.kind, uscc: party.uscc,
    registered: party.isRegistered, ...place(party.regionCode), degree: 0, hidden: 0,
  }
}

export function graphOfTraces(sided: SidedTrace[]): FullGraph {
  const nodes = new Map<string, ExplorerNode>()
  const edges = new Map<string, ExplorerEdge>()
  const addNode = (node: ExplorerNode) => { if (!nodes.has(node.id)) nodes.set(node.id, node) }
  const addEdge = (edge: ExplorerEdge) => { if (!edges.has(edge.id)) edges.set(edge.id, edge) }
  // A walk cut at a limit also read the links to units it did not add: they are no edges of this graph.
  const units = new Set(sided.flatMap(({ trace }) => trace.nodes.map((n) => n.id)))
  const linksShown = (edge: TraceEdgeView) => edge.kind === 'transfer' || (units.has(edge.from) && units.has(edge.to))
  for (const { side, trace } of sided) {
    for (const node of trace.nodes) {
      const rank = side * node.depth
      addNode(unitNode(node, rank))
      for (const holder of node.holders) {
        const party = partyNode(holder.party, rank)
        addNode(party)
        addEdge({
          id: `custody|${party.id}|${node.id}`, kind: 'custody', source: party.id, target: node.id, unitIds: [node.id], uom: holder.uom,
          made: holder.made, received: holder.received + holder.unconfirmed, remaining: holder.remaining, firstAt: holder.firstAt, lastAt: holder.lastAt,
        })
      }
      for (const site of node.sites) {
        addNode({ id: siteNodeId(site.id), kind: 'site', label: site.name, rank, subKind: site.kind, ...place(site.regionCode), degree: 0, hidden: 0 })
        addEdge({ id: `site|party:${site.partyId}|${site.id}`, kind: 'site', source: `party:${site.partyId}`, target: siteNodeId(site.id) })
      }
    }
    for (const edge of lineageAndTransfers(trace.edges.filter(linksShown))) addEdge(edge)
  }
  const list = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target))
  const neighbours = new Map<string, Set<string>>([...nodes.keys()].map((id) => [id, new Set<string>()]))
  for (const edge of list) {
    neighbours.get(edge.source)!.add(edge.target)
    neighbours.get(edge.target)!.add(edge.source)
  }
  for (const [id, set] of neighbours) nodes.get(id)!.degree = set.size
  const [first] = sided
  return {
    rootId: first.trace.root.id, rootCode: first.trace.root.code, nodes, edges: list, neighbours,
    unreached: 0, truncated: sided.some((s) => s.trace.truncated), truncatedByScope: sided.some((s) => s.trace.truncatedByScope),
  }
}

/** Lineage edges once per pair (an aggregation's add and delete are one link); transfers once per event and pair of parties. */
function lineageAndTransfers(traceEdges: TraceEdgeView[]): ExplorerEdge[] {
  const result = new Map<string, ExplorerEdge>()
  for (const edge of traceEdges) {
    if (edge.kind !== 'transfer') {
      const id = `${edge.kind}|${edge.from}|${edge.to}`
      const known = result.get(id)
      if (!known || (known.eventTime ?? '') > edge.eventTime) result.set(id, { id, kind: edge.kind, source: edge.from, target: edge.to, eventId: edge.eventId, eventTime: edge.eventTime })
      continue
    }
    const source = partyNodeId(edge.from)
    const target = partyNodeId(edge.to)
    const id = `transfer|${source}|${target}|${edge.eventId}|${edge.confirmed ? 'r' : 's'}`
    const known = result.get(id)
    if (!known) {
      result.set(id, { id, kind: 'transfer', source, target, eventId: edge.eventId, eventTime: edge.eventTime, unitIds: [edge.unit], quantity: edge.quantity, uom: edge.uom, confirmed: edge.confirmed })
      continue
    }
    if (!known.unitIds!.includes(edge.unit)) known.unitIds!.push(edge.unit)
    if (known.uom === edge.uom && known.quantity !== undefined && edge.quantity !== undefined) known.quantity += edge.quantity
    else known.quantity = undefined
  }
  return [...result.values()]
}
