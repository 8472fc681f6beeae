/**
 * Enterprise self-registration (企业注册): an enterprise applies with its USCC and licences and gets a
 * sign-in at once, but its organisation stays pending — no more rights than the public — until a
 * regulator whose region covers the enterprise's approves it. Approval binds the organisation to the
 * party with that USCC, registering the party if the platform does not know it yet.
 */
import type { Actor } from '../../domain/accounts/actor.js'
import { checkCategoryList, isInRegion, type Organisation } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import { validateUscc } from '../../domain/identifiers/uscc.js'
import type { PartyId } from '../../domain/ids.js'
import type { Licence, Party, PartyKind } from '../../domain/master-data.js'
import { isKnownRegion } from '../../domain/regions.js'
import { newRowId } from '../../storage/ids.js'
import type { Registration, RegistrationStatus } from '../../storage/repositories/registration-repository.js'
import { denied, resolveScope, type Scope } from '../access/scope.js'
import { insertAccount, prepareAccount, type AccountDeps, type UserView } from './organisations.js'

export interface RegistrationInput {
  uscc: string
  name: string
  partyKind: PartyKind
  regionCode: string
  address?: string
  contactName?: string
  contactPhone?: string
  categories: string[]
  licences?: Licence[]
  username: string
  password: string
}

export async function registerEnterprise(deps: AccountDeps, input: RegistrationInput): Promise<{ registration: Registration; user: UserView }> {
  const uscc = validateUscc(input.uscc)
  if (!uscc.valid) throw new ZhuisuError('uscc_invalid', '/uscc', { reason: uscc.reason })
  if (!isKnownRegion(input.regionCode)) throw new ZhuisuError('region_invalid', '/regionCode')
  const categories = checkCategoryList(input.categories, '/categories')
  const now = deps.clock.now()
  const organisation: Organisation = { id: newRowId(), kind: 'enterprise', name: input.name.trim(), status: 'pending', regionCode: input.regionCode, categories, createdAt: now }
  const account = await prepareAccount(organisation.id, input, now)
  const registration: Registration = {
    id: newRowId(), status: 'pending', uscc: uscc.normalized, name: organisation.name, partyKind: input.partyKind, regionCode: input.regionCode,
    address: input.address, contactName: input.contactName, contactPhone: input.contactPhone, categories, licences: input.licences ?? [],
    organisationId: organisation.id, createdAt: now,
  }
  return deps.store.transaction(async (repos) => {
    const party = await repos.parties.findByUscc(registration.uscc)
    if ((await repos.registrations.findPendingByUscc(registration.uscc)) || (party && (await repos.organisations.findByPartyId(party.id)))) {
      throw new ZhuisuError('registration_exists', '/uscc')
    }
    await repos.organisations.insert(organisation)
    const user = await insertAccount(repos, (e) => deps.store.isUniqueViolation(e), account)
    await repos.registrations.insert(registration)
    return { registration, user }
  })
}

/** Regulators see the registrations of their region; the operator all of them. */
function regionPrefixOf(scope: Scope): string {
  if (scope.kind === 'all') return ''
  if (scope.kind === 'region') return scope.regionPrefix
  throw denied(scope)
}

export async function listRegistrations(deps: AccountDeps, actor: Actor, page: { limit: number; offset: number; status?: RegistrationStatus }): Promise<Registration[]> {
  const scope = await resolveScope(deps.store, actor)
  return deps.store.registrations.list({ ...page, regionPrefix: regionPrefixOf(scope) })
}

export async function decideRegistration(deps: AccountDeps, actor: Actor, id: string, decision: 'approved' | 'rejected', reason?: string): Promise<Registration> {
  const scope = await resolveScope(deps.store, actor)
  const prefix = regionPrefixOf(scope)
  const decidedBy = actor.accountId ?? actor.apiKeyId ?? actor.credential
  return deps.store.transaction(async (repos) => {
    const registration = await repos.registrations.findById(id)
    // Outside the regulator's region it does not exist, as far as the regulator can tell.
    if (!registration || !isInRegion(registration.regionCode, prefix)) throw new ZhuisuError('registration_not_found', '/id')
    const now = deps.clock.now()
    if (!(await repos.registrations.decide(id, decision, now, decidedBy, reason))) throw new ZhuisuError('registration_decided', '/id')
    if (decision === 'rejected') {
      await repos.organisations.setStatus(registration.organisationId, 'rejected')
    } else {
      let party = await repos.parties.findByUscc(registration.uscc)
      if (!party) {
        party = partyOf(registration, now)
        await repos.parties.insert(party)
      }
      await repos.organisations.setStatus(registration.organisationId, 'active', party.id)
    }
    return { ...registration, status: decision, decidedAt: now, decidedBy, reason }
  })
}

function partyOf(r: Registration, at: string): Party {
  return {
    id: newRowId<PartyId>(), uscc: r.uscc, name: r.name, kind: r.partyKind, regionCode: r.regionCode, address: r.address,
    contactName: r.contactName, contactPhone: r.contactPhone, categories: r.categories, licences: r.licences, createdAt: at,
  }
}
