/** The explorer's answer: a trace as a graph of nodes and edges, ready for cytoscape, a map and a table. */
export type ExplorerNodeKind = 'lot' | 'item' | 'container' | 'class' | 'party' | 'site'
export type ExplorerEdgeKind = 'transformation' | 'aggregation' | 'transfer' | 'custody' | 'site'

export interface ExplorerNode {
  /** A unit id, `party:<id or reference>` or `site:<id>`. */
  id: string
  kind: ExplorerNodeKind
  label: string
  /** Units: the trace code. */
  code?: string
  /** Layout hint: hops from the root, negative upstream (backward), positive downstream (forward). */
  rank: number
  productName?: string
  category?: string
  lotNumber?: string
  serial?: string
  /** Parties: the party kind (farm, slaughterhouse…); sites: the site kind. */
  subKind?: string
  uscc?: string
  registered?: boolean
  regionCode?: string
  regionName?: string
  /** [longitude, latitude] of the region's centre (county, else prefecture, else province). */
  coordinates?: [number, number]
  /** Neighbours in the whole (scoped) graph. */
  degree: number
  /** Neighbours left out of this answer: expand the node to fetch them. */
  hidden: number
}

export interface ExplorerEdge {
  id: string
  kind: ExplorerEdgeKind
  source: string
  target: string
  eventId?: string
  eventTime?: string
  /** Transfers: the units moved by the event (kept in this answer). Custody: the unit held. */
  unitIds?: string[]
  quantity?: number
  uom?: string
  /** Transfers: false while the receiver has not confirmed with its own receiving event. */
  confirmed?: boolean
  /** Custody: what the holder received or made, and what it still holds. */
  received?: number
  made?: number
  remaining?: number
  firstAt?: string
  lastAt?: string
}

export interface ExplorerGraph {
  rootId: string
  rootCode: string
  direction: 'backward' | 'forward' | 'both'
  /** Set when the answer is one node's neighbourhood (`expand=`). */
  expanded?: string
  nodes: ExplorerNode[]
  edges: ExplorerEdge[]
  /**
   * Nodes in the whole (scoped) graph, of which `nodes` is a part when `truncated`. When the overview's walk
   * stopped at `limit`, a lower bound: the units it did not reach are counted, their holders are not.
   */
  totalNodes: number
  truncated: boolean
  /** Something outside the caller's rights was left out (see services/access/trace-access.ts). */
  truncatedByScope: boolean
}
