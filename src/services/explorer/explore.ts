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
    await countUnwalked(store, graph, sided)
    return answerOf(graph, selectOverview(graph, limit, fanout), options.direction)
  }
  if (!graph.nodes.has(options.expand)) throw new ZhuisuError('explorer_node_not_found', '/expand')
  return answerOf(graph, selectNeighbourhood(graph, options.expand, limit), options.direction, options.expand)
}

/** A walk cut at the unit limit: each unit's degree also counts the neighbours the walk did not reach. */
async function countUnwalked(store: Store, graph: FullGraph, sided: SidedTrace[]): Promise<void> {
  const extra = new Map<string, Set<string>>()
  for (const { side, trace } of sided) {
    if (!trace.truncated) continue
    const kinds = new Map(trace.nodes.map((n) => [n.id, n.kind]))
    const around = await unwalkedNeighbours(store, side < 0 ? 'backward' : 'forward', [...kinds.keys()], (id) => kinds.get(id) === 'container')
    for (const [id, neighbours] of around) {
      const set = extra.get(id) ?? new Set<string>()
      for (const n of neighbours) if (!graph.nodes.has(n)) set.add(n)
      extra.set(id, set)
    }
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
