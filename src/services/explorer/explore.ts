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
import { graphOfTraces, type SidedTrace } from './build-graph.js'
import type { ExplorerGraph } from './explorer-view.js'
import { answerOf, selectNeighbourhood, selectOverview } from './select-nodes.js'

export const DEFAULT_EXPLORER_LIMIT = 2000
export const MAX_EXPLORER_LIMIT = 20_000
export const DEFAULT_EXPLORER_FANOUT = 200

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
  const sided = await Promise.all(sides.map(async (side) => ({
    side, trace: await traceForScope(store, scope, code, { direction: side < 0 ? 'backward' : 'forward', depth: options.depth }),
  })))
  const graph = graphOfTraces(sided)
  if (options.expand === undefined) return answerOf(graph, selectOverview(graph, limit, fanout), options.direction)
  if (!graph.nodes.has(options.expand)) throw new ZhuisuError('explorer_node_not_found', '/expand')
  return answerOf(graph, selectNeighbourhood(graph, options.expand, limit), options.direction, options.expand)
}
