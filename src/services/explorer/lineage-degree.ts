/**
 * When the overview's walk stopped at the unit limit, the units at its edge have links the walk never
 * followed. One batched look-up over the lineage index finds, per unit, the neighbours it would have
 * walked to next in the trace's direction (the same rules as domain/trace-graph.ts: forward to outputs,
 * backward to inputs, both ways to containers, containers to their contents), so the node can say how
 * many more there are. Only the number leaves this module, never who they are.
 */
import type { Direction } from '../../domain/trace-graph.js'
import type { Store } from '../../storage/store.js'
import { lineageLookup } from '../trace/load-trace.js'

export async function unwalkedNeighbours(store: Store, direction: Direction, unitIds: string[], isContainer: (id: string) => boolean): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>()
  if (unitIds.length === 0) return result
  const edges = await lineageLookup(store).edgesAround(unitIds, unitIds)
  const wanted = new Set(unitIds)
  const add = (id: string, neighbour: string) => {
    const set = result.get(id) ?? new Set<string>()
    set.add(neighbour)
    result.set(id, set)
  }
  for (const edge of edges) {
    if (edge.kind === 'transformation') {
      if (direction === 'forward' && wanted.has(edge.fromId)) add(edge.fromId, edge.toId)
      if (direction === 'backward' && wanted.has(edge.toId)) add(edge.toId, edge.fromId)
      continue
    }
    if (edge.action !== 'add') continue
    if (wanted.has(edge.toId)) add(edge.toId, edge.fromId)
    if (wanted.has(edge.fromId) && isContainer(edge.fromId)) add(edge.fromId, edge.toId)
  }
  return result
}
