/**
 * Positions for the graph, computed by rank (hops from the root: upstream left, downstream right), so that
 * cytoscape draws at once with a `preset` layout: a force layout on 10,000 nodes takes far too long.
 * A rank with many nodes wraps into a block of several columns; within a rank, units come first, then
 * parties, then sites, then the "more" summaries.
 */
export interface Placed {
  id: string
  rank: number
  kind: string
  label: string
}

const KIND_ORDER: Record<string, number> = { lot: 0, class: 0, item: 1, container: 2, party: 3, site: 4, more: 5 }
export const NODE_GAP_X = 190
export const NODE_GAP_Y = 70
const MAX_ROWS = 24

export function layoutByRank(nodes: readonly Placed[]): Map<string, { x: number; y: number }> {
  const byRank = new Map<number, Placed[]>()
  for (const node of nodes) {
    const list = byRank.get(node.rank)
    if (list) list.push(node)
    else byRank.set(node.rank, [node])
  }
  const positions = new Map<string, { x: number; y: number }>()
  let x = 0
  const ranks = [...byRank.keys()].sort((a, b) => a - b)
  for (const rank of ranks) {
    const list = byRank.get(rank)!.sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    // Wrap into a block about twice as tall as wide once a column gets long.
    const rows = list.length <= MAX_ROWS ? list.length : Math.max(MAX_ROWS, Math.ceil(Math.sqrt(list.length * 2)))
    const columns = Math.ceil(list.length / rows)
    list.forEach((node, i) => {
      const column = Math.floor(i / rows)
      const row = i % rows
      positions.set(node.id, { x: x + column * NODE_GAP_X * 0.6, y: (row - (Math.min(rows, list.length) - 1) / 2) * NODE_GAP_Y })
    })
    x += (columns - 1) * NODE_GAP_X * 0.6 + NODE_GAP_X * 1.4
  }
  return positions
}
