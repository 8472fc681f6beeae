/**
 * Trace answers cut to the caller's scope (impact: services/impact/scoped.ts). The walk itself is the same for everyone (it must
 * be, or the cut would depend on what was hidden); what is shown is not:
 * - a regulator sees the units of its categories and the holders in its region subtree;
 * - an enterprise sees the units it or a direct trading partner held, and only those holders
 *   (one step up, one step down).
 * A code whose root the caller may not see answers 404, as an unknown code does. `truncatedByScope`
 * says that something was left out.
 */
import { isInRegion } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { Store } from '../../storage/store.js'
import { traceCode, type TraceOptions } from '../trace/trace-code.js'
import type { PartyView, TraceNodeView, TraceResult } from '../trace/trace-view.js'
import { denied, requireConfidentialReader, type Scope } from './scope.js'

export type ScopedTrace = TraceResult & { truncatedByScope: boolean }

function partyFilter(scope: Scope): (party: PartyView) => boolean {
  switch (scope.kind) {
    case 'all': return () => true
    case 'region': return (party) => isInRegion(party.regionCode, scope.regionPrefix)
    case 'parties': return (party) => party.id !== undefined && scope.readable.includes(party.id)
    default: throw denied(scope)
  }
}

function categoryAllowed(scope: Scope, node: TraceNodeView): boolean {
  return scope.kind !== 'region' || (node.product !== undefined && (scope.categories as string[]).includes(node.product.category))
}

export async function traceForScope(store: Store, scope: Scope, code: string, options: TraceOptions): Promise<ScopedTrace> {
  requireConfidentialReader(scope)
  const full = await traceCode(store, code, options)
  if (scope.kind === 'all') return { ...full, truncatedByScope: false }
  const showParty = partyFilter(scope)
  const rootVisible = categoryAllowed(scope, full.root) && full.root.holders.some((h) =>
    scope.kind === 'parties' ? h.party.id !== undefined && scope.own.includes(h.party.id) : showParty(h.party))
  if (!rootVisible) throw new ZhuisuError('code_not_found', '/code')
  const nodes = full.nodes
    .map((node) => ({ ...node, holders: node.holders.filter((h) => showParty(h.party)), sites: node.sites.filter((s) => node.holders.some((h) => h.party.id === s.partyId && showParty(h.party))) }))
    .filter((node) => node.id === full.root.id || (categoryAllowed(scope, node) && node.holders.length > 0))
  const kept = new Set(nodes.map((n) => n.id))
  const edges = full.edges.filter((edge) => edge.kind === 'transfer'
    ? kept.has(edge.unit) && showParty(edge.from) && showParty(edge.to)
    : kept.has(edge.from) && kept.has(edge.to))
  const holderCount = (list: TraceNodeView[]) => list.reduce((n, node) => n + node.holders.length, 0)
  const truncatedByScope = nodes.length < full.nodes.length || edges.length < full.edges.length || holderCount(nodes) < holderCount(full.nodes)
  return { ...full, root: nodes.find((n) => n.id === full.root.id)!, nodes, edges, truncatedByScope }
}
