/**
 * Webhook subscriptions. A subscription row is recorded once; deactivation appends a `subscription_state`
 * row and restates it in the derived `active` column.
 */
import type { Kysely, Selectable } from 'kysely'
import type { SubscriptionTable } from '../complaint-schema.js'
import type { Database } from '../schema.js'

export interface SubscriptionRecord {
  id: string
  organisationId: string
  createdBy?: string
  createdAt: string
  url: string
  types: string[]
  description: string
  secret: string
  active: boolean
}

export interface SubscriptionStateRecord {
  at: string
  state: 'active' | 'inactive'
  accountId?: string
}

export function createSubscriptionRepository(db: Kysely<Database>) {
  return {
    async insert(s: SubscriptionRecord, stateId: string): Promise<void> {
      await db.insertInto('subscription').values({
        id: s.id, organisation_id: s.organisationId, created_by: s.createdBy ?? null, created_at: s.createdAt, url: s.url,
        types: JSON.stringify(s.types), description: s.description, secret: s.secret, active: s.active ? 1 : 0,
      }).execute()
      await db.insertInto('subscription_state').values({
        id: stateId, subscription_id: s.id, at: s.createdAt, state: 'active', account_id: s.createdBy ?? null,
      }).execute()
    },
    async findById(id: string): Promise<SubscriptionRecord | undefined> {
      const row = await db.selectFrom('subscription').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? fromRow(row) : undefined
    },
    /** Newest first; `organisationId` undefined lists every organisation's (the operator). */
    async list(page: { organisationId?: string; limit: number; offset: number }): Promise<SubscriptionRecord[]> {
      let q = db.selectFrom('subscription').selectAll()
      if (page.organisationId !== undefined) q = q.where('organisation_id', '=', page.organisationId)
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute()
      return rows.map(fromRow)
    },
    async listActive(): Promise<SubscriptionRecord[]> {
      const rows = await db.selectFrom('subscription').selectAll().where('active', '=', 1).orderBy('id').execute()
      return rows.map(fromRow)
    },
    async appendState(id: string, subscriptionId: string, state: SubscriptionStateRecord): Promise<void> {
      await db.insertInto('subscription_state').values({
        id, subscription_id: subscriptionId, at: state.at, state: state.state, account_id: state.accountId ?? null,
      }).execute()
      await db.updateTable('subscription').set({ active: state.state === 'active' ? 1 : 0 }).where('id', '=', subscriptionId).execute()
    },
    async history(subscriptionId: string): Promise<SubscriptionStateRecord[]> {
      const rows = await db.selectFrom('subscription_state').selectAll().where('subscription_id', '=', subscriptionId)
        .orderBy('at').orderBy('id').limit(1000).execute()
      return rows.map((r) => ({ at: r.at, state: r.state, accountId: r.account_id ?? undefined }))
    },
  }
}

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>

function fromRow(row: Selectable<SubscriptionTable>): SubscriptionRecord {
  return {
    id: row.id, organisationId: row.organisation_id, createdBy: row.created_by ?? undefined, createdAt: row.created_at,
    url: row.url, types: JSON.parse(row.types) as string[], description: row.description, secret: row.secret, active: Number(row.active) === 1,
  }
}
