import type { Kysely, Selectable } from 'kysely'
import type { EventRowId } from '../../domain/ids.js'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database, EventErrorTable, EventTable } from '../schema.js'

export type EventRow = EventTable
export interface StoredEvent {
  rowId: EventRowId
  eventId: string
  type: string
  eventTime: string
  eventTimeZoneOffset: string
  recordTime: string
  bizStep?: string
  disposition?: string
  category?: string
  partyId?: string
  siteId?: string
  contentHash: string
  /** CBV event hash ID; absent on rows captured before hash IDs were stored. */
  hashId?: string
  document: Record<string, unknown>
  findings: unknown[]
}


export function createEventRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'insertRows' | 'maxParameters'>) {
  return {
    async insertMany(rows: EventRow[]): Promise<void> {
      await dialect.insertRows(db, 'event', rows)
    },
    async insertErrorDeclarations(rows: EventErrorTable[]): Promise<void> {
      await dialect.insertRows(db, 'event_error', rows)
    },
    /** eventID → row id and content hash, for idempotency checks. */
    async findHashesByEventIds(eventIds: string[]): Promise<Map<string, { rowId: string; contentHash: string }>> {
      const found = new Map<string, { rowId: string; contentHash: string }>()
      for (const chunk of chunkRows(eventIds, 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('event').select(['id', 'event_id', 'content_hash']).where('event_id', 'in', chunk).execute()
        for (const row of rows) found.set(row.event_id, { rowId: row.id, contentHash: row.content_hash })
      }
      return found
    },
    /** hash ID → row id and eventID of stored events, for de-duplication across systems. */
    async findByHashIds(hashIds: string[]): Promise<Map<string, { rowId: string; eventId: string }>> {
      const found = new Map<string, { rowId: string; eventId: string }>()
      for (const chunk of chunkRows(hashIds, 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('event').select(['id', 'event_id', 'hash_id']).where('hash_id', 'in', chunk).execute()
        for (const row of rows) if (row.hash_id) found.set(row.hash_id, { rowId: row.id, eventId: row.event_id })
      }
      return found
    },
    async findByEventId(eventId: string): Promise<StoredEvent | undefined> {
      const row = await db.selectFrom('event').selectAll().where('event_id', '=', eventId).executeTakeFirst()
      return row && fromEventRow(row)
    },
    async findByRowIds(rowIds: string[]): Promise<StoredEvent[]> {
      const events: StoredEvent[] = []
      for (const chunk of chunkRows(rowIds, 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        events.push(...(await db.selectFrom('event').selectAll().where('id', 'in', chunk).execute()).map(fromEventRow))
      }
      return events
    },
    /** Row ids among the given ones that an error declaration retracted. */
    async findDeclaredErroneous(rowIds: string[]): Promise<Set<string>> {
      const declared = new Set<string>()
      for (const chunk of chunkRows(rowIds, 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('event_error').select('event_row_id').where('event_row_id', 'in', chunk).execute()
        for (const row of rows) declared.add(row.event_row_id)
      }
      return declared
    },
    async countAll(): Promise<number> {
      const row = await db.selectFrom('event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      return Number(row.n)
    },
    async countByCategory(): Promise<Map<string, number>> {
      const rows = await db.selectFrom('event').select(['category', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('category').execute()
      return new Map(rows.map((r) => [r.category ?? 'unknown', Number(r.n)]))
    },
  }
}

export type EventRepository = ReturnType<typeof createEventRepository>

export function fromEventRow(row: Selectable<EventTable>): StoredEvent {
  return {
    rowId: row.id as EventRowId, eventId: row.event_id, type: row.type, eventTime: row.event_time,
    eventTimeZoneOffset: row.event_time_zone_offset, recordTime: row.record_time, bizStep: row.biz_step ?? undefined,
    disposition: row.disposition ?? undefined, category: row.category ?? undefined, partyId: row.party_id ?? undefined,
    siteId: row.site_id ?? undefined, contentHash: row.content_hash, hashId: row.hash_id ?? undefined, document: JSON.parse(row.document) as Record<string, unknown>,
    findings: JSON.parse(row.findings) as unknown[],
  }
}
