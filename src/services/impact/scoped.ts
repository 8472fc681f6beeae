/**
 * An impact assessment cut to the caller's scope (services/access/scope.ts). The walk is the same for
 * everyone; what is shown is not:
 * - operator: everything;
 * - regulator: any code of its categories (an outbreak crosses regions: a city must see its own share of
 *   a lot made elsewhere), but only the holders, upstream parties and flows in its region subtree, and only
 *   units of its categories;
 * - enterprise or platform: a code it made (producer of a root) shows the whole forward closure — it must
 *   recall its own product; a code it merely held or holds shows its trading circle only (one step up,
 *   one step down, as everywhere else).
 * A code the caller may not assess answers 404, as an unknown code does, with the field at fault.
 */
import { isInRegion } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { Store } from '../../storage/store.js'
import { requireConfidentialReader, type Scope } from '../access/scope.js'
import type { PartyView } from '../trace/trace-view.js'
import { assessImpact } from './assess.js'
import type { ImpactHolder, ImpactPartyRef, ImpactResult } from './model.js'
import { pageHolders, type HolderPage, type HolderQuery } from './page.js'
import { summarise } from './summary.js'

export type ScopedImpact = ImpactResult & { truncatedByScope: boolean; holderPage?: HolderPage }

/** The scoped assessment; with a holder query, only that page of holders (the figures stay whole). */
export async function assessImpactForScope(store: Store, scope: Scope, code: string | string[], holders?: HolderQuery): Promise<ScopedImpact> {
  const scoped = await scopedImpact(store, scope, code)
  return holders ? pageHolders(scoped, holders) : scoped
}

async function scopedImpact(store: Store, scope: Scope, code: string | string[]): Promise<ScopedImpact> {
  requireConfidentialReader(scope)
  const full = await assessImpact(store, code)
  if (scope.kind === 'all') return { ...full, truncatedByScope: false }
  const fieldOf = (i: number) => (typeof code === 'string' ? '/code' : `/codes/${i}`)
  if (scope.kind === 'region') {
    full.roots.forEach((root, i) => {
      if (!root.category || !(scope.categories as string[]).includes(root.category)) throw new ZhuisuError('code_not_found', fieldOf(i))
    })
    const inRegion = (party: PartyView, regionCode?: string) => isInRegion(party.regionCode ?? regionCode, scope.regionPrefix)
    const holders = full.holders
      .filter((h) => inRegion(h.party, h.regionCode))
      .map((h) => ({ ...h, units: h.units.filter((u) => u.category !== undefined && (scope.categories as string[]).includes(u.category)) }))
      .filter((h) => h.units.length > 0)
    return cut(full, holders, (party) => inRegion(party))
  }
  if (scope.kind !== 'parties') throw new ZhuisuError('forbidden')
  const own = (id: string | undefined) => id !== undefined && scope.own.includes(id)
  const producerOf = new Set(full.upstream.filter((p) => p.roles.includes('producer') && own(p.party.id)).flatMap((p) => p.codes))
  full.roots.forEach((root, i) => {
    const held = full.holders.some((h) => own(h.party.id) && h.units.some((u) => u.unitId === root.id))
    if (!held && !producerOf.has(root.code)) throw new ZhuisuError('code_not_found', fieldOf(i))
  })
  if (full.roots.every((root) => producerOf.has(root.code))) return { ...full, truncatedByScope: false }
  const readable = (party: PartyView) => party.id !== undefined && scope.readable.includes(party.id)
  return cut(full, full.holders.filter((h) => readable(h.party)), readable)
}

function cut(full: ImpactResult, shown: ImpactHolder[], showParty: (party: PartyView) => boolean): ScopedImpact {
  // A counterparty outside the scope stays a fact (shipped 30 to someone in 海南) without its name.
  const redact = (ref: ImpactPartyRef): ImpactPartyRef => (showParty({ ...ref, isRegistered: ref.id !== undefined }) ? ref : { regionCode: ref.regionCode, hidden: true })
  const holders = shown.map((h) => ({
    ...h,
    units: h.units.map((u) => ({
      ...u, from: u.from.map(redact), to: u.to.map(redact),
      movements: u.movements.map((m) => (m.counterparty ? { ...m, counterparty: redact(m.counterparty) } : m)),
    })),
  }))
  const upstream = full.upstream.filter((p) => showParty(p.party))
  const visible = new Set(holders.map((h) => h.party.id ?? h.party.reference))
  const flows = full.flows.filter((f) => visible.has(f.from) && visible.has(f.to))
  const unitsShown = holders.reduce((n, h) => n + h.units.length, 0)
  const unitsAll = full.holders.reduce((n, h) => n + h.units.length, 0)
  return {
    ...full, ...summarise(holders), upstream, flows,
    truncatedByScope: holders.length < full.holders.length || unitsShown < unitsAll || upstream.length < full.upstream.length,
  }
}
