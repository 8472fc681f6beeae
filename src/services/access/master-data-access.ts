/**
 * Master data under scope: parties are read within the caller's scope (another tenant's party answers
 * 404, as an unknown id does); enterprises register sites, products and units only for their own party;
 * only the operator registers parties directly (enterprises come in through registration).
 */
import { ZhuisuError } from '../../domain/errors.js'
import type { Party, Product, Site, TraceUnit } from '../../domain/master-data.js'
import {
  registerParty, registerProduct, registerSite, registerUnit,
  type MasterDataDeps, type PartyInput, type ProductInput, type SiteInput, type UnitInput,
} from '../master-data/register.js'
import { mayReadParty, partyListFilter, requireConfidentialReader, requireOperator, requirePartyWriter, type Scope } from './scope.js'

/** Most sites shown with one party. */
const MAX_SITES = 500

export async function listPartiesFor(deps: MasterDataDeps, scope: Scope, page: { limit: number; offset: number; regionPrefix?: string }): Promise<Party[]> {
  requireConfidentialReader(scope)
  const filter = partyListFilter(scope, page.regionPrefix)
  return filter ? deps.store.parties.list({ limit: page.limit, offset: page.offset, ...filter }) : []
}

export async function getPartyFor(deps: MasterDataDeps, scope: Scope, id: string): Promise<{ party: Party; sites: Site[] }> {
  requireConfidentialReader(scope)
  const party = await deps.store.parties.findById(id)
  if (!party || !mayReadParty(scope, party)) throw new ZhuisuError('party_not_found', '/id')
  return { party, sites: await deps.store.sites.listByParty(party.id, MAX_SITES) }
}

export async function registerPartyFor(deps: MasterDataDeps, scope: Scope, input: PartyInput): Promise<Party> {
  requireOperator(scope)
  return registerParty(deps, input)
}

export async function registerSiteFor(deps: MasterDataDeps, scope: Scope, input: SiteInput): Promise<Site> {
  if (scope.kind !== 'all') {
    requirePartyWriter(scope, scope.kind === 'parties' ? scope.own[0] : undefined, '/id')
    // Another tenant's party id is not confirmed to exist.
    if (scope.kind === 'parties' && !scope.own.includes(input.partyId)) throw new ZhuisuError('party_not_found', '/id')
  }
  return registerSite(deps, input)
}

export async function registerProductFor(deps: MasterDataDeps, scope: Scope, input: ProductInput): Promise<Product> {
  if (scope.kind !== 'all') requirePartyWriter(scope, input.partyId, '/partyId')
  return registerProduct(deps, input)
}

export async function registerUnitFor(deps: MasterDataDeps, scope: Scope, input: UnitInput): Promise<TraceUnit> {
  if (scope.kind !== 'all') requirePartyWriter(scope, input.partyId, '/partyId')
  return registerUnit(deps, input)
}
