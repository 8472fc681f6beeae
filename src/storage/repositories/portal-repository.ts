/**
 * The enterprise portal's reads, each paged, sorted and filtered in SQL: holdings (进销存) per lot or item,
 * the party's own events and their data-quality findings, the one-step-up/one-step-down partner lines,
 * shipments addressed to the party that it has not received yet (expected receipts), a name search over
 * registered parties for the pickers, and the append-only licence history.
 */
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely'
import type { Database, PortalLicenceTable } from '../schema.js'

type Custody = ExpressionBuilder<Database & { c: Database['custody'] }, 'c'>

/** Roles that add to a holder's books and those that take away (domain/holdings.ts, without unconfirmed). */
const IN_ROLES = ['made', 'received'] as const
const OUT_ROLES = ['shipped', 'sold', 'used', 'destroyed'] as const

export type HoldingSort = 'lastAt' | 'remaining' | 'code' | 'product'
export type EventSort = 'eventTime' | 'bizStep'
export type PartnerSort = 'eventTime' | 'partner' | 'code'
export type Direction = 'asc' | 'desc'

export interface PageRequest<S extends string> {
  limit: number
  offset: number
  sort: S
  direction: Direction
}

export interface HoldingRow {
  unitId: string
  code: string
  kind: string
  lotNumber?: string
  productId?: string
  productName?: string
  uom?: string
  madeMilli: number
  receivedMilli: number
  shippedMilli: number
  soldMilli: number
  usedMilli: number
  destroyedMilli: number
  remainingMilli: number
  lastAt: string
}

export interface PortalEventRow {
  rowId: string
  eventId: string
  type: string
  bizStep?: string
  eventTime: string
  category?: string
  siteId?: string
  document: string
  findings: string
}

export interface PartnerRow {
  direction: 'up' | 'down'
  unitId: string
  code: string
  lotNumber?: string
  productName?: string
  partnerId?: string
  partnerRef?: string
  partnerName?: string
  partnerUscc?: string
  quantityMilli?: number
  uom?: string
  eventId: string
  eventTime: string
}

export interface ExpectedLine {
  eventRowId: string
  eventId: string
  eventTime: string
  shipperId?: string
  receiverId: string
  unitId: string
  code: string
  productName?: string
  quantityMilli?: number
  uom?: string
}

export interface PartyHit {
  id: string
  name: string
  uscc?: string
  kind: string
  regionCode: string
}

export type LicenceRow = PortalLicenceTable

const num = (value: unknown) => Number(value ?? 0)
const opt = <T>(value: T | null): T | undefined => value ?? undefined
/** `%` and `_` typed by a user are literal characters, not wildcards. */
const likeText = (text: string) => `%${text.replace(/[%_\\]/g, '')}%`

/** SUM ignores NULL: a CASE without ELSE counts only the rows of the roles asked for. */
function sumRole(eb: Custody, roles: readonly string[]) {
  return eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('c.role', 'in', roles).then(eb.ref('c.quantity_milli')).end()), eb.lit(0))
}

const remainingOf = (eb: Custody) => eb(sumRole(eb, IN_ROLES), '-', sumRole(eb, OUT_ROLES))

export function createPortalRepository(db: Kysely<Database>) {
  const holdingsQuery = (partyIds: string[], search: string | undefined, inStockOnly: boolean) =>
    db.selectFrom('custody as c')
      .innerJoin('trace_unit as u', 'u.id', 'c.unit_id')
      .leftJoin('product as p', 'p.id', 'u.product_id')
      .where('c.party_id', 'in', partyIds)
      .where('c.role', 'in', [...IN_ROLES, ...OUT_ROLES])
      .$if(search !== undefined, (qb) => qb.where((eb) => eb.or([eb('u.key', 'like', likeText(search!)), eb('u.lot_number', 'like', likeText(search!)), eb('p.name', 'like', likeText(search!))])))
      .groupBy(['c.unit_id', 'c.uom', 'u.key', 'u.kind', 'u.lot_number', 'p.id', 'p.name'])
      .$if(inStockOnly, (qb) => qb.having((eb) => eb(remainingOf(eb), '>', eb.lit(0))))

  return {
    async holdings(partyIds: string[], filter: { search?: string; inStockOnly: boolean }, page: PageRequest<HoldingSort>): Promise<{ rows: HoldingRow[]; total: number }> {
      if (partyIds.length === 0) return { rows: [], total: 0 }
      const base = holdingsQuery(partyIds, filter.search, filter.inStockOnly)
      const sortColumn = ({ lastAt: 'last_at', remaining: 'remaining_milli', code: 'code', product: 'product_name' } as const)[page.sort]
      const [rows, count] = await Promise.all([
        base.select((eb) => [
          'c.unit_id as unit_id', 'c.uom as uom', 'u.key as code', 'u.kind as kind', 'u.lot_number as lot_number', 'p.id as product_id', 'p.name as product_name',
          sumRole(eb, ['made']).as('made'), sumRole(eb, ['received']).as('received'), sumRole(eb, ['shipped']).as('shipped'),
          sumRole(eb, ['sold']).as('sold'), sumRole(eb, ['used']).as('used'), sumRole(eb, ['destroyed']).as('destroyed'),
          remainingOf(eb).as('remaining_milli'), eb.fn.max('c.event_time').as('last_at'),
        ]).orderBy(sortColumn, page.direction).orderBy('code', 'asc').orderBy('c.uom', 'asc').limit(page.limit).offset(page.offset).execute(),
        db.selectFrom(base.select('c.unit_id').as('h')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
      ])
      return {
        total: num(count?.n),
        rows: rows.map((r) => ({
          unitId: r.unit_id, code: r.code, kind: r.kind, lotNumber: opt(r.lot_number), productId: opt(r.product_id), productName: opt(r.product_name), uom: opt(r.uom),
          madeMilli: num(r.made), receivedMilli: num(r.received), shippedMilli: num(r.shipped), soldMilli: num(r.sold), usedMilli: num(r.used), destroyedMilli: num(r.destroyed),
          remainingMilli: num(r.remaining_milli), lastAt: String(r.last_at),
        })),
      }
    },

    async events(partyIds: string[], filter: { bizStep?: string; withFindings: boolean }, page: PageRequest<EventSort>): Promise<{ rows: PortalEventRow[]; total: number }> {
      if (partyIds.length === 0) return { rows: [], total: 0 }
      const base = db.selectFrom('event').where('party_id', 'in', partyIds)
        .$if(filter.bizStep !== undefined, (qb) => qb.where('biz_step', '=', filter.bizStep!))
        .$if(filter.withFindings, (qb) => qb.where('findings', '!=', '[]'))
      const sortColumn = page.sort === 'bizStep' ? 'biz_step' : 'event_time'
      const total = num((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n)
      const rows = total === 0 ? [] : await base.select(['id', 'event_id', 'type', 'biz_step', 'event_time', 'category', 'site_id', 'document', 'findings'])
        .orderBy(sortColumn, page.direction).orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute()
      return {
        total,
        rows: rows.map((r) => ({
          rowId: r.id, eventId: r.event_id, type: r.type, bizStep: opt(r.biz_step), eventTime: r.event_time, category: opt(r.category), siteId: opt(r.site_id), document: r.document, findings: r.findings,
        })),
      }
    },

    /** One step up (what the parties received, from whom) and one step down (what they shipped, to whom). */
    async partners(partyIds: string[], filter: { direction?: 'up' | 'down'; search?: string }, page: PageRequest<PartnerSort>): Promise<{ rows: PartnerRow[]; total: number }> {
      if (partyIds.length === 0) return { rows: [], total: 0 }
      const roles = filter.direction === 'up' ? ['received'] : filter.direction === 'down' ? ['shipped'] : ['received', 'shipped']
      const base = db.selectFrom('custody as c')
        .innerJoin('trace_unit as u', 'u.id', 'c.unit_id')
        .leftJoin('product as p', 'p.id', 'u.product_id')
        .leftJoin('party as o', 'o.id', 'c.counterparty_id')
        .where('c.party_id', 'in', partyIds)
        .where('c.role', 'in', roles)
        .$if(filter.search !== undefined, (qb) => qb.where((eb) => eb.or([
          eb('u.key', 'like', likeText(filter.search!)), eb('u.lot_number', 'like', likeText(filter.search!)), eb('p.name', 'like', likeText(filter.search!)),
          eb('o.name', 'like', likeText(filter.search!)), eb('c.counterparty_ref', 'like', likeText(filter.search!)),
        ])))
      const sortColumn = ({ eventTime: 'c.event_time', partner: 'o.name', code: 'u.key' } as const)[page.sort]
      const [rows, count] = await Promise.all([
        base.select(['c.role', 'c.unit_id', 'u.key', 'u.lot_number', 'p.name as product_name', 'c.counterparty_id', 'c.counterparty_ref', 'o.name as partner_name', 'o.uscc as partner_uscc', 'c.quantity_milli', 'c.uom', 'c.event_id', 'c.event_time'])
          .orderBy(sortColumn, page.direction).orderBy('c.id', 'desc').limit(page.limit).offset(page.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
      ])
      return {
        total: num(count?.n),
        rows: rows.map((r) => ({
          direction: r.role === 'received' ? 'up' : 'down', unitId: r.unit_id, code: r.key, lotNumber: opt(r.lot_number), productName: opt(r.product_name),
          partnerId: opt(r.counterparty_id), partnerRef: opt(r.counterparty_ref), partnerName: opt(r.partner_name), partnerUscc: opt(r.partner_uscc),
          quantityMilli: opt(r.quantity_milli), uom: opt(r.uom), eventId: r.event_id, eventTime: r.event_time,
        })),
      }
    },

    /**
     * Shipments by others naming one of the parties as destination, newest first, minus those already
     * received: a receipt accepted from the portal (eventID `receiptEventIdPrefix` + the shipment's eventID)
     * or a receiving of the same lot from the same shipper recorded at or after the shipment.
     */
    async expectedReceipts(partyIds: string[], receiptEventIdPrefix: string, page: { limit: number; offset: number; eventId?: string }): Promise<{ lines: ExpectedLine[]; total: number }> {
      if (partyIds.length === 0) return { lines: [], total: 0 }
      const open = db.selectFrom('custody as c')
        .where('c.role', '=', 'shipped')
        .where('c.counterparty_id', 'in', partyIds)
        .where((eb) => eb.or([eb('c.party_id', 'is', null), eb('c.party_id', 'not in', partyIds)]))
        .$if(page.eventId !== undefined, (qb) => qb.where('c.event_id', '=', page.eventId!))
        .where((eb) => eb.not(eb.exists(eb.selectFrom('event as e').select('e.id').where('e.event_id', '=', eb(eb.val(receiptEventIdPrefix), '||', eb.ref('c.event_id'))))))
        .where((eb) => eb.not(eb.exists(eb.selectFrom('custody as r').select('r.id')
          .where('r.role', '=', 'received').where('r.party_id', 'in', partyIds).whereRef('r.unit_id', '=', 'c.unit_id')
          .where((inner): Expression<SqlBool> => inner.or([inner('c.party_id', 'is', null), inner('r.counterparty_id', '=', inner.ref('c.party_id'))]))
          .whereRef('r.event_time', '>=', 'c.event_time'))))
      const [shipments, count] = await Promise.all([
        open.select(['c.event_row_id', 'c.event_time']).distinct().orderBy('c.event_time', 'desc').orderBy('c.event_row_id', 'desc').limit(page.limit).offset(page.offset).execute(),
        db.selectFrom(open.select('c.event_row_id').distinct().as('s')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
      ])
      if (shipments.length === 0) return { lines: [], total: num(count?.n) }
      const lines = await db.selectFrom('custody as c')
        .innerJoin('trace_unit as u', 'u.id', 'c.unit_id')
        .leftJoin('product as p', 'p.id', 'u.product_id')
        .where('c.event_row_id', 'in', shipments.map((s) => s.event_row_id))
        .where('c.role', '=', 'shipped')
        .where('c.counterparty_id', 'in', partyIds)
        .select(['c.event_row_id', 'c.event_id', 'c.event_time', 'c.party_id', 'c.counterparty_id', 'c.unit_id', 'u.key', 'p.name as product_name', 'c.quantity_milli', 'c.uom'])
        .orderBy('c.event_time', 'desc').orderBy('c.event_row_id', 'desc').orderBy('u.key', 'asc').execute()
      return {
        total: num(count?.n),
        lines: lines.map((r) => ({
          eventRowId: r.event_row_id, eventId: r.event_id, eventTime: r.event_time, shipperId: opt(r.party_id), receiverId: r.counterparty_id ?? '', unitId: r.unit_id, code: r.key,
          productName: opt(r.product_name), quantityMilli: opt(r.quantity_milli), uom: opt(r.uom),
        })),
      }
    },

    /** Registered parties whose name or USCC contains the text: the trading-partner picker. */
    async searchParties(text: string, limit: number): Promise<PartyHit[]> {
      const rows = await db.selectFrom('party').select(['id', 'name', 'uscc', 'kind', 'region_code'])
        .where((eb) => eb.or([eb('name', 'like', likeText(text)), eb('uscc', 'like', likeText(text.toUpperCase()))]))
        .orderBy('name').limit(limit).execute()
      return rows.map((r) => ({ id: r.id, name: r.name, uscc: opt(r.uscc), kind: r.kind, regionCode: r.region_code }))
    },

    async partiesByIds(ids: string[]): Promise<PartyHit[]> {
      if (ids.length === 0) return []
      const rows = await db.selectFrom('party').select(['id', 'name', 'uscc', 'kind', 'region_code']).where('id', 'in', ids).orderBy('name').execute()
      return rows.map((r) => ({ id: r.id, name: r.name, uscc: opt(r.uscc), kind: r.kind, regionCode: r.region_code }))
    },

    async productsOf(partyIds: string[], limit: number): Promise<Database['product'][]> {
      if (partyIds.length === 0) return []
      return db.selectFrom('product').selectAll().where('party_id', 'in', partyIds).orderBy('name').limit(limit).execute()
    },

    async insertLicence(row: LicenceRow): Promise<void> {
      await db.insertInto('portal_licence').values(row).execute()
    },

    /** Every licence row of the parties, oldest first: the history the current set is read from. */
    async licenceHistory(partyIds: string[], limit: number): Promise<LicenceRow[]> {
      if (partyIds.length === 0) return []
      return db.selectFrom('portal_licence').selectAll().where('party_id', 'in', partyIds).orderBy('recorded_at').orderBy('id').limit(limit).execute()
    },
  }
}

export type PortalRepository = ReturnType<typeof createPortalRepository>
