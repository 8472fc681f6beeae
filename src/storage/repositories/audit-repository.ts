/** The audit log: append-only. Nothing here updates or deletes an entry. */
import type { Kysely, Selectable } from 'kysely'
import type { AuditEntryTable } from '../account-schema.js'
import type { Database } from '../schema.js'

export interface AuditEntry {
  id: string
  at: string
  actorKind: string
  organisationId?: string
  accountId?: string
  apiKeyId?: string
  regionCode?: string
  ip?: string
  userAgent?: string
  method: string
  route: string
  action: string
  resourceType?: string
  resourceIds: string[]
  status: number
}

export interface AuditQuery {
  limit: number
  offset: number
  /** '' for every entry (the operator); otherwise the region subtree of a regulator. */
  regionPrefix: string
  from?: string
  to?: string
  organisationId?: string
  action?: string
  status?: number
}

export function createAuditRepository(db: Kysely<Database>) {
  return {
    async append(entry: AuditEntry): Promise<void> {
      await db.insertInto('audit_entry').values(toRow(entry)).execute()
    },
    /** Newest first. */
    async list(query: AuditQuery): Promise<AuditEntry[]> {
      let q = db.selectFrom('audit_entry').selectAll()
      if (query.regionPrefix) q = q.where('region_code', 'like', `${query.regionPrefix}%`)
      if (query.from) q = q.where('at', '>=', query.from)
      if (query.to) q = q.where('at', '<', query.to)
      if (query.organisationId) q = q.where('organisation_id', '=', query.organisationId)
      if (query.action) q = q.where('action', '=', query.action)
      if (query.status !== undefined) q = q.where('status', '=', query.status)
      const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute()
      return rows.map(fromRow)
    },
  }
}

export type AuditRepository = ReturnType<typeof createAuditRepository>

function toRow(e: AuditEntry): AuditEntryTable {
  return {
    id: e.id, at: e.at, actor_kind: e.actorKind, organisation_id: e.organisationId ?? null, account_id: e.accountId ?? null,
    api_key_id: e.apiKeyId ?? null, region_code: e.regionCode ?? null, ip: e.ip ?? null, user_agent: e.userAgent ?? null,
    method: e.method, route: e.route, action: e.action, resource_type: e.resourceType ?? null, resource_ids: JSON.stringify(e.resourceIds), status: e.status,
  }
}

function fromRow(row: Selectable<AuditEntryTable>): AuditEntry {
  return {
    id: row.id, at: row.at, actorKind: row.actor_kind, organisationId: row.organisation_id ?? undefined, accountId: row.account_id ?? undefined,
    apiKeyId: row.api_key_id ?? undefined, regionCode: row.region_code ?? undefined, ip: row.ip ?? undefined, userAgent: row.user_agent ?? undefined,
    method: row.method, route: row.route, action: row.action, resourceType: row.resource_type ?? undefined,
    resourceIds: JSON.parse(row.resource_ids) as string[], status: Number(row.status),
  }
}
