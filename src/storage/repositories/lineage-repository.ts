import type { Kysely, Selectable } from 'kysely'
import type { LineageEdge } from '../../domain/trace-graph.js'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database, LineageTable } from '../schema.js'

export type LineageRow = LineageTable
export interface StoredLineage extends LineageEdge {
  rowKind: string
  quantityMilli?: number
  uom?: string
  eventRowId: string
}


export function createLineageRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'insertRows' | 'maxParameters'>) {
  const select = async (column: 'from_unit_id' | 'to_unit_id', ids: string[]): Promise<StoredLineage[]> => {
    const edges: StoredLineage[] = []
    for (const chunk of chunkRows([...new Set(ids)], 1, dialect.maxParameters)) {
      if (chunk.length === 0) continue
      const rows = await db.selectFrom('lineage').selectAll().where(column, 'in', chunk).execute()
      edges.push(...rows.map(fromRow))
    }
    return edges
  }
  return {
    async insertMany(rows: LineageRow[]): Promise<void> {
      await dialect.insertRows(db, 'lineage', rows)
    },
    edgesFrom: (ids: string[]) => select('from_unit_id', ids),
    edgesTo: (ids: string[]) => select('to_unit_id', ids),
  }
}

export type LineageRepository = ReturnType<typeof createLineageRepository>

function fromRow(row: Selectable<LineageTable>): StoredLineage {
  return {
    kind: row.kind === 'transformation' ? 'transformation' : 'aggregation', rowKind: row.kind,
    fromId: row.from_unit_id, toId: row.to_unit_id, action: row.action === 'delete' ? 'delete' : 'add',
    eventId: row.event_id, eventTime: row.event_time, eventRowId: row.event_row_id,
    quantityMilli: row.quantity_milli ?? undefined, uom: row.uom ?? undefined,
  }
}
