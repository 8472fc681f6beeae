/** Accounts (logins), their sessions, and organisations' API keys. */
import type { Kysely, Selectable } from 'kysely'
import type { ApiKeyTable } from '../account-schema.js'
import type { Database } from '../schema.js'

export interface AccountRecord {
  id: string
  organisationId: string
  username: string
  displayName: string
  passwordHash: string
  createdAt: string
  disabledAt?: string
}

export interface SessionRecord {
  id: string
  accountId: string
  csrfToken: string
  createdAt: string
  expiresAt: string
}

export interface ApiKeyRecord {
  id: string
  organisationId: string
  name: string
  prefix: string
  captureOnly: boolean
  createdBy?: string
  createdAt: string
  lastUsedAt?: string
  revokedAt?: string
}

/** Most keys one organisation lists at once: keys are few; a longer list is a sign of leaked automation. */
const MAX_KEYS_LISTED = 500

export function createAccountRepository(db: Kysely<Database>) {
  return {
    async hasAny(): Promise<boolean> {
      return (await db.selectFrom('account').select('id').limit(1).executeTakeFirst()) !== undefined
    },
    async insert(account: AccountRecord): Promise<void> {
      await db.insertInto('account').values({
        id: account.id, organisation_id: account.organisationId, username: account.username, display_name: account.displayName,
        password_hash: account.passwordHash, created_at: account.createdAt, disabled_at: null,
      }).execute()
    },
    async findByUsername(username: string): Promise<AccountRecord | undefined> {
      const row = await db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst()
      return row && accountFromRow(row)
    },
    /** The accounts of those usernames that exist, in no particular order (one query, for short lists). */
    async findByUsernames(usernames: string[]): Promise<AccountRecord[]> {
      if (usernames.length === 0) return []
      const rows = await db.selectFrom('account').selectAll().where('username', 'in', usernames).limit(usernames.length).execute()
      return rows.map(accountFromRow)
    },
    async findById(id: string): Promise<AccountRecord | undefined> {
      const row = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst()
      return row && accountFromRow(row)
    },
    async listByOrganisation(organisationId: string): Promise<AccountRecord[]> {
      const rows = await db.selectFrom('account').selectAll().where('organisation_id', '=', organisationId).orderBy('created_at').limit(MAX_KEYS_LISTED).execute()
      return rows.map(accountFromRow)
    },

    async insertSession(session: SessionRecord): Promise<void> {
      await db.insertInto('session').values({
        id: session.id, account_id: session.accountId, csrf_token: session.csrfToken, created_at: session.createdAt, expires_at: session.expiresAt, ended_at: null,
      }).execute()
    },
    /** A live session: not ended and not expired at `now`. */
    async findLiveSession(id: string, now: string): Promise<SessionRecord | undefined> {
      const row = await db.selectFrom('session').selectAll().where('id', '=', id).where('ended_at', 'is', null).where('expires_at', '>', now).executeTakeFirst()
      return row && { id: row.id, accountId: row.account_id, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at }
    },
    async endSession(id: string, at: string): Promise<void> {
      await db.updateTable('session').set({ ended_at: at }).where('id', '=', id).execute()
    },

    async insertApiKey(key: ApiKeyRecord, secretHash: string): Promise<void> {
      await db.insertInto('api_key').values({
        id: key.id, organisation_id: key.organisationId, name: key.name, prefix: key.prefix, secret_hash: secretHash,
        capture_only: key.captureOnly ? 1 : 0, created_by: key.createdBy ?? null, created_at: key.createdAt, last_used_at: null, revoked_at: null,
      }).execute()
    },
    async findLiveApiKey(secretHash: string): Promise<ApiKeyRecord | undefined> {
      const row = await db.selectFrom('api_key').selectAll().where('secret_hash', '=', secretHash).where('revoked_at', 'is', null).executeTakeFirst()
      return row && keyFromRow(row)
    },
    async listApiKeys(organisationId: string): Promise<ApiKeyRecord[]> {
      const rows = await db.selectFrom('api_key').selectAll().where('organisation_id', '=', organisationId)
        .orderBy('created_at', 'desc').limit(MAX_KEYS_LISTED).execute()
      return rows.map(keyFromRow)
    },
    /** Revokes a key of the organisation; false when it has no such live key. */
    async revokeApiKey(organisationId: string, id: string, at: string): Promise<boolean> {
      const result = await db.updateTable('api_key').set({ revoked_at: at })
        .where('id', '=', id).where('organisation_id', '=', organisationId).where('revoked_at', 'is', null).executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
    async touchApiKey(id: string, at: string): Promise<void> {
      await db.updateTable('api_key').set({ last_used_at: at }).where('id', '=', id).execute()
    },
  }
}

export type AccountRepository = ReturnType<typeof createAccountRepository>

function accountFromRow(row: Selectable<Database['account']>): AccountRecord {
  return {
    id: row.id, organisationId: row.organisation_id, username: row.username, displayName: row.display_name,
    passwordHash: row.password_hash, createdAt: row.created_at, disabledAt: row.disabled_at ?? undefined,
  }
}

function keyFromRow(row: Selectable<ApiKeyTable>): ApiKeyRecord {
  return {
    id: row.id, organisationId: row.organisation_id, name: row.name, prefix: row.prefix, captureOnly: row.capture_only === 1,
    createdBy: row.created_by ?? undefined, createdAt: row.created_at, lastUsedAt: row.last_used_at ?? undefined, revokedAt: row.revoked_at ?? undefined,
  }
}
