import type { Kysely, Selectable } from 'kysely'
import type { PartyId, SiteId } from '../../domain/ids.js'
import type { Site } from '../../domain/master-data.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database, SiteTable } from '../schema.js'

export function createSiteRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'anyOf'>) {
  return {
    async insert(site: Site): Promise<void> {
      await db.insertInto('site').values(toRow(site)).execute()
    },
    async insertMany(sites: Site[]): Promise<void> {
      if (sites.length > 0) await db.insertInto('site').values(sites.map(toRow)).execute()
    },
    async findById(id: string): Promise<Site | undefined> {
      const row = await db.selectFrom('site').selectAll().where('id', '=', id).executeTakeFirst()
      return row && fromRow(row)
    },
    /** Looks sites up by id or GLN in one query. */
    async findByReferences(references: string[]): Promise<Site[]> {
      if (references.length === 0) return []
      const rows = await db.selectFrom('site').selectAll()
        .where((eb) => eb.or([eb('id', 'in', references), eb('gln', 'in', references)]))
        .execute()
      return rows.map(fromRow)
    },
    async findByIds(ids: string[]): Promise<Site[]> {
      if (ids.length === 0) return []
      return (await db.selectFrom('site').selectAll().where(dialect.anyOf('id', ids)).execute()).map(fromRow)
    },
    async listByParty(partyId: string, limit: number): Promise<Site[]> {
      const rows = await db.selectFrom('site').selectAll().where('party_id', '=', partyId).orderBy('created_at').limit(limit).execute()
      return rows.map(fromRow)
    },
  }
}

export type SiteRepository = ReturnType<typeof createSiteRepository>

function toRow(site: Site): SiteTable {
  return {
    id: site.id, party_id: site.partyId, name: site.name, kind: site.kind, region_code: site.regionCode,
    address: site.address ?? null, gln: site.gln ?? null, created_at: site.createdAt,
  }
}

function fromRow(row: Selectable<SiteTable>): Site {
  return {
    id: row.id as SiteId, partyId: row.party_id as PartyId, name: row.name, kind: row.kind, regionCode: row.region_code,
    address: row.address ?? undefined, gln: row.gln ?? undefined, createdAt: row.created_at,
  }
}
