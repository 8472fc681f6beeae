import type { Kysely, Selectable } from 'kysely'
import type { LineageEdge } from '../../domain/trace-graph.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database, LineageTable } from '../schema.js'

export type LineageRow = LineageTable
export interface StoredLineage extends LineageEdge {
  rowKind: string
  quantityMilli?: number
  uom?: string
  eventRowId: string
}


export function createLineageRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'insertRows' | 'anyOf'>) {
  /** Edges of the given units, leaving out those of events later declared erroneous (one query). */
  const select = async (column: 'from_unit_id' | 'to_unit_id', ids: string[]): Promise<StoredLineage[]> => {
    if (ids.length === 0) return []
    const rows = await db.selectFrom('lineage')
      .selectAll('lineage')
      .where(dialect.anyOf(`lineage.${column}`, [...new Set(ids)]))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_error').select('event_error.id').whereRef('event_error.event_row_id', '=', 'lineage.event_row_id'))))
      .execute()
    return rows.map(fromRow)
  }
  return {
    async insertMany(rows: LineageRow[]): Promise<void> {
      await dialect.insertRows(db, 'lineage', rows)
    },
    /** Edges from `fromIds` or to `toIds`, without retracted ones, in one query. */
    async edgesAround(fromIds: string[], toIds: string[]): Promise<StoredLineage[]> {
      if (fromIds.length + toIds.length === 0) return []
      const rows = await db.selectFrom('lineage')
        .selectAll('lineage')
        .where((eb) => eb.or([
          ...(fromIds.length > 0 ? [dialect.anyOf('lineage.from_unit_id', [...new Set(fromIds)])] : []),
          ...(toIds.length > 0 ? [dialect.anyOf('lineage.to_unit_id', [...new Set(toIds)])] : []),
        ]))
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_error').select('event_error.id').whereRef('event_error.event_row_id', '=', 'lineage.event_row_id'))))
        .execute()
      return rows.map(fromRow)
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
