/** Enterprise self-registrations (企业注册申请), pending until a regulator of their region decides. */
import type { Kysely, Selectable } from 'kysely'
import type { CategoryCode } from '../../domain/categories.js'
import type { Licence, PartyKind } from '../../domain/master-data.js'
import type { RegistrationTable } from '../account-schema.js'
import type { Database } from '../schema.js'

export type RegistrationStatus = 'pending' | 'approved' | 'rejected'

export interface Registration {
  id: string
  status: RegistrationStatus
  uscc: string
  name: string
  partyKind: PartyKind
  regionCode: string
  address?: string
  contactName?: string
  contactPhone?: string
  categories: CategoryCode[]
  licences: Licence[]
  organisationId: string
  createdAt: string
  decidedAt?: string
  decidedBy?: string
  reason?: string
}

export interface RegistrationPage {
  limit: number
  offset: number
  status?: RegistrationStatus
  /** Only registrations in this region subtree (a regulator's view); '' for all. */
  regionPrefix: string
}

export function createRegistrationRepository(db: Kysely<Database>) {
  return {
    async insert(r: Registration): Promise<void> {
      await db.insertInto('registration').values({
        id: r.id, status: r.status, uscc: r.uscc, name: r.name, party_kind: r.partyKind, region_code: r.regionCode, address: r.address ?? null,
        contact_name: r.contactName ?? null, contact_phone: r.contactPhone ?? null, categories: JSON.stringify(r.categories),
        licences: JSON.stringify(r.licences), organisation_id: r.organisationId, created_at: r.createdAt, decided_at: null, decided_by: null, reason: null,
      }).execute()
    },
    async findById(id: string): Promise<Registration | undefined> {
      const row = await db.selectFrom('registration').selectAll().where('id', '=', id).executeTakeFirst()
      return row && fromRow(row)
    },
    async findPendingByUscc(uscc: string): Promise<Registration | undefined> {
      const row = await db.selectFrom('registration').selectAll().where('uscc', '=', uscc).where('status', '=', 'pending').executeTakeFirst()
      return row && fromRow(row)
    },
    async list(page: RegistrationPage): Promise<Registration[]> {
      let query = db.selectFrom('registration').selectAll()
      if (page.status) query = query.where('status', '=', page.status)
      if (page.regionPrefix) query = query.where('region_code', 'like', `${page.regionPrefix}%`)
      const rows = await query.orderBy('created_at').orderBy('id').limit(page.limit).offset(page.offset).execute()
      return rows.map(fromRow)
    },
    /** Decides a pending registration; false when it was no longer pending (decided concurrently). */
    async decide(id: string, status: 'approved' | 'rejected', at: string, by: string, reason?: string): Promise<boolean> {
      const result = await db.updateTable('registration').set({ status, decided_at: at, decided_by: by, reason: reason ?? null })
        .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
  }
}

export type RegistrationRepository = ReturnType<typeof createRegistrationRepository>

function fromRow(row: Selectable<RegistrationTable>): Registration {
  return {
    id: row.id, status: row.status as RegistrationStatus, uscc: row.uscc, name: row.name, partyKind: row.party_kind as PartyKind,
    regionCode: row.region_code, address: row.address ?? undefined, contactName: row.contact_name ?? undefined,
    contactPhone: row.contact_phone ?? undefined, categories: JSON.parse(row.categories) as CategoryCode[],
    licences: JSON.parse(row.licences) as Licence[], organisationId: row.organisation_id, createdAt: row.created_at,
    decidedAt: row.decided_at ?? undefined, decidedBy: row.decided_by ?? undefined, reason: row.reason ?? undefined,
  }
}
