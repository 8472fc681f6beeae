/** The notification outbox: append-only. */
import type { Insertable, Kysely, Selectable } from 'kysely'
import type { NotificationTable } from '../complaint-schema.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'

export interface NotificationRecord {
  id: string
  createdAt: string
  type: string
  subject: { kind: string; id: string }
  regionCode?: string
  partyIds: string[]
  categories: string[]
  data: Record<string, unknown>
}

export function createNotificationRepository(db: Kysely<Database>, dialect: Dialect) {
  return {
    async append(n: NotificationRecord): Promise<void> {
      await db.insertInto('notification').values(toRow(n)).execute()
    },
    /** Many at once, in as few statements as the engine allows (dialect.insertRows). */
    async appendMany(notifications: NotificationRecord[]): Promise<void> {
      await dialect.insertRows(db, 'notification', notifications.map(toRow))
    },
    async findById(id: string): Promise<NotificationRecord | undefined> {
      const row = await db.selectFrom('notification').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? fromRow(row) : undefined
    },
    /** Oldest first, for a subject (e.g. every notification about one recall). */
    async listBySubject(kind: string, id: string, limit: number): Promise<NotificationRecord[]> {
      const rows = await db.selectFrom('notification').selectAll().where('subject_kind', '=', kind).where('subject_id', '=', id)
        .orderBy('created_at').orderBy('id').limit(limit).execute()
      return rows.map(fromRow)
    },
  }
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>

function toRow(n: NotificationRecord): Insertable<NotificationTable> {
  return {
    id: n.id, created_at: n.createdAt, type: n.type, subject_kind: n.subject.kind, subject_id: n.subject.id,
    region_code: n.regionCode ?? null, party_ids: JSON.stringify(n.partyIds), categories: JSON.stringify(n.categories),
    data: JSON.stringify(n.data),
  }
}

function fromRow(row: Selectable<NotificationTable>): NotificationRecord {
  return {
    id: row.id, createdAt: row.created_at, type: row.type, subject: { kind: row.subject_kind, id: row.subject_id },
    regionCode: row.region_code ?? undefined, partyIds: JSON.parse(row.party_ids) as string[],
    categories: JSON.parse(row.categories) as string[], data: JSON.parse(row.data) as Record<string, unknown>,
  }
}
