/** Row types of the account tables (migration 2026-11-23T1400-create-accounts). */
export interface OrganisationTable {
  id: string
  kind: string
  name: string
  status: string
  department: string | null
  region_code: string | null
  /** JSON array of category codes. */
  categories: string
  party_id: string | null
  created_at: string
}

export interface AccountTable {
  id: string
  organisation_id: string
  username: string
  display_name: string
  password_hash: string
  created_at: string
  disabled_at: string | null
}

export interface SessionTable {
  /** SHA-256 of the cookie's secret: a stolen database does not yield live sessions. */
  id: string
  account_id: string
  csrf_token: string
  created_at: string
  expires_at: string
  ended_at: string | null
}

export interface ApiKeyTable {
  id: string
  organisation_id: string
  name: string
  prefix: string
  secret_hash: string
  /** 1 when the key may only capture events. */
  capture_only: number
  created_by: string | null
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface RegistrationTable {
  id: string
  status: string
  uscc: string
  name: string
  party_kind: string
  region_code: string
  address: string | null
  contact_name: string | null
  contact_phone: string | null
  categories: string
  licences: string
  organisation_id: string
  created_at: string
  decided_at: string | null
  decided_by: string | null
  reason: string | null
}

export interface PlatformAuthorisationTable {
  platform_organisation_id: string
  party_id: string
  created_at: string
  revoked_at: string | null
}

export interface AuditEntryTable {
  id: string
  at: string
  actor_kind: string
  organisation_id: string | null
  account_id: string | null
  api_key_id: string | null
  /** The acting organisation's region: what a regulator's view of the log is scoped by. */
  region_code: string | null
  ip: string | null
  user_agent: string | null
  method: string
  route: string
  action: string
  resource_type: string | null
  /** JSON array. */
  resource_ids: string
  status: number
}

export interface AccountTables {
  organisation: OrganisationTable
  account: AccountTable
  session: SessionTable
  api_key: ApiKeyTable
  registration: RegistrationTable
  platform_authorisation: PlatformAuthorisationTable
  audit_entry: AuditEntryTable
}
