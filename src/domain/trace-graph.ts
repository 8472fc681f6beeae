/**
 * The trace walk (DESIGN §5): one hop at a time over the lineage index, each hop one batched look-up for
 * the whole frontier. Pure: the look-ups are given by the caller.
 *
 * Rules:
 * - forward follows transformation input → output, and content → container (a unit goes where its case goes);
 * - backward follows transformation output → input, and content → container (who held the case held the unit);
 * - a container is expanded to its contents only when it is a root or was itself reached by expansion
 *   (tracing a pallet covers what is on it; tracing one item in a mixed case never pulls in its neighbours);
 * - a container reached from a content unit carries the time windows during which that unit was inside it,
 *   so a re-used crate does not bring in other days' loads;
 * - parties never link units: custody is read after the walk, per unit.
 * Visited units are never walked twice, so cycles in bad data end the walk.
 */

export type Direction = 'backward' | 'forward'

export interface LineageEdge {
  kind: 'transformation' | 'aggregation'
  fromId: string
  toId: string
  action: 'add' | 'delete'
  eventId: string
  eventTime: string
  /** Aggregation: how much of the child went into the parent (undefined for one piece). */
  quantityMilli?: number
  uom?: string
}

export interface LineageLookup {
  /** Edges whose `fromId` is in `fromIds` or whose `toId` is in `toIds`: one batched look-up per hop. */
  edgesAround(fromIds: string[], toIds: string[]): Promise<LineageEdge[]>
}

/** [from, to) in ISO-8601 UTC text; `to` undefined = still inside. */
export type Window = readonly [string, string | undefined]

export interface ReachedUnit {
  id: string
  depth: number
  /** Undefined = the whole history counts; otherwise only what happened inside these windows. */
  windows?: Window[]
  expandsContents: boolean
}

export interface Containment {
  containerId: string
  contentId: string
  windows: Window[]
  quantityMilli?: number
  uom?: string
}

export interface WalkResult {
  units: Map<string, ReachedUnit>
  edges: LineageEdge[]
  /** Every container ↔ content pair the walk crossed, with the windows the content spent inside. */
  containments: Containment[]
  truncated: boolean
}

export interface WalkOptions {
  maxDepth: number
  maxUnits: number
}

export async function walkLineage(rootIds: string[], direction: Direction, lookup: LineageLookup, options: WalkOptions): Promise<WalkResult> {
  const units = new Map<string, ReachedUnit>()
  const edges = new Map<string, LineageEdge>()
  const containments = new Map<string, Containment>()
  const contain = (pairEdges: LineageEdge[]) => {
    const [first] = pairEdges
    const key = `${first.fromId}|${first.toId}`
    if (containments.has(key)) return
    const withQuantity = pairEdges.find((e) => e.action === 'add' && e.quantityMilli !== undefined)
    containments.set(key, { containerId: first.fromId, contentId: first.toId, windows: windowsOf(pairEdges), quantityMilli: withQuantity?.quantityMilli, uom: withQuantity?.uom })
  }
  for (const id of rootIds) units.set(id, { id, depth: 0, expandsContents: true })
  let frontier = [...rootIds]
  let truncated = false
  for (let depth = 1; frontier.length > 0; depth++) {
    if (depth > options.maxDepth) {
      truncated = true
      break
    }
    // Backward, only containers being expanded need their outgoing edges (their contents).
    const needOutgoing = direction === 'forward' ? frontier : frontier.filter((id) => units.get(id)?.expandsContents)
    const around = await lookup.edgesAround(needOutgoing, frontier)
    const fromSet = new Set(needOutgoing)
    const toSet = new Set(frontier)
    const outgoing = around.filter((e) => fromSet.has(e.fromId))
    const incoming = around.filter((e) => toSet.has(e.toId))
    const next: string[] = []
    const reach = (id: string, edge: LineageEdge, windows: Window[] | undefined, expandsContents: boolean) => {
      edges.set(`${edge.kind}|${edge.fromId}|${edge.toId}|${edge.eventId}`, edge)
      const known = units.get(id)
      if (known) {
        known.windows = mergeWindows(known.windows, windows)
        return
      }
      if (units.size >= options.maxUnits) {
        truncated = true
        return
      }
      units.set(id, { id, depth, windows, expandsContents })
      next.push(id)
    }
    // Transformations: forward from inputs to outputs, backward from outputs to inputs.
    if (direction === 'forward') {
      for (const edge of outgoing) if (edge.kind === 'transformation') reach(edge.toId, edge, undefined, true)
    } else {
      for (const edge of incoming) if (edge.kind === 'transformation') reach(edge.fromId, edge, undefined, true)
    }
    // Containers of frontier units, in both directions, with the windows the unit spent inside.
    const containerEdges = incoming.filter((e) => e.kind === 'aggregation')
    for (const [pairKey, pairEdges] of groupBy(containerEdges, (e) => `${e.fromId}|${e.toId}`)) {
      const [containerId, contentId] = pairKey.split('|')
      contain(pairEdges)
      const inside = windowsOf(pairEdges)
      const windows = intersectWindows(units.get(contentId)?.windows, inside)
      if (windows.length === 0) continue
      const addEdge = pairEdges.find((e) => e.action === 'add') ?? pairEdges[0]
      reach(containerId, addEdge, windows, false)
    }
    // Contents of containers that are roots or were themselves expanded.
    const expanding = outgoing.filter((e) => e.kind === 'aggregation' && units.get(e.fromId)?.expandsContents)
    for (const pairEdges of groupBy(expanding, (e) => `${e.fromId}|${e.toId}`).values()) {
      contain(pairEdges)
      const addEdge = pairEdges.find((e) => e.action === 'add')
      if (addEdge) reach(addEdge.toId, addEdge, undefined, true)
    }
    frontier = next
  }
  return { units, edges: [...edges.values()], containments: [...containments.values()], truncated }
}

/** Windows during which a child was inside a parent, from that pair's add/delete edges. */
export function windowsOf(pairEdges: LineageEdge[]): Window[] {
  const sorted = [...pairEdges].sort((a, b) => (a.eventTime < b.eventTime ? -1 : a.eventTime > b.eventTime ? 1 : a.action === 'add' ? -1 : 1))
  const windows: [string, string | undefined][] = []
  let openedAt: string | undefined
  for (const edge of sorted) {
    if (edge.action === 'add' && openedAt === undefined) openedAt = edge.eventTime
    else if (edge.action === 'delete' && openedAt !== undefined) {
      windows.push([openedAt, edge.eventTime])
      openedAt = undefined
    }
  }
  if (openedAt !== undefined) windows.push([openedAt, undefined])
  return windows
}

export function isInside(time: string, windows: Window[] | undefined): boolean {
  if (!windows) return true
  return windows.some(([from, to]) => time >= from && (to === undefined || time < to))
}

function intersectWindows(outer: Window[] | undefined, inner: Window[]): Window[] {
  if (!outer) return inner
  const result: Window[] = []
  for (const [a1, a2] of outer) {
    for (const [b1, b2] of inner) {
      const from = a1 > b1 ? a1 : b1
      const to = a2 === undefined ? b2 : b2 === undefined ? a2 : a2 < b2 ? a2 : b2
      if (to === undefined || from < to) result.push([from, to])
    }
  }
  return result
}

function mergeWindows(a: Window[] | undefined, b: Window[] | undefined): Window[] | undefined {
  if (!a || !b) return undefined
  return [...a, ...b]
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}
