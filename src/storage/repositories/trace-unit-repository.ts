import type { Kysely, Selectable } from 'kysely'
import type { TraceKind, TraceScheme } from '../../domain/identifiers/trace-key.js'
import type { PartyId, ProductId, TraceUnitId } from '../../domain/ids.js'
import type { TraceUnit } from '../../domain/master-data.js'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database, TraceUnitTable } from '../schema.js'


export function createTraceUnitRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'insertRows' | 'maxParameters' | 'anyOf'>) {
  /** The registered lots of a product among the given lot numbers, in one query per chunk. */
  const findLots = async (productId: string, lotNumbers: string[]): Promise<TraceUnit[]> => {
    const units: TraceUnit[] = []
    for (const chunk of chunkRows([...new Set(lotNumbers)], 1, dialect.maxParameters - 2)) {
      if (chunk.length === 0) continue
      const rows = await db.selectFrom('trace_unit').selectAll()
        .where('product_id', '=', productId).where('lot_number', 'in', chunk).where('kind', '=', 'lot')
        .execute()
      units.push(...rows.map(fromRow))
    }
    return units
  }

  return {
    async insertMany(units: TraceUnit[]): Promise<void> {
      await dialect.insertRows(db, 'trace_unit', units.map(toRow))
    },
    async findByKey(key: string): Promise<TraceUnit | undefined> {
      const row = await db.selectFrom('trace_unit').selectAll().where('key', '=', key).executeTakeFirst()
      return row && fromRow(row)
    },
    async findByKeys(keys: string[]): Promise<TraceUnit[]> {
      const units: TraceUnit[] = []
      for (const chunk of chunkRows(keys, 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('trace_unit').selectAll().where('key', 'in', chunk).execute()
        units.push(...rows.map(fromRow))
      }
      return units
    },
    async findByIds(ids: string[]): Promise<TraceUnit[]> {
      if (ids.length === 0) return []
      const rows = await db.selectFrom('trace_unit').selectAll().where(dialect.anyOf('id', ids)).execute()
      return rows.map(fromRow)
    },
    /** Lots of one product registered under a lot number (a product's GTIN is not needed). */
    async findLot(productId: string, lotNumber: string): Promise<TraceUnit | undefined> {
      return (await findLots(productId, [lotNumber]))[0]
    },
    findLots,
    /** The newest lots and items of products in a category (sample codes for the home page). */
    async listRecentOfCategory(category: string, limit: number): Promise<TraceUnit[]> {
      const rows = await db.selectFrom('trace_unit').innerJoin('product', 'product.id', 'trace_unit.product_id')
        .selectAll('trace_unit')
        .where('product.category', '=', category).where('trace_unit.kind', '!=', 'container')
        .orderBy('trace_unit.created_at', 'desc').orderBy('trace_unit.key').limit(limit).execute()
      return rows.map(fromRow)
    },
    /** Units, newest first (ties broken by code, so the order is stable). */
    async listRecent(limit: number, kind?: string): Promise<TraceUnit[]> {
      let query = db.selectFrom('trace_unit').selectAll()
      if (kind) query = query.where('kind', '=', kind)
      // Ties (units made in the same millisecond) break on the code, so the answer is the same every time.
      return (await query.orderBy('created_at', 'desc').orderBy('key').limit(limit).execute()).map(fromRow)
    },
  }
}

export type TraceUnitRepository = ReturnType<typeof createTraceUnitRepository>

function toRow(unit: TraceUnit): TraceUnitTable {
  return {
    id: unit.id, key: unit.key, scheme: unit.scheme, kind: unit.kind, product_id: unit.productId ?? null,
    gtin: unit.gtin ?? null, lot_number: unit.lotNumber ?? null, serial: unit.serial ?? null, party_id: unit.partyId ?? null,
    production_date: unit.productionDate ?? null, expiry_date: unit.expiryDate ?? null,
    quantity_milli: unit.quantityMilli ?? null, uom: unit.uom ?? null, created_at: unit.createdAt,
  }
}

function fromRow(row: Selectable<TraceUnitTable>): TraceUnit {
  return {
    id: row.id as TraceUnitId, key: row.key, scheme: row.scheme as TraceScheme, kind: row.kind as TraceKind,
    productId: (row.product_id ?? undefined) as ProductId | undefined, gtin: row.gtin ?? undefined,
    lotNumber: row.lot_number ?? undefined, serial: row.serial ?? undefined, partyId: (row.party_id ?? undefined) as PartyId | undefined,
    productionDate: row.production_date ?? undefined, expiryDate: row.expiry_date ?? undefined,
    quantityMilli: row.quantity_milli ?? undefined, uom: row.uom ?? undefined, createdAt: row.created_at,
  }
}
