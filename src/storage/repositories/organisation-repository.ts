import type { Kysely, Selectable } from 'kysely'
import type { Organisation, OrganisationKind, OrganisationStatus, Department } from '../../domain/accounts/organisation.js'
import type { CategoryCode } from '../../domain/categories.js'
import type { OrganisationTable } from '../account-schema.js'
import type { Database } from '../schema.js'

export interface OrganisationPage {
  limit: number
  offset: number
  kind?: OrganisationKind
  /** Only this organisation (a non-operator's view of the list). */
  onlyId?: string
}

export function createOrganisationRepository(db: Kysely<Database>) {
  return {
    async insert(organisation: Organisation): Promise<void> {
      await db.insertInto('organisation').values(toRow(organisation)).execute()
    },
    async findById(id: string): Promise<Organisation | undefined> {
      const row = await db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst()
      return row && fromRow(row)
    },
    /** Those of the ids that exist, in no particular order (one query, for short lists). */
    async findByIds(ids: string[]): Promise<Organisation[]> {
      const unique = [...new Set(ids)]
      if (unique.length === 0) return []
      const rows = await db.selectFrom('organisation').selectAll().where('id', 'in', unique).limit(unique.length).execute()
      return rows.map(fromRow)
    },
    async findByPartyId(partyId: string): Promise<Organisation | undefined> {
      const row = await db.selectFrom('organisation').selectAll().where('party_id', '=', partyId).where('status', '=', 'active').executeTakeFirst()
      return row && fromRow(row)
    },
    async list(page: OrganisationPage): Promise<Organisation[]> {
      let query = db.selectFrom('organisation').selectAll()
      if (page.kind) query = query.where('kind', '=', page.kind)
      if (page.onlyId) query = query.where('id', '=', page.onlyId)
      const rows = await query.orderBy('created_at').orderBy('id').limit(page.limit).offset(page.offset).execute()
      return rows.map(fromRow)
    },
    async setStatus(id: string, status: OrganisationStatus, partyId?: string): Promise<void> {
      await db.updateTable('organisation').set({ status, ...(partyId ? { party_id: partyId } : {}) }).where('id', '=', id).execute()
    },
    async authorisePlatform(platformOrganisationId: string, partyId: string, at: string): Promise<void> {
      await db.insertInto('platform_authorisation').values({ platform_organisation_id: platformOrganisationId, party_id: partyId, created_at: at, revoked_at: null }).execute()
    },
    /** Parties that authorised a third-party platform to act for them. */
    async authorisedParties(platformOrganisationId: string): Promise<string[]> {
      const rows = await db.selectFrom('platform_authorisation').select('party_id')
        .where('platform_organisation_id', '=', platformOrganisationId).where('revoked_at', 'is', null).execute()
      return rows.map((r) => r.party_id)
    },
  }
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>

function toRow(o: Organisation): OrganisationTable {
  return {
    id: o.id, kind: o.kind, name: o.name, status: o.status, department: o.department ?? null, region_code: o.regionCode ?? null,
    categories: JSON.stringify(o.categories), party_id: o.partyId ?? null, created_at: o.createdAt,
  }
}

function fromRow(row: Selectable<OrganisationTable>): Organisation {
  return {
    id: row.id, kind: row.kind as OrganisationKind, name: row.name, status: row.status as OrganisationStatus,
    department: (row.department ?? undefined) as Department | undefined, regionCode: row.region_code ?? undefined,
    categories: JSON.parse(row.categories) as CategoryCode[], partyId: row.party_id ?? undefined, createdAt: row.created_at,
  }
}
