import type { Kysely, Selectable } from 'kysely'
import type { CategoryCode } from '../../domain/categories.js'
import type { PartyId, ProductId } from '../../domain/ids.js'
import type { Product } from '../../domain/master-data.js'
import type { Database, ProductTable } from '../schema.js'

export function createProductRepository(db: Kysely<Database>) {
  return {
    async insert(product: Product): Promise<void> {
      await db.insertInto('product').values(toRow(product)).execute()
    },
    async insertMany(products: Product[]): Promise<void> {
      if (products.length > 0) await db.insertInto('product').values(products.map(toRow)).execute()
    },
    async findById(id: string): Promise<Product | undefined> {
      const row = await db.selectFrom('product').selectAll().where('id', '=', id).executeTakeFirst()
      return row && fromRow(row)
    },
    async findByIds(ids: string[]): Promise<Product[]> {
      if (ids.length === 0) return []
      return (await db.selectFrom('product').selectAll().where('id', 'in', ids).execute()).map(fromRow)
    },
    async findByGtins(gtins: string[]): Promise<Product[]> {
      if (gtins.length === 0) return []
      return (await db.selectFrom('product').selectAll().where('gtin', 'in', gtins).execute()).map(fromRow)
    },
    async list(limit: number, offset: number, category?: string): Promise<Product[]> {
      let query = db.selectFrom('product').selectAll()
      if (category) query = query.where('category', '=', category)
      return (await query.orderBy('created_at').orderBy('id').limit(limit).offset(offset).execute()).map(fromRow)
    },
  }
}

export type ProductRepository = ReturnType<typeof createProductRepository>

function toRow(product: Product): ProductTable {
  return {
    id: product.id, party_id: product.partyId ?? null, category: product.category, name: product.name,
    specification: product.specification ?? null, uom: product.uom, gtin: product.gtin ?? null,
    shelf_life_days: product.shelfLifeDays ?? null, approval_number: product.approvalNumber ?? null,
    origin_region_code: product.originRegionCode ?? null, created_at: product.createdAt,
  }
}

function fromRow(row: Selectable<ProductTable>): Product {
  return {
    id: row.id as ProductId, partyId: (row.party_id ?? undefined) as PartyId | undefined, category: row.category as CategoryCode,
    name: row.name, specification: row.specification ?? undefined, uom: row.uom, gtin: row.gtin ?? undefined,
    shelfLifeDays: row.shelf_life_days ?? undefined, approvalNumber: row.approval_number ?? undefined,
    originRegionCode: row.origin_region_code ?? undefined, createdAt: row.created_at,
  }
}
