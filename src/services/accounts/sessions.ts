/** Password sign-in, throttled; sessions whose secret lives only in the browser's cookie. */
import type { Actor } from '../../domain/accounts/actor.js'
import type { Organisation } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { actorOf } from './actors.js'
import type { LoginThrottle } from './login-throttle.js'
import { decoyHash, verifyPassword } from './password.js'
import { digestSecret, newSecret } from './secrets.js'

/** A working day: long enough not to interrupt an inspector, short enough that a forgotten sign-in ends. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

export interface SessionDeps {
  store: Store
  clock: Clock
  throttle: LoginThrottle
}

export interface SignedIn {
  /** The cookie's value; only its digest is stored. */
  secret: string
  csrfToken: string
  expiresAt: string
  actor: Actor
  organisation: Organisation
}

export async function login(deps: SessionDeps, input: { username: string; password: string; ip: string }): Promise<SignedIn> {
  const username = input.username.trim().toLowerCase()
  const keys = [`user:${username}`, `ip:${input.ip}`]
  const waitMs = deps.throttle.waitMs(keys)
  if (waitMs > 0) throw new ZhuisuError('login_throttled', undefined, { retryAfterSeconds: Math.ceil(waitMs / 1000) })
  const account = await deps.store.accounts.findByUsername(username)
  // Verify against a decoy when the user is unknown, so both failures take the same time.
  const ok = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash()))
  const organisation = account && ok && !account.disabledAt ? await deps.store.organisations.findById(account.organisationId) : undefined
  if (!account || !organisation) {
    deps.throttle.failed(keys)
    throw new ZhuisuError('login_failed')
  }
  deps.throttle.succeeded(keys)
  const now = deps.clock.now()
  const secret = newSecret()
  const csrfToken = newSecret()
  const expiresAt = new Date(Date.parse(now) + SESSION_TTL_MS).toISOString()
  await deps.store.accounts.insertSession({ id: digestSecret(secret), accountId: account.id, csrfToken, createdAt: now, expiresAt })
  return { secret, csrfToken, expiresAt, organisation, actor: actorOf(organisation, 'session', { accountId: account.id, username: account.username }) }
}

export async function logout(deps: Pick<SessionDeps, 'store' | 'clock'>, sessionId: string): Promise<void> {
  await deps.store.accounts.endSession(sessionId, deps.clock.now())
}
