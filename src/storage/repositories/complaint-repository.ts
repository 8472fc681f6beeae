/**
 * Complaints (投诉). The complaint row is recorded once; its workflow is the append-only `complaint_event`
 * history, restated in the derived columns (status, assignee, due_at, answer, updated_at) for listing.
 */
import type { Kysely, Selectable } from 'kysely'
import type { ComplaintEventTable, ComplaintTable } from '../complaint-schema.js'
import type { Database } from '../schema.js'

export interface ComplaintRecord {
  id: string
  number: string
  createdAt: string
  source: 'web' | 'hotline'
  hotlineTicket?: string
  code?: string
  unitId?: string
  text: string
  contactName?: string
  contactPhone?: string
  contactEmail?: string
  regionCode?: string
  category?: string
  receiptHash: string
  status: string
  assigneeOrganisationId?: string
  dueAt?: string
  answer?: string
  finding?: string
  updatedAt: string
}

export interface ComplaintEventRecord {
  id: string
  complaintId: string
  at: string
  kind: string
  status: string
  note?: string
  answer?: string
  finding?: string
  assigneeOrganisationId?: string
  dueAt?: string
  actorOrganisationId?: string
  actorAccountId?: string
}

export interface ComplaintPhotoRecord {
  id: string
  complaintId: string
  position: number
  contentType: string
  byteSize: number
  data: string
}

export type ComplaintSort = 'created_at' | 'due_at' | 'updated_at' | 'number'

export interface ComplaintListQuery {
  /** Scope: undefined = everything (operator); else the region subtree + categories, or assigned to the org. */
  scope?: { regionPrefix: string; categories: string[]; organisationId?: string }
  status?: string
  /** Only complaints whose current deadline is before this instant (and not closed). */
  overdueAt?: string
  category?: string
  regionPrefix?: string
  code?: string
  assigneeOrganisationId?: string
  sort: ComplaintSort
  descending: boolean
  limit: number
  offset: number
}

export function createComplaintRepository(db: Kysely<Database>) {
  function filtered(query: Omit<ComplaintListQuery, 'sort' | 'descending' | 'limit' | 'offset'>) {
    let q = db.selectFrom('complaint')
    const scope = query.scope
    if (scope) {
      q = q.where((eb) => {
        const inRegion = eb.and([
          eb('complaint.region_code', 'like', `${scope.regionPrefix}%`),
          scope.categories.length > 0 ? eb('complaint.category', 'in', scope.categories) : eb.lit(false),
        ])
        return scope.organisationId ? eb.or([inRegion, eb('complaint.assignee_organisation_id', '=', scope.organisationId)]) : inRegion
      })
    }
    if (query.status) q = q.where('complaint.status', '=', query.status)
    if (query.overdueAt) q = q.where('complaint.due_at', '<', query.overdueAt).where('complaint.status', '!=', 'closed')
    if (query.category) q = q.where('complaint.category', '=', query.category)
    if (query.regionPrefix) q = q.where('complaint.region_code', 'like', `${query.regionPrefix}%`)
    if (query.code) q = q.where('complaint.code', '=', query.code)
    if (query.assigneeOrganisationId) q = q.where('complaint.assignee_organisation_id', '=', query.assigneeOrganisationId)
    return q
  }

  return {
    async insert(c: ComplaintRecord): Promise<void> {
      await db.insertInto('complaint').values(toRow(c)).execute()
    },
    async findById(id: string): Promise<ComplaintRecord | undefined> {
      const row = await db.selectFrom('complaint').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? fromRow(row) : undefined
    },
    async findByNumber(num: string): Promise<ComplaintRecord | undefined> {
      const row = await db.selectFrom('complaint').selectAll().where('number', '=', num).executeTakeFirst()
      return row ? fromRow(row) : undefined
    },
    /** Hotline tickets (工单编号) already imported, of those given. */
    async existingHotlineTickets(tickets: string[]): Promise<Map<string, string>> {
      if (tickets.length === 0) return new Map()
      const rows = await db.selectFrom('complaint').select(['hotline_ticket', 'id']).where('hotline_ticket', 'in', tickets).execute()
      return new Map(rows.map((r) => [r.hotline_ticket as string, r.id]))
    },
    async list(query: ComplaintListQuery): Promise<ComplaintRecord[]> {
      const rows = await filtered(query).selectAll()
        .orderBy(`complaint.${query.sort}`, query.descending ? 'desc' : 'asc').orderBy('complaint.id', query.descending ? 'desc' : 'asc')
        .limit(query.limit).offset(query.offset).execute()
      return rows.map(fromRow)
    },
    async count(query: Omit<ComplaintListQuery, 'sort' | 'descending' | 'limit' | 'offset'>): Promise<number> {
      const row = await filtered(query).select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirstOrThrow()
      return Number(row.n)
    },
    /** Appends a history row and restates the derived columns of the complaint. */
    async appendEvent(e: ComplaintEventRecord): Promise<void> {
      await db.insertInto('complaint_event').values({
        id: e.id, complaint_id: e.complaintId, at: e.at, kind: e.kind, status: e.status, note: e.note ?? null, answer: e.answer ?? null, finding: e.finding ?? null,
        assignee_organisation_id: e.assigneeOrganisationId ?? null, due_at: e.dueAt ?? null,
        actor_organisation_id: e.actorOrganisationId ?? null, actor_account_id: e.actorAccountId ?? null,
      }).execute()
      const derived: Partial<ComplaintTable> = { status: e.status, updated_at: e.at, assignee_organisation_id: e.assigneeOrganisationId ?? null, due_at: e.dueAt ?? null }
      if (e.answer !== undefined) derived.answer = e.answer
      if (e.finding !== undefined) derived.finding = e.finding
      await db.updateTable('complaint').set(derived).where('id', '=', e.complaintId).execute()
    },
    /** Oldest first. */
    async events(complaintId: string): Promise<ComplaintEventRecord[]> {
      const rows = await db.selectFrom('complaint_event').selectAll().where('complaint_id', '=', complaintId)
        .orderBy('at').orderBy('id').limit(1000).execute()
      return rows.map(eventFromRow)
    },
    async insertPhoto(p: ComplaintPhotoRecord): Promise<void> {
      await db.insertInto('complaint_photo').values({
        id: p.id, complaint_id: p.complaintId, position: p.position, content_type: p.contentType, byte_size: p.byteSize, data: p.data,
      }).execute()
    },
    /** Photo metadata (without the image data), in order. */
    async photosOf(complaintId: string): Promise<Omit<ComplaintPhotoRecord, 'data'>[]> {
      const rows = await db.selectFrom('complaint_photo').select(['id', 'complaint_id', 'position', 'content_type', 'byte_size'])
        .where('complaint_id', '=', complaintId).orderBy('position').limit(10).execute()
      return rows.map((r) => ({ id: r.id, complaintId: r.complaint_id, position: Number(r.position), contentType: r.content_type, byteSize: Number(r.byte_size) }))
    },
    async findPhoto(complaintId: string, photoId: string): Promise<ComplaintPhotoRecord | undefined> {
      const r = await db.selectFrom('complaint_photo').selectAll().where('complaint_id', '=', complaintId).where('id', '=', photoId).executeTakeFirst()
      return r ? { id: r.id, complaintId: r.complaint_id, position: Number(r.position), contentType: r.content_type, byteSize: Number(r.byte_size), data: r.data } : undefined
    },
  }
}

export type ComplaintRepository = ReturnType<typeof createComplaintRepository>

function toRow(c: ComplaintRecord): ComplaintTable {
  return {
    id: c.id, number: c.number, created_at: c.createdAt, source: c.source, hotline_ticket: c.hotlineTicket ?? null, code: c.code ?? null,
    unit_id: c.unitId ?? null, text: c.text, contact_name: c.contactName ?? null, contact_phone: c.contactPhone ?? null,
    contact_email: c.contactEmail ?? null, region_code: c.regionCode ?? null, category: c.category ?? null, receipt_hash: c.receiptHash,
    status: c.status, assignee_organisation_id: c.assigneeOrganisationId ?? null, due_at: c.dueAt ?? null, answer: c.answer ?? null, finding: c.finding ?? null, updated_at: c.updatedAt,
  }
}

function fromRow(r: Selectable<ComplaintTable>): ComplaintRecord {
  return {
    id: r.id, number: r.number, createdAt: r.created_at, source: r.source, hotlineTicket: r.hotline_ticket ?? undefined, code: r.code ?? undefined,
    unitId: r.unit_id ?? undefined, text: r.text, contactName: r.contact_name ?? undefined, contactPhone: r.contact_phone ?? undefined,
    contactEmail: r.contact_email ?? undefined, regionCode: r.region_code ?? undefined, category: r.category ?? undefined, receiptHash: r.receipt_hash,
    status: r.status, assigneeOrganisationId: r.assignee_organisation_id ?? undefined, dueAt: r.due_at ?? undefined, answer: r.answer ?? undefined, finding: r.finding ?? undefined, updatedAt: r.updated_at,
  }
}

function eventFromRow(r: Selectable<ComplaintEventTable>): ComplaintEventRecord {
  return {
    id: r.id, complaintId: r.complaint_id, at: r.at, kind: r.kind, status: r.status, note: r.note ?? undefined, answer: r.answer ?? undefined, finding: r.finding ?? undefined,
    assigneeOrganisationId: r.assignee_organisation_id ?? undefined, dueAt: r.due_at ?? undefined,
    actorOrganisationId: r.actor_organisation_id ?? undefined, actorAccountId: r.actor_account_id ?? undefined,
  }
}
