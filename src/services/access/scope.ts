/**
 * Data scoping, in one place. An actor (who is calling) becomes a scope (what it may read and write);
 * every service that reads or writes confidential data asks this module, and storage queries take the
 * scope's party ids, region prefix or categories. Routes never decide on their own.
 *
 * - operator (and open development mode): everything; its reads are audited like anyone's.
 * - regulator: everything in its region subtree and categories, nothing outside.
 * - enterprise: writes only as its own party; reads its own records plus one step up and one step down
 *   (direct suppliers and customers, from custody counterparties).
 * - third-party platform: as an enterprise, for every party that authorised it.
 * - anonymous, or an organisation still pending approval: the public routes only.
 */
import { isUnidentified, type Actor } from '../../domain/accounts/actor.js'
import { isInRegion, regionPrefix } from '../../domain/accounts/organisation.js'
import type { CategoryCode } from '../../domain/categories.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { Party } from '../../domain/master-data.js'
import type { Repositories } from '../../storage/store.js'

export type Scope =
  | { kind: 'all'; actor: Actor }
  | { kind: 'region'; actor: Actor; regionPrefix: string; categories: CategoryCode[] }
  | { kind: 'parties'; actor: Actor; own: string[]; readable: string[] }
  | { kind: 'public'; actor: Actor }

export async function resolveScope(repos: Pick<Repositories, 'organisations' | 'scope'>, actor: Actor): Promise<Scope> {
  switch (actor.role) {
    case 'operator':
      return { kind: 'all', actor }
    case 'regulator':
      return { kind: 'region', actor, regionPrefix: regionPrefix(actor.regionCode ?? '000000'), categories: actor.categories }
    case 'enterprise':
    case 'platform': {
      const own = actor.role === 'enterprise'
        ? (actor.partyId ? [actor.partyId] : [])
        : await repos.organisations.authorisedParties(actor.organisationId ?? '')
      const counterparties = own.length > 0 ? await repos.scope.counterpartiesOf(own) : []
      return { kind: 'parties', actor, own, readable: [...own, ...counterparties] }
    }
    default:
      return { kind: 'public', actor }
  }
}

/** Confidential reads: anyone but the public. Anonymous callers get 401 (sign in), the rest 403. */
export function requireConfidentialReader(scope: Scope): void {
  if (scope.kind === 'public') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
}

/** Capture: enterprises and platforms (each event is then checked by event-access.ts) and the operator. */
export function requireEventWriter(scope: Scope): void {
  if (scope.kind === 'public') throw denied(scope)
  if (scope.kind === 'region') throw new ZhuisuError('forbidden')
}

/** Account administration: the operator only. */
export function requireOperator(scope: Scope): void {
  if (scope.kind !== 'all') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
}

/**
 * The enterprise portal works for the caller's own parties: an enterprise's, or those that authorised a
 * platform. A regulator or the operator has none (403); the public must sign in (401).
 */
export function requirePortalParties(scope: Scope): string[] {
  if (scope.kind === 'public') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
  if (scope.kind !== 'parties' || scope.own.length === 0) throw new ZhuisuError('organisation_required')
  return scope.own
}

export function denied(scope: Scope): ZhuisuError {
  return isUnidentified(scope.actor) ? new ZhuisuError('unauthorized') : new ZhuisuError('forbidden')
}

export function mayWriteAsParty(scope: Scope, partyId: string | undefined): boolean {
  if (scope.kind === 'all') return true
  return scope.kind === 'parties' && partyId !== undefined && scope.own.includes(partyId)
}

/** Master-data writes (parties, products, units) name the party they are for; enterprises only their own. */
export function requirePartyWriter(scope: Scope, partyId: string | undefined, field: string): void {
  if (scope.kind === 'public') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
  if (!mayWriteAsParty(scope, partyId)) throw new ZhuisuError('forbidden', field)
}

export function isRegionAndCategoryInScope(scope: Extract<Scope, { kind: 'region' }>, regionCode: string | undefined, categories: readonly string[]): boolean {
  return isInRegion(regionCode, scope.regionPrefix) && categories.some((c) => (scope.categories as string[]).includes(c))
}

export function mayReadParty(scope: Scope, party: Party): boolean {
  switch (scope.kind) {
    case 'all': return true
    case 'region': return isRegionAndCategoryInScope(scope, party.regionCode, party.categories)
    case 'parties': return scope.readable.includes(party.id)
    default: return false
  }
}

/** What a party list query may return: the caller's filter narrowed by its scope, or nothing. */
export function partyListFilter(scope: Scope, requestedPrefix: string | undefined): { regionPrefix?: string; partyIds?: string[]; categories?: string[] } | undefined {
  switch (scope.kind) {
    case 'all': return { regionPrefix: requestedPrefix }
    case 'parties': return { regionPrefix: requestedPrefix, partyIds: scope.readable }
    case 'region': {
      const narrowed = narrowPrefix(scope.regionPrefix, requestedPrefix)
      return narrowed === undefined ? undefined : { regionPrefix: narrowed, categories: scope.categories }
    }
    default: return undefined
  }
}

/** The tighter of two region prefixes, or undefined when they do not overlap. */
export function narrowPrefix(scopePrefix: string, requested: string | undefined): string | undefined {
  if (requested === undefined || requested.startsWith(scopePrefix)) return requested ?? scopePrefix
  return scopePrefix.startsWith(requested) ? scopePrefix : undefined
}

/** Credit, blacklist and inspection draws (docs/credit.md): a regulator in its region and categories, or the operator. */
export function requireSupervisor(scope: Scope): asserts scope is Extract<Scope, { kind: 'all' | 'region' }> {
  if (scope.kind !== 'all' && scope.kind !== 'region') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
}

/** A party's credit: a regulator in scope, the operator, and the party itself (its own organisation or platform). */
export function mayReadCredit(scope: Scope, party: Party): boolean {
  if (scope.kind === 'parties') return scope.own.includes(party.id)
  return mayReadParty(scope, party)
}

/** Alerts a caller may list: operator all; regulator its region and categories; enterprise and platform their own parties'. */
export function alertListFilter(scope: Scope): { regionPrefix?: string; categories?: string[]; partyIds?: string[] } | undefined {
  switch (scope.kind) {
    case 'all': return {}
    case 'region': return { regionPrefix: scope.regionPrefix, categories: scope.categories }
    case 'parties': return { partyIds: scope.own }
    default: return undefined
  }
}

/** Handling an alert (its status workflow) and setting thresholds: the operator, or a regulator within its region and categories. */
export function mayHandleAlert(scope: Scope, alert: { regionCode?: string; category?: string }): boolean {
  if (scope.kind === 'all') return true
  return scope.kind === 'region' && isInRegion(alert.regionCode, scope.regionPrefix) && (alert.category === undefined || (scope.categories as string[]).includes(alert.category))
}

/** A threshold for a region prefix: the operator anywhere, a regulator in its own subtree for rules of its categories. */
export function mayConfigureAlerts(scope: Scope, regionPrefix: string, category: string | undefined): boolean {
  if (scope.kind === 'all') return true
  return scope.kind === 'region' && regionPrefix.startsWith(scope.regionPrefix) && (category === undefined || (scope.categories as string[]).includes(category))
}

/** Personal data (ID-card numbers) is shown in full to regulators only. */
export function maySeePersonalData(scope: Scope): boolean {
  return scope.kind === 'region'
}

/** Who a notification concerns: its region, categories and the parties it is addressed to. */
export interface NotificationAudience {
  regionCode?: string
  categories: readonly string[]
  partyIds: readonly string[]
}

/**
 * Webhook subscriptions: whether a subscriber with this scope receives a notification. The operator gets
 * all; a regulator those in its region subtree (and categories, when the notification names any); an
 * enterprise or platform those addressed to a party it acts for (its own, not its counterparties').
 */
export function mayReceiveNotification(scope: Scope, audience: NotificationAudience): boolean {
  switch (scope.kind) {
    case 'all': return true
    case 'region':
      return audience.regionCode !== undefined && isInRegion(audience.regionCode, scope.regionPrefix)
        && (audience.categories.length === 0 || audience.categories.some((c) => (scope.categories as string[]).includes(c)))
    case 'parties': return audience.partyIds.some((p) => scope.own.includes(p))
    default: return false
  }
}

/** Webhook subscriptions: signed-in organisations (not the public, not capture-only keys). */
export function requireSubscriber(scope: Scope): void {
  if (scope.kind === 'public') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
}

/**
 * Supervision console (监管驾驶舱): the operator sees everything, a regulator its region subtree and
 * categories; enterprises and platforms 403, anonymous 401. A requested region that does not overlap the
 * regulator's (or a category it does not supervise) is 403; a broader one is narrowed to its own.
 */
export function consoleView(scope: Scope, requested: { regionCode?: string; category?: string }): { regionPrefix: string; categories?: CategoryCode[] } {
  if (scope.kind === 'public') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
  const requestedPrefix = requested.regionCode === undefined ? undefined : regionPrefix(requested.regionCode)
  const category = requested.category as CategoryCode | undefined
  if (scope.kind === 'all') return { regionPrefix: requestedPrefix ?? '', categories: category === undefined ? undefined : [category] }
  if (scope.kind !== 'region') throw new ZhuisuError('forbidden')
  const prefix = narrowPrefix(scope.regionPrefix, requestedPrefix)
  if (prefix === undefined) throw new ZhuisuError('forbidden', '/regionCode')
  if (category !== undefined && !scope.categories.includes(category)) throw new ZhuisuError('forbidden', '/category')
  return { regionPrefix: prefix, categories: category === undefined ? [...scope.categories] : [category] }
}

/**
 * Complaints: the operator handles all; a regulator those in its region subtree and categories, plus
 * those assigned (or reassigned) to its organisation. Nobody else reads complaints through the API
 * (a complainant reads their own with the receipt token).
 */
export function complaintFilterOf(scope: Scope): { regionPrefix: string; categories: string[]; organisationId?: string } | undefined {
  if (scope.kind === 'all') return undefined
  if (scope.kind !== 'region') throw denied(scope)
  if (scope.actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
  return { regionPrefix: scope.regionPrefix, categories: [...scope.categories], organisationId: scope.actor.organisationId }
}

export function mayHandleComplaint(scope: Scope, complaint: { regionCode?: string; category?: string; assigneeOrganisationId?: string }): boolean {
  if (scope.kind === 'all') return true
  if (scope.kind !== 'region') return false
  if (complaint.assigneeOrganisationId !== undefined && complaint.assigneeOrganisationId === scope.actor.organisationId) return true
  return complaint.category !== undefined && isRegionAndCategoryInScope(scope, complaint.regionCode, [complaint.category])
}
