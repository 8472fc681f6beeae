/** Organisations and their users: created by the operator (regulators, platforms) or by approval (enterprises). */
import type { Actor } from '../../domain/accounts/actor.js'
import {
  checkCategoryList, checkRegulatorRegion, DEPARTMENT_CODES, type Department, type Organisation, type OrganisationKind,
} from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { AccountRecord } from '../../storage/repositories/account-repository.js'
import type { Repositories, Store } from '../../storage/store.js'
import { denied, requireOperator, resolveScope, type Scope } from '../access/scope.js'
import type { Clock } from '../clock.js'
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.js'

export interface AccountDeps {
  store: Store
  clock: Clock
}

export interface OrganisationInput {
  kind: OrganisationKind
  name: string
  department?: string
  regionCode?: string
  categories?: string[]
  partyId?: string
  /** Platform: the parties that authorised it. */
  authorisedPartyIds?: string[]
}

export async function createOrganisation(deps: AccountDeps, actor: Actor, input: OrganisationInput): Promise<Organisation> {
  requireOperator(await resolveScope(deps.store, actor))
  const organisation: Organisation = {
    id: newRowId(), kind: input.kind, name: input.name.trim(), status: 'active', categories: [], createdAt: deps.clock.now(),
  }
  if (input.kind === 'regulator') {
    if (!input.department || !input.regionCode || !input.categories?.length) throw new ZhuisuError('organisation_invalid', '/')
    if (!(DEPARTMENT_CODES as string[]).includes(input.department)) throw new ZhuisuError('department_invalid', '/department')
    checkRegulatorRegion(input.regionCode, '/regionCode')
    Object.assign(organisation, { department: input.department as Department, regionCode: input.regionCode, categories: checkCategoryList(input.categories, '/categories') })
  }
  const partyIds = input.kind === 'enterprise' ? [input.partyId] : (input.authorisedPartyIds ?? [])
  return deps.store.transaction(async (repos) => {
    for (const [i, partyId] of partyIds.entries()) {
      const field = input.kind === 'enterprise' ? '/partyId' : `/authorisedPartyIds/${i}`
      if (!partyId) throw new ZhuisuError('organisation_invalid', field)
      const party = await repos.parties.findById(partyId)
      if (!party) throw new ZhuisuError('party_not_found', field)
      if (input.kind === 'enterprise') Object.assign(organisation, { partyId: party.id, regionCode: party.regionCode, categories: party.categories })
    }
    await repos.organisations.insert(organisation)
    if (input.kind === 'platform') for (const partyId of partyIds) await repos.organisations.authorisePlatform(organisation.id, partyId!, organisation.createdAt)
    return organisation
  })
}

export async function listOrganisations(deps: AccountDeps, actor: Actor, page: { limit: number; offset: number; kind?: OrganisationKind }): Promise<Organisation[]> {
  const scope = await resolveScope(deps.store, actor)
  if (scope.kind === 'all') return deps.store.organisations.list(page)
  // Everyone else sees its own organisation only.
  if (!actor.organisationId || scope.kind === 'public') throw denied(scope)
  return deps.store.organisations.list({ ...page, onlyId: actor.organisationId })
}

export interface UserInput {
  username: string
  displayName?: string
  password: string
}

export interface UserView {
  id: string
  organisationId: string
  username: string
  displayName: string
  createdAt: string
}

/** The operator adds users to any organisation; an active organisation's members add colleagues. */
export async function addUser(deps: AccountDeps, actor: Actor, organisationId: string, input: UserInput): Promise<UserView> {
  const scope = await resolveScope(deps.store, actor)
  const organisation = await deps.store.organisations.findById(organisationId)
  if (!mayAdminister(scope, organisationId) || !organisation) {
    if (scope.kind === 'public') throw denied(scope)
    // Another organisation's id is not confirmed to exist.
    throw new ZhuisuError('organisation_not_found', '/id')
  }
  return insertUser(deps.store, deps.clock.now(), organisation.id, input)
}

function mayAdminister(scope: Scope, organisationId: string): boolean {
  return scope.kind === 'all' || (scope.kind !== 'public' && scope.actor.organisationId === organisationId && !scope.actor.captureOnly)
}

export function checkPassword(username: string, password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH || password === username) throw new ZhuisuError('password_weak', '/password')
}

/** Validates and hashes a new account outside any transaction: scrypt takes a few hundred milliseconds. */
export async function prepareAccount(organisationId: string, input: UserInput, at: string): Promise<AccountRecord> {
  const username = input.username.trim().toLowerCase()
  checkPassword(username, input.password)
  return {
    id: newRowId(), organisationId, username, displayName: input.displayName?.trim() || username,
    passwordHash: await hashPassword(input.password), createdAt: at,
  }
}

/** Inserts a prepared account; a taken username (also when two requests race for it) is a 409. */
export async function insertAccount(repos: Pick<Repositories, 'accounts'>, isUniqueViolation: (error: unknown) => boolean, account: AccountRecord): Promise<UserView> {
  if (await repos.accounts.findByUsername(account.username)) throw new ZhuisuError('username_exists', '/username')
  try {
    await repos.accounts.insert(account)
  } catch (error) {
    if (isUniqueViolation(error)) throw new ZhuisuError('username_exists', '/username')
    throw error
  }
  return userView(account)
}

export function userView(account: AccountRecord): UserView {
  return { id: account.id, organisationId: account.organisationId, username: account.username, displayName: account.displayName, createdAt: account.createdAt }
}

async function insertUser(store: Store, at: string, organisationId: string, input: UserInput): Promise<UserView> {
  return insertAccount(store, (e) => store.isUniqueViolation(e), await prepareAccount(organisationId, input, at))
}
