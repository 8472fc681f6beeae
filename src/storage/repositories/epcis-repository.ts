/**
 * EPCIS repository storage: capture jobs of `POST /epcis/capture`, named queries, and the event query of
 * `GET /epcis/events` over the event table's columns and the custody index (which names every code of an
 * event). Order is (record_time, id): captures append, so a page token stays valid while new events arrive.
 */
import type { Kysely, Selectable } from 'kysely'
import type { EpcisCaptureJobTable, EpcisQueryTable } from '../epcis-schema.js'
import type { Database } from '../schema.js'
import { fromEventRow, type StoredEvent } from './event-repository.js'

export type CaptureJobRow = EpcisCaptureJobTable
export type NamedQueryRow = EpcisQueryTable

export interface EventQueryFilter {
  eventTypes?: string[]
  actions?: string[]
  eventTimeFrom?: string
  eventTimeBefore?: string
  recordTimeFrom?: string
  recordTimeBefore?: string
  bizSteps?: string[]
  dispositions?: string[]
  readPoints?: string[]
  bizLocations?: string[]
  eventIds?: string[]
  /** Events naming any of these trace units (through the custody index). */
  unitIds?: string[]
  /** Exclusive lower bound of the page, from the previous page's last event. */
  after?: { recordTime: string; rowId: string }
  limit: number
}

export function createEpcisRepository(db: Kysely<Database>) {
  return {
    async insertJob(row: CaptureJobRow): Promise<void> {
      await db.insertInto('epcis_capture_job').values(row).execute()
    },
    async findJob(id: string): Promise<Selectable<EpcisCaptureJobTable> | undefined> {
      return db.selectFrom('epcis_capture_job').selectAll().where('id', '=', id).executeTakeFirst()
    },
    /** The oldest waiting job, marked running; undefined when none waits (or another worker took it). */
    async claimNextJob(now: string): Promise<Selectable<EpcisCaptureJobTable> | undefined> {
      const next = await db.selectFrom('epcis_capture_job').select('id').where('state', '=', 'waiting').orderBy('created_at').orderBy('id').limit(1).executeTakeFirst()
      if (!next) return undefined
      const claimed = await db.updateTable('epcis_capture_job').set({ state: 'running', started_at: now }).where('id', '=', next.id).where('state', '=', 'waiting').executeTakeFirst()
      if (Number(claimed.numUpdatedRows) !== 1) return undefined
      return db.selectFrom('epcis_capture_job').selectAll().where('id', '=', next.id).executeTakeFirst()
    },
    async finishJob(id: string, finishedAt: string, success: boolean, errors: unknown[]): Promise<void> {
      await db.updateTable('epcis_capture_job')
        .set({ state: 'finished', finished_at: finishedAt, success: success ? 1 : 0, errors: JSON.stringify(errors), document: null })
        .where('id', '=', id).execute()
    },
    async insertQuery(row: NamedQueryRow): Promise<void> {
      await db.insertInto('epcis_query').values(row).execute()
    },
    async findQuery(name: string): Promise<Selectable<EpcisQueryTable> | undefined> {
      return db.selectFrom('epcis_query').selectAll().where('name', '=', name).executeTakeFirst()
    },
    async listQueries(limit: number): Promise<Selectable<EpcisQueryTable>[]> {
      return db.selectFrom('epcis_query').selectAll().orderBy('name').limit(limit).execute()
    },
    async deleteQuery(name: string): Promise<boolean> {
      const result = await db.deleteFrom('epcis_query').where('name', '=', name).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
    async queryEvents(filter: EventQueryFilter): Promise<StoredEvent[]> {
      if (filter.unitIds !== undefined && filter.unitIds.length === 0) return []
      let query = db.selectFrom('event').selectAll('event')
      const inList = (column: 'type' | 'action' | 'biz_step' | 'disposition' | 'read_point' | 'biz_location' | 'event_id', values?: string[]) => {
        if (values !== undefined) query = query.where(column, 'in', values.length > 0 ? values : [''])
      }
      inList('type', filter.eventTypes)
      inList('action', filter.actions)
      inList('biz_step', filter.bizSteps)
      inList('disposition', filter.dispositions)
      inList('read_point', filter.readPoints)
      inList('biz_location', filter.bizLocations)
      inList('event_id', filter.eventIds)
      if (filter.eventTimeFrom) query = query.where('event_time', '>=', filter.eventTimeFrom)
      if (filter.eventTimeBefore) query = query.where('event_time', '<', filter.eventTimeBefore)
      if (filter.recordTimeFrom) query = query.where('record_time', '>=', filter.recordTimeFrom)
      if (filter.recordTimeBefore) query = query.where('record_time', '<', filter.recordTimeBefore)
      if (filter.unitIds) {
        const units = filter.unitIds
        query = query.where('event.id', 'in', (eb) => eb.selectFrom('custody').select('custody.event_row_id').where('custody.unit_id', 'in', units))
      }
      const after = filter.after
      if (after) {
        query = query.where((eb) => eb.or([eb('record_time', '>', after.recordTime), eb.and([eb('record_time', '=', after.recordTime), eb('event.id', '>', after.rowId)])]))
      }
      const rows = await query.orderBy('record_time').orderBy('event.id').limit(filter.limit).execute()
      return rows.map(fromEventRow)
    },
  }
}

export type EpcisRepository = ReturnType<typeof createEpcisRepository>
