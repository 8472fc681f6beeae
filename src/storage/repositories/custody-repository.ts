import type { Kysely, Selectable } from 'kysely'
import type { CustodyRole } from '../../domain/events/effects.js'
import type { CustodyRecord } from '../../domain/holdings.js'
import type { Dialect } from '../dialect/dialect.js'
import type { CustodyTable, Database } from '../schema.js'

export type CustodyRow = CustodyTable

export function createCustodyRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'insertRows' | 'anyOf'>) {
  return {
    async insertMany(rows: CustodyRow[]): Promise<void> {
      await dialect.insertRows(db, 'custody', rows)
    },
    /** Custody of the units, oldest first, without records of events later declared erroneous. */
    async findByUnitIds(unitIds: string[]): Promise<CustodyRecord[]> {
      if (unitIds.length === 0) return []
      const rows = await db.selectFrom('custody').select(RECORD_COLUMNS).where(dialect.anyOf('custody.unit_id', [...new Set(unitIds)]))
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_error').select('event_error.id').whereRef('event_error.event_row_id', '=', 'custody.event_row_id'))))
        .orderBy('custody.event_time').execute()
      return rows.map(fromRow)
    },
  }
}

export type CustodyRepository = ReturnType<typeof createCustodyRepository>

/** Every column a record needs (not the row's own id): an impact reads tens of thousands of rows. */
const RECORD_COLUMNS = [
  'custody.unit_id', 'custody.role', 'custody.party_id', 'custody.party_ref', 'custody.site_id', 'custody.region_code', 'custody.counterparty_id',
  'custody.counterparty_ref', 'custody.quantity_milli', 'custody.uom', 'custody.event_row_id', 'custody.event_id', 'custody.event_time',
] as const

function fromRow(row: Omit<Selectable<CustodyTable>, 'id'>): CustodyRecord {
  return {
    unitId: row.unit_id, role: row.role as CustodyRole, partyId: row.party_id ?? undefined, partyRef: row.party_ref ?? undefined,
    siteId: row.site_id ?? undefined, regionCode: row.region_code ?? undefined, counterpartyId: row.counterparty_id ?? undefined,
    counterpartyRef: row.counterparty_ref ?? undefined, quantityMilli: row.quantity_milli ?? undefined, uom: row.uom ?? undefined,
    eventRowId: row.event_row_id, eventId: row.event_id, eventTime: row.event_time,
  }
}
