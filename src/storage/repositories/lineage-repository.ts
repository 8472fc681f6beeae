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
  /** Edges of the given units, leaving out those of events later declared erroneous (one query per chunk). */
  const select = async (column: 'from_unit_id' | 'to_unit_id', ids: string[]): Promise<StoredLineage[]> => {
    const edges: StoredLineage[] = []
    for (const chunk of chunkRows([...new Set(ids)], 1, dialect.maxParameters)) {
      if (chunk.length === 0) continue
      const rows = await db.selectFrom('lineage')
        .selectAll('lineage')
        .where(`lineage.${column}`, 'in', chunk)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_error').select('event_error.id').whereRef('event_error.event_row_id', '=', 'lineage.event_row_id'))))
        .execute()
      edges.push(...rows.map(fromRow))
    }
    return edges
  }
  return {
    async insertMany(rows: LineageRow[]): Promise<void> {
      await dialect.insertRows(db, 'lineage', rows)
    },
    /** Edges from `fromIds` or to `toIds`, without retracted ones, in one query per chunk. */
    async edgesAround(fromIds: string[], toIds: string[]): Promise<StoredLineage[]> {
      const edges: StoredLineage[] = []
      const half = Math.floor(dialect.maxParameters / 2)
      const froms = chunkRows([...new Set(fromIds)], 1, half)
      const tos = chunkRows([...new Set(toIds)], 1, half)
      for (let i = 0; i < Math.max(froms.length, tos.length); i++) {
        const from = froms[i] ?? []
        const to = tos[i] ?? []
        if (from.length + to.length === 0) continue
        const rows = await db.selectFrom('lineage')
          .selectAll('lineage')
          .where((eb) => eb.or([
            ...(from.length > 0 ? [eb('lineage.from_unit_id', 'in', from)] : []),
            ...(to.length > 0 ? [eb('lineage.to_unit_id', 'in', to)] : []),
          ]))
          .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_error').select('event_error.id').whereRef('event_error.event_row_id', '=', 'lineage.event_row_id'))))
          .execute()
        edges.push(...rows.map(fromRow))
      }
      return edges
    },
    /** Edges from the units, without retracted ones. */
    edgesFrom: (ids: string[]) => select('from_unit_id', ids),
    /** Edges to the units, without retracted ones. */
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
