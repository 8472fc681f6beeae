import type { Kysely, Selectable } from 'kysely'
import type { CustodyRole } from '../../domain/events/effects.js'
import type { CustodyRecord } from '../../domain/holdings.js'
import { chunkRows } from '../chunk.js'
import type { CustodyTable, Database } from '../schema.js'

export type CustodyRow = CustodyTable
const CUSTODY_COLUMNS = 14

export function createCustodyRepository(db: Kysely<Database>, maxParameters: number) {
  return {
    async insertMany(rows: CustodyRow[]): Promise<void> {
      for (const chunk of chunkRows(rows, CUSTODY_COLUMNS, maxParameters)) {
        if (chunk.length > 0) await db.insertInto('custody').values(chunk).execute()
      }
    },
    async findByUnitIds(unitIds: string[]): Promise<CustodyRecord[]> {
      const records: CustodyRecord[] = []
      for (const chunk of chunkRows([...new Set(unitIds)], 1, maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('custody').selectAll().where('unit_id', 'in', chunk).orderBy('event_time').execute()
        records.push(...rows.map(fromRow))
      }
      return records
    },
  }
}

export type CustodyRepository = ReturnType<typeof createCustodyRepository>

function fromRow(row: Selectable<CustodyTable>): CustodyRecord {
  return {
    unitId: row.unit_id, role: row.role as CustodyRole, partyId: row.party_id ?? undefined, partyRef: row.party_ref ?? undefined,
    siteId: row.site_id ?? undefined, regionCode: row.region_code ?? undefined, counterpartyId: row.counterparty_id ?? undefined,
    counterpartyRef: row.counterparty_ref ?? undefined, quantityMilli: row.quantity_milli ?? undefined, uom: row.uom ?? undefined,
    eventRowId: row.event_row_id, eventId: row.event_id, eventTime: row.event_time,
  }
}
