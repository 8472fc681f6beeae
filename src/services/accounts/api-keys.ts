/**
 * API keys for systems (an enterprise's ERP, a third-party platform): shown once, stored as a SHA-256
 * digest, scoped to the organisation (optionally to capture only), revocable, with the time last used.
 */
import type { Actor } from '../../domain/accounts/actor.js'
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { ApiKeyRecord } from '../../storage/repositories/account-repository.js'
import { denied, resolveScope } from '../access/scope.js'
import type { AccountDeps } from './organisations.js'
import { API_KEY_PREFIX, digestSecret, newSecret, shownPrefix } from './secrets.js'

/** Keys belong to an organisation; the bootstrap token and the public have none. */
async function organisationOf(deps: AccountDeps, actor: Actor): Promise<string> {
  const scope = await resolveScope(deps.store, actor)
  if (scope.kind === 'public') throw denied(scope)
  if (actor.captureOnly) throw new ZhuisuError('api_key_capture_only')
  if (!actor.organisationId) throw new ZhuisuError('organisation_required')
  return actor.organisationId
}

export async function createApiKey(deps: AccountDeps, actor: Actor, input: { name: string; captureOnly?: boolean }): Promise<{ key: ApiKeyRecord; secret: string }> {
  const organisationId = await organisationOf(deps, actor)
  const secret = newSecret(API_KEY_PREFIX)
  const key: ApiKeyRecord = {
    id: newRowId(), organisationId, name: input.name.trim(), prefix: shownPrefix(secret), captureOnly: input.captureOnly ?? false,
    createdBy: actor.accountId ?? actor.apiKeyId, createdAt: deps.clock.now(),
  }
  await deps.store.accounts.insertApiKey(key, digestSecret(secret))
  return { key, secret }
}

export async function listApiKeys(deps: AccountDeps, actor: Actor): Promise<ApiKeyRecord[]> {
  return deps.store.accounts.listApiKeys(await organisationOf(deps, actor))
}

/** Another organisation's key id answers like an unknown one: 404. */
export async function revokeApiKey(deps: AccountDeps, actor: Actor, id: string): Promise<void> {
  const revoked = await deps.store.accounts.revokeApiKey(await organisationOf(deps, actor), id, deps.clock.now())
  if (!revoked) throw new ZhuisuError('api_key_not_found', '/id')
}
