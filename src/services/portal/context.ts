/**
 * Who the portal works for and what its forms offer: the caller's party (or parties, for a platform),
 * their sites and products, the stages of the data standard they work in, and their known trading
 * partners (the counterparties of their custody records). The forms default to the first of each.
 */
import { ZhuisuError } from '../../domain/errors.js'
import type { Party, Product, Site } from '../../domain/master-data.js'
import type { PartyHit } from '../../storage/repositories/portal-repository.js'
import { requirePortalParties, type Scope } from '../access/scope.js'
import type { PortalDeps } from './portal-deps.js'
import { stagesOf, type PartyStages } from './stages.js'

const MAX_SITES = 200
const MAX_PRODUCTS = 500
const MAX_PARTNERS = 500
const MIN_SEARCH = 2
const SEARCH_LIMIT = 20

export interface PortalContext {
  party: Party
  parties: Party[]
  sites: Site[]
  products: Product[]
  stages: PartyStages[]
  partners: PartyHit[]
  /** The platform's time: the forms' "now", so a PC with a wrong clock still records the right time. */
  now: string
}

export async function ownParties(deps: Pick<PortalDeps, 'store'>, scope: Scope): Promise<Party[]> {
  const ids = requirePortalParties(scope)
  const parties = await deps.store.parties.findByIds(ids)
  if (parties.length === 0) throw new ZhuisuError('party_not_found')
  return ids.flatMap((id) => parties.filter((p) => p.id === id))
}

export async function getPortalContext(deps: Pick<PortalDeps, 'store' | 'clock'>, scope: Scope): Promise<PortalContext> {
  const parties = await ownParties(deps, scope)
  const ids: string[] = parties.map((p) => p.id)
  const readable = scope.kind === 'parties' ? scope.readable.filter((id) => !ids.includes(id)) : []
  const [sites, productRows, partners] = await Promise.all([
    Promise.all(parties.map((p) => deps.store.sites.listByParty(p.id, MAX_SITES))).then((lists) => lists.flat()),
    deps.store.portal.productsOf(ids, MAX_PRODUCTS),
    deps.store.portal.partiesByIds(readable.slice(0, MAX_PARTNERS)),
  ])
  const products = await deps.store.products.findByIds(productRows.map((p) => p.id))
  products.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  return { party: parties[0], parties, sites, products, stages: stagesOf(parties[0]), partners, now: deps.clock.now() }
}

/**
 * The trading-partner picker: registered parties by name or USCC. Names and USCCs of businesses are public
 * registration data (国家企业信用信息公示系统); nothing else about them is returned.
 */
export async function searchPartners(deps: Pick<PortalDeps, 'store'>, scope: Scope, text: string): Promise<PartyHit[]> {
  requirePortalParties(scope)
  const trimmed = text.trim()
  if (trimmed.length < MIN_SEARCH) return []
  return deps.store.portal.searchParties(trimmed, SEARCH_LIMIT)
}
