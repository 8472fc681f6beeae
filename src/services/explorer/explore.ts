/**
 * The trace explorer (追溯图谱): a code's backward and/or forward trace as a graph, cut to the caller's
 * scope by the same rules as the trace answer (services/access/trace-access.ts; sign-in required), and
 * cut to a size a browser can draw: an overview of at most `limit` units, or one node's neighbourhood.
 */
import { ZhuisuError } from '../../domain/errors.js'
import type { Direction } from '../../domain/trace-graph.js'
import type { Store } from '../../storage/store.js'
import type { Scope } from '../access/scope.js'
import { traceForScope } from '../access/trace-access.js'
import { DEFAULT_TRACE_DEPTH } from '../trace/load-trace.js'
import { graphOfTraces, type FullGraph, type SidedTrace } from './build-graph.js'
import type { ExplorerGraph } from './explorer-view.js'
import { unwalkedNeighbours } from './lineage-degree.js'
import { answerOf, selectNeighbourhood, selectOverview } from './select-nodes.js'

export const DEFAULT_EXPLORER_LIMIT = 500
export const MAX_EXPLORER_LIMIT = 20_000
export const DEFAULT_EXPLORER_FANOUT = 50

export interface ExploreOptions {
  direction: Direction | 'both'
  depth?: number
  /** Answer with this node's neighbourhood instead of the overview. */
  expand?: string
  /** Most units in the overview, most neighbours in a neighbourhood. */
  limit?: number
  /** Most new neighbours taken from any one node in the overview; the rest are summarised. */
  fanout?: number
}

function checkCount(value: number | undefined, fallback: number, field: string): number {
  const n = value ?? fallback
  if (!Number.isInteger(n) || n < 1 || n > MAX_EXPLORER_LIMIT) throw new ZhuisuError('invalid_request', field, { min: 1, max: MAX_EXPLORER_LIMIT })
  return n
}

export async function exploreCode(store: Store, scope: Scope, code: string, options: ExploreOptions): Promise<ExplorerGraph> {
  const limit = checkCount(options.limit, DEFAULT_EXPLORER_LIMIT, '/limit')
  const fanout = checkCount(options.fanout, DEFAULT_EXPLORER_FANOUT, '/fanout')
  const sides: SidedTrace['side'][] = options.direction === 'both' ? [-1, 1] : options.direction === 'backward' ? [-1] : [1]
  // The overview walks no further than it can show; a neighbourhood needs the whole (scoped) graph.
  const maxUnits = options.expand === undefined ? limit : undefined
  const sided = await Promise.all(sides.map(async (side) => ({
    side, trace: await traceForScope(store, scope, code, { direction: side < 0 ? 'backward' : 'forward', depth: options.depth, maxUnits }),
  })))
  const graph = graphOfTraces(sided)
  if (options.expand === undefined) {
    await countUnwalked(store, scope, graph, sided, options.depth ?? DEFAULT_TRACE_DEPTH)
    return answerOf(graph, selectOverview(graph, limit, fanout), options.direction)
  }
  if (!graph.nodes.has(options.expand)) throw new ZhuisuError('explorer_node_not_found', '/expand')
  return answerOf(graph, selectNeighbourhood(graph, options.expand, limit), options.direction, options.expand)
}

/**
 * A walk cut at the unit limit: each unit's degree also counts the neighbours the walk did not reach. The walk
 * reads every link around every unit it reaches (domain/trace-graph.ts), and an unscoped trace (the
 * operator's) keeps the links to the units it did not add, so those are counted from the answer itself. A
 * scoped trace drops them, and the units at the depth limit never had their links read: those are looked
 * up, in one batch (lineage-degree.ts).
 */
async function countUnwalked(store: Store, scope: Scope, graph: FullGraph, sided: SidedTrace[], depth: number): Promise<void> {
  const extra = new Map<string, Set<string>>()
  const add = (id: string, neighbour: string) => {
    if (graph.nodes.has(neighbour)) return
    const set = extra.get(id) ?? new Set<string>()
    set.add(neighbour)
    extra.set(id, set)
  }
  for (const { side, trace } of sided) {
    if (!trace.truncated) continue
    const unscoped = scope.kind === 'all'
    if (unscoped) {
      for (const edge of trace.edges) {
        if (edge.kind === 'transfer') continue
        if (graph.nodes.has(edge.from)) add(edge.from, edge.to)
        if (graph.nodes.has(edge.to)) add(edge.to, edge.from)
      }
    }
    const unread = unscoped ? trace.nodes.filter((n) => n.depth >= depth) : trace.nodes
    if (unread.length === 0) continue
    const kinds = new Map(unread.map((n) => [n.id, n.kind]))
    const around = await unwalkedNeighbours(store, side < 0 ? 'backward' : 'forward', [...kinds.keys()], (id) => kinds.get(id) === 'container')
    for (const [id, neighbours] of around) for (const n of neighbours) add(id, n)
  }
  const unreached = new Set<string>()
  for (const [id, set] of extra) {
    const node = graph.nodes.get(id)
    if (!node) continue
    node.degree += set.size
    for (const n of set) unreached.add(n)
  }
  graph.unreached = unreached.size
}
