/**
 * Turns credentials into actors: a session cookie's secret, an API key, or the admin token. The HTTP
 * layer (src/http/auth.ts) reads the headers and calls these once per request.
 */
import { timingSafeEqual } from 'node:crypto'
import { ADMIN_TOKEN_OPERATOR, ANONYMOUS, type Actor, type Credential } from '../../domain/accounts/actor.js'
import type { Organisation } from '../../domain/accounts/organisation.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { digestSecret } from './secrets.js'

export interface ActorDeps {
  store: Store
  clock: Clock
}

/** Re-record an API key's last use at most this often: a write per request would make reads cost writes. */
const LAST_USED_RESOLUTION_MS = 60_000

export function actorOf(organisation: Organisation, credential: Credential, who: { accountId?: string; username?: string; apiKeyId?: string; captureOnly?: boolean }): Actor {
  // A pending or rejected organisation has no more rights than the public.
  const role = organisation.status === 'active' ? organisation.kind : 'anonymous'
  return {
    role, credential, organisationId: organisation.id, organisationName: organisation.name, ...who,
    partyId: organisation.partyId, regionCode: organisation.regionCode, department: organisation.department,
    categories: organisation.categories, captureOnly: who.captureOnly ?? false,
  }
}

export async function actorFromSession(deps: ActorDeps, secret: string): Promise<{ actor: Actor; csrfToken: string; sessionId: string } | undefined> {
  const sessionId = digestSecret(secret)
  const session = await deps.store.accounts.findLiveSession(sessionId, deps.clock.now())
  if (!session) return undefined
  const account = await deps.store.accounts.findById(session.accountId)
  if (!account || account.disabledAt) return undefined
  const organisation = await deps.store.organisations.findById(account.organisationId)
  if (!organisation) return undefined
  return { actor: actorOf(organisation, 'session', { accountId: account.id, username: account.username }), csrfToken: session.csrfToken, sessionId }
}

export async function actorFromApiKey(deps: ActorDeps, secret: string): Promise<Actor | undefined> {
  const key = await deps.store.accounts.findLiveApiKey(digestSecret(secret))
  if (!key) return undefined
  const organisation = await deps.store.organisations.findById(key.organisationId)
  if (!organisation) return undefined
  const now = deps.clock.now()
  if (!key.lastUsedAt || Date.parse(now) - Date.parse(key.lastUsedAt) >= LAST_USED_RESOLUTION_MS) await deps.store.accounts.touchApiKey(key.id, now)
  return actorOf(organisation, 'api-key', { apiKeyId: key.id, captureOnly: key.captureOnly })
}

/** Constant-time comparison with the configured bootstrap token. */
export function actorFromAdminToken(given: string, adminToken: string): Actor | undefined {
  const a = Buffer.from(given)
  const b = Buffer.from(adminToken)
  return a.length === b.length && timingSafeEqual(a, b) ? ADMIN_TOKEN_OPERATOR : undefined
}

/**
 * Open (development) mode: no admin token configured and no account created yet. Once an account exists
 * the platform is closed for good; that answer is cached, so closed platforms ask the database once.
 */
export function createOpenModeCheck(store: Store, adminToken: string | undefined): () => Promise<boolean> {
  let closed = adminToken !== undefined
  return async () => {
    if (closed) return false
    closed = await store.accounts.hasAny()
    return !closed
  }
}

export { ANONYMOUS }
