import type { Kysely, Selectable } from 'kysely'
import type { CategoryCode } from '../../domain/categories.js'
import type { PartyId } from '../../domain/ids.js'
import type { Licence, Party, PartyKind } from '../../domain/master-data.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database, PartyTable } from '../schema.js'

export interface PartyPage {
  limit: number
  offset: number
  regionPrefix?: string
  /** The caller's scope: only these parties (an enterprise's trading circle). */
  partyIds?: string[]
  /** The caller's scope: only parties working in one of these categories (a regulator's). */
  categories?: string[]
}

export function createPartyRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'anyOf'>) {
  return {
    async insert(party: Party): Promise<void> {
      await this.insertMany([party])
    },
    async insertMany(parties: Party[]): Promise<void> {
      if (parties.length === 0) return
      await db.insertInto('party').values(parties.map(toRow)).execute()
      const categories = parties.flatMap((p) => p.categories.map((category) => ({ party_id: p.id, category })))
      if (categories.length > 0) await db.insertInto('party_category').values(categories).execute()
    },
    async findById(id: string): Promise<Party | undefined> {
      const row = await db.selectFrom('party').selectAll().where('id', '=', id).executeTakeFirst()
      return row && fromRow(row)
    },
    async findByUscc(uscc: string): Promise<Party | undefined> {
      const row = await db.selectFrom('party').selectAll().where('uscc', '=', uscc).executeTakeFirst()
      return row && fromRow(row)
    },
    /** Looks parties up by id, USCC or GLN, all in one query. */
    async findByReferences(references: string[]): Promise<Party[]> {
      if (references.length === 0) return []
      const rows = await db.selectFrom('party').selectAll()
        .where((eb) => eb.or([eb('id', 'in', references), eb('uscc', 'in', references), eb('gln', 'in', references)]))
        .execute()
      return rows.map(fromRow)
    },
    async findByIds(ids: string[]): Promise<Party[]> {
      if (ids.length === 0) return []
      const rows = await db.selectFrom('party').selectAll().where(dialect.anyOf('id', ids)).execute()
      return rows.map(fromRow)
    },
    async list(page: PartyPage): Promise<Party[]> {
      let query = db.selectFrom('party').selectAll()
      if (page.regionPrefix) query = query.where('region_code', 'like', `${page.regionPrefix}%`)
      if (page.partyIds?.length === 0 || page.categories?.length === 0) return []
      if (page.partyIds) query = query.where('id', 'in', page.partyIds)
      const categories = page.categories
      if (categories) query = query.where('id', 'in', (eb) => eb.selectFrom('party_category').select('party_id').where('category', 'in', categories))
      const rows = await query.orderBy('created_at').orderBy('id').limit(page.limit).offset(page.offset).execute()
      return rows.map(fromRow)
    },
  }
}

export type PartyRepository = ReturnType<typeof createPartyRepository>

function toRow(party: Party): PartyTable {
  return {
    id: party.id, uscc: party.uscc ?? null, gln: party.gln ?? null, name: party.name, kind: party.kind,
    region_code: party.regionCode, address: party.address ?? null, contact_name: party.contactName ?? null,
    contact_phone: party.contactPhone ?? null, categories: JSON.stringify(party.categories),
    licences: JSON.stringify(party.licences), created_at: party.createdAt,
  }
}

function fromRow(row: Selectable<PartyTable>): Party {
  return {
    id: row.id as PartyId, uscc: row.uscc ?? undefined, gln: row.gln ?? undefined, name: row.name,
    kind: row.kind as PartyKind, regionCode: row.region_code, address: row.address ?? undefined,
    contactName: row.contact_name ?? undefined, contactPhone: row.contact_phone ?? undefined,
    categories: JSON.parse(row.categories) as CategoryCode[], licences: JSON.parse(row.licences) as Licence[],
    createdAt: row.created_at,
  }
}
