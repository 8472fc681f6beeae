/**
 * Which part of a large graph one answer carries. The overview walks out from the root over unit links
 * (transformations, aggregations), taking at most `fanout` new neighbours of any one node and at most
 * `limit` units in all; the parties and sites of the units taken come along. A neighbourhood (`expand`)
 * is one node and all its neighbours, up to `limit`. Every node says how many of its neighbours the
 * answer left out (`hidden`), so the UI can offer "N more — expand".
 */
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-view.js'
import type { FullGraph } from './build-graph.js'

const isUnit = (node: ExplorerNode | undefined) => node !== undefined && node.kind !== 'party' && node.kind !== 'site'

function byRank(graph: FullGraph): (a: string, b: string) => number {
  return (a, b) => {
    const na = graph.nodes.get(a)!, nb = graph.nodes.get(b)!
    // Nearest the root first, then by label (lot numbers in order), then by id for a stable answer.
    return Math.abs(na.rank) - Math.abs(nb.rank) || (na.label < nb.label ? -1 : na.label > nb.label ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0)
  }
}

/** The root's surroundings, breadth first, with large sibling groups cut to `fanout`. */
export function selectOverview(graph: FullGraph, limit: number, fanout: number): Set<string> {
  const order = byRank(graph)
  const kept = new Set<string>()
  const seen = new Set<string>()
  const units = [...graph.nodes.values()].filter(isUnit).map((n) => n.id).sort(order)
  // Units that no unit link reaches from the root (the scope cut the path) seed walks of their own.
  const seeds = [graph.rootId, ...units]
  for (const seed of seeds) {
    if (kept.size >= limit) break
    if (seen.has(seed) || !graph.nodes.has(seed)) continue
    seen.add(seed)
    kept.add(seed)
    const queue = [seed]
    for (let head = 0; head < queue.length && kept.size < limit; head++) {
      const id = queue[head]
      const next = [...graph.neighbours.get(id)!].filter((n) => isUnit(graph.nodes.get(n)) && !seen.has(n)).sort(order)
      for (const n of next) seen.add(n)
      for (const n of next.slice(0, fanout)) {
        if (kept.size >= limit) break
        kept.add(n)
        queue.push(n)
      }
    }
  }
  return withHolders(graph, kept)
}

/** One node and its neighbours (all kinds), nearest the root first, up to `limit`. */
export function selectNeighbourhood(graph: FullGraph, nodeId: string, limit: number): Set<string> {
  const kept = new Set([nodeId])
  for (const n of [...graph.neighbours.get(nodeId)!].sort(byRank(graph)).slice(0, limit)) kept.add(n)
  return withHolders(graph, kept)
}

/** Adds the parties holding the kept units, and those parties' sites. */
function withHolders(graph: FullGraph, kept: Set<string>): Set<string> {
  const result = new Set(kept)
  for (const edge of graph.edges) if (edge.kind === 'custody' && kept.has(edge.target)) result.add(edge.source)
  for (const edge of graph.edges) if (edge.kind === 'site' && result.has(edge.source)) result.add(edge.target)
  return result
}

export function answerOf(graph: FullGraph, kept: Set<string>, direction: ExplorerGraph['direction'], expanded?: string): ExplorerGraph {
  const edges: ExplorerEdge[] = []
  for (const edge of graph.edges) {
    if (!kept.has(edge.source) || !kept.has(edge.target)) continue
    edges.push(edge.kind === 'transfer' ? { ...edge, unitIds: edge.unitIds!.filter((u) => kept.has(u)) } : edge)
  }
  const order = byRank(graph)
  const nodes = [...kept].sort(order).map((id) => {
    const node = graph.nodes.get(id)!
    let shown = 0
    for (const n of graph.neighbours.get(id)!) if (kept.has(n)) shown++
    return { ...node, hidden: node.degree - shown }
  })
  return {
    rootId: graph.rootId, rootCode: graph.rootCode, direction, expanded, nodes, edges, totalNodes: graph.nodes.size + graph.unreached,
    truncated: graph.truncated || kept.size < graph.nodes.size, truncatedByScope: graph.truncatedByScope,
  }
}
