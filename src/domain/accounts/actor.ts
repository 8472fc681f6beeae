/**
 * The actor: who is calling, resolved once per request (src/http/auth.ts) and handed to services, which
 * turn it into a scope (src/services/access/scope.ts). Plain data, no I/O.
 */
import type { CategoryCode } from '../categories.js'
import type { Department, OrganisationKind } from './organisation.js'

/** How the caller proved who it is. */
export type Credential = 'none' | 'open' | 'admin-token' | 'session' | 'api-key'

export type ActorRole = 'anonymous' | OrganisationKind

export interface Actor {
  role: ActorRole
  credential: Credential
  organisationId?: string
  organisationName?: string
  accountId?: string
  username?: string
  apiKeyId?: string
  /** Enterprise: its own party. */
  partyId?: string
  /** Regulator: its region and categories. */
  regionCode?: string
  department?: Department
  categories: CategoryCode[]
  /** An API key that may only capture events. */
  captureOnly: boolean
}

export const ANONYMOUS: Actor = { role: 'anonymous', credential: 'none', categories: [], captureOnly: false }

/**
 * Development mode (no admin token, no account): every caller acts as the operator, as the platform
 * did before accounts existed, so `npm start` demos work without signing in.
 */
export const OPEN_MODE_OPERATOR: Actor = { role: 'operator', credential: 'open', categories: [], captureOnly: false }

export const ADMIN_TOKEN_OPERATOR: Actor = { role: 'operator', credential: 'admin-token', organisationName: 'ZHUISU_ADMIN_TOKEN', categories: [], captureOnly: false }

/** No credential at all (as opposed to a signed-in user whose organisation is still pending). */
export function isUnidentified(actor: Actor): boolean {
  return actor.role === 'anonymous' && actor.organisationId === undefined
}
