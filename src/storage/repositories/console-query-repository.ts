/**
 * Reads of the console: figures from the rollup tables (never a scan of the event table), names of the
 * parties and products behind them, and paged drill-down lists of events. Every query takes the caller's
 * scope as a filter (region prefix, categories) computed by services/access/scope.ts.
 */
import type { Expression, ExpressionBuilder, Kysely, SelectQueryBuilder, SqlBool } from 'kysely'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'
import { periodPlan } from './console-period-plan.js'

export interface RollupFilter {
  /** '' for every region; otherwise the GB/T 2260 prefix of the region subtree. */
  regionPrefix: string
  /** Undefined for every category. */
  categories?: string[]
  /** First and last Shanghai day, inclusive. */
  since: string
  until: string
}

export interface PartyFigures {
  partyId: string
  events: number
  complete: number
  flagged: number
  corrected: number
  delays: number[]
  reportingDays: number
}

export interface PartyName {
  id: string
  name: string
  uscc: string | null
  regionCode: string
  kind: string
}

export interface EventListFilter {
  regionPrefix: string
  categories?: string[]
  partyId?: string
  /** UTC instants bounding event_time, inclusive start, exclusive end. */
  from: string
  to: string
  /** Only shipments from this region prefix to that one (flows). */
  fromRegion?: string
  toRegion?: string
}

export interface EventListRow {
  eventId: string
  type: string
  bizStep: string | null
  eventTime: string
  recordTime: string
  category: string | null
  partyId: string | null
  partyName: string | null
  findings: string
}

const n = (value: unknown) => Number(value ?? 0)
const DELAYS = ['delay_5m', 'delay_1h', 'delay_6h', 'delay_24h', 'delay_72h', 'delay_7d', 'delay_late'] as const

export function createConsoleQueryRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'maxParameters'>) {
  /** The caller's scope on a rollup table with `region_code` and `category` columns. */
  const inScope = <QB extends SelectQueryBuilder<Database, 'console_party_day' | 'console_region_day' | 'console_party_span', object>>(q: QB, f: RollupFilter): QB => {
    let scoped = q as SelectQueryBuilder<Database, 'console_party_day' | 'console_region_day' | 'console_party_span', object>
    if (f.regionPrefix !== '') scoped = scoped.where('region_code', 'like', `${f.regionPrefix}%`)
    if (f.categories) scoped = scoped.where('category', 'in', f.categories.length > 0 ? f.categories : [''])
    return scoped as QB
  }
  const partyDays = (f: RollupFilter) => inScope(db.selectFrom('console_party_day').where('day', '>=', f.since).where('day', '<=', f.until), f)

  /**
   * Sums counters per key over the period from a monthly table and its daily twin (periodPlan: whole months,
   * plus or minus the days at the edges); keys whose first counter sums to 0 had nothing in the period.
   * `regionColumns`: the caller's region prefix applies to any of them; `extra` narrows every part more.
   */
  const periodSums = async <K extends string, C extends string>(spec: {
    month: 'console_party_month' | 'console_flow_month' | 'console_product_month'; day: 'console_party_day' | 'console_flow_day' | 'console_product_day'
    keys: K[]; counters: C[]; regionColumns: string[]; f: RollupFilter; top?: number; extra?: (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>
  }): Promise<Record<K | C, string | number>[]> => {
    const { f } = spec
    const plan = periodPlan(f.since, f.until)
    const anyDb = db as unknown as Kysely<any>
    const scoped = (q: SelectQueryBuilder<any, any, any>) => {
      let scopedQ = q
      if (f.regionPrefix !== '') scopedQ = scopedQ.where((eb) => eb.or(spec.regionColumns.map((c) => eb(c, 'like', `${f.regionPrefix}%`))))
      if (f.categories) scopedQ = scopedQ.where('category', 'in', f.categories.length > 0 ? f.categories : [''])
      if (spec.extra) scopedQ = scopedQ.where(spec.extra)
      return scopedQ
    }
    const days = (first: string, last: string, sign: 1 | -1) => scoped(anyDb.selectFrom(spec.day).where('day', '>=', first).where('day', '<=', last)
      .select((eb) => [...spec.keys.map((k) => eb.ref(k).as(k)), ...spec.counters.map((c) => (sign === 1 ? eb.ref(c).as(c) : eb.neg(eb.ref(c)).as(c)))]))
    const parts: SelectQueryBuilder<any, any, any>[] = [
      ...(plan.months.length > 0 ? [scoped(anyDb.selectFrom(spec.month).where('month', 'in', plan.months).select([...spec.keys, ...spec.counters]))] : []),
      ...plan.add.map(([first, last]) => days(first, last, 1)),
      ...plan.subtract.map(([first, last]) => days(first, last, -1)),
    ]
    const union = parts.slice(1).reduce((all, part) => all.unionAll(part), parts[0])
    let q = anyDb.selectFrom(union.as('period'))
      .select((eb) => [...spec.keys, ...spec.counters.map((c) => eb.fn.sum(c).as(c))])
      .groupBy(spec.keys).having((eb) => eb.fn.sum(spec.counters[0]), '>', 0)
    if (spec.top !== undefined) q = q.orderBy((eb) => eb.fn.sum(spec.counters[0]), 'desc').orderBy(spec.keys[0]).limit(spec.top)
    return await q.execute() as unknown as Record<K | C, string | number>[]
  }

  const regionDays = (f: RollupFilter) => inScope(db.selectFrom('console_region_day').where('day', '>=', f.since).where('day', '<=', f.until), f)
  const partySpans = (f: RollupFilter) => inScope(db.selectFrom('console_party_span').where('last_day', '>=', f.since).where('first_day', '<=', f.until), f)

  return {
    /** Events per day and category (console_region_day: one row per day × county × category). */
    async eventsPerDay(f: RollupFilter): Promise<{ day: string; category: string; events: number }[]> {
      const rows = await regionDays(f).select((eb) => ['day', 'category', eb.fn.sum<number>('events').as('events')]).groupBy(['day', 'category']).orderBy('day').execute()
      return rows.map((r) => ({ day: r.day, category: r.category, events: n(r.events) }))
    },

    /**
     * Which parties reported in which category over the period: one row per party × category read from
     * console_party_span. A span that ends inside the period is active; one that ends after it (events
     * dated ahead of the period's end) is checked against its days in console_party_day.
     */
    async activeParties(f: RollupFilter): Promise<{ partyId: string; category: string }[]> {
      const spans = await partySpans(f).select(['party_id', 'category', 'last_day']).execute()
      const active = spans.filter((s) => s.last_day <= f.until).map((s) => ({ partyId: s.party_id, category: s.category }))
      const unsure = spans.filter((s) => s.last_day > f.until)
      const unsureKeys = new Set(unsure.map((s) => `${s.party_id}|${s.category}`))
      for (const chunk of chunkRows([...new Set(unsure.map((s) => s.party_id))], 1, dialect.maxParameters - 16)) {
        if (chunk.length === 0) continue
        const rows = await partyDays(f).where('party_id', 'in', chunk).select(['party_id', 'category']).distinct().execute()
        for (const r of rows) if (unsureKeys.has(`${r.party_id}|${r.category}`)) active.push({ partyId: r.party_id, category: r.category })
      }
      return active
    },

    /** The parties with the most events over the period (party '' left out). */
    async topParties(f: RollupFilter, limit: number): Promise<{ partyId: string; events: number }[]> {
      const rows = await periodSums({ month: 'console_party_month', day: 'console_party_day', keys: ['party_id'], counters: ['events'], regionColumns: ['region_code'], f, top: limit, extra: (eb) => eb('party_id', '!=', '') })
      return rows.map((r) => ({ partyId: String(r.party_id), events: n(r.events) }))
    },

    /**
     * Quality counters per party (party '' holds events without a registered party), as a period sum of
     * console_party_month and console_party_day; reporting days are left out (0): a distinct count per party
     * needs its days, so it is asked for the parties shown only (`reportingDaysOf`).
     */
    async partyFigures(f: RollupFilter): Promise<PartyFigures[]> {
      const counters = ['events', 'complete', 'flagged', 'corrected', ...DELAYS] as const
      const rows = await periodSums({ month: 'console_party_month', day: 'console_party_day', keys: ['party_id'], counters: [...counters], regionColumns: ['region_code'], f })
      return rows.map((r) => ({
        partyId: String(r.party_id), events: n(r.events), complete: n(r.complete), flagged: n(r.flagged), corrected: n(r.corrected),
        delays: DELAYS.map((d) => n(r[d])), reportingDays: 0,
      }))
    },

    /** Days with a report, per party, over the period (console_party_day_party_idx). */
    async reportingDaysOf(f: RollupFilter, partyIds: string[]): Promise<Map<string, number>> {
      const days = new Map<string, number>()
      for (const chunk of chunkRows([...new Set(partyIds)], 1, dialect.maxParameters - 16)) {
        if (chunk.length === 0) continue
        const rows = await partyDays(f).where('party_id', 'in', chunk).select((eb) => ['party_id', eb.fn.count<number>('day').distinct().as('days')]).groupBy('party_id').execute()
        for (const r of rows) days.set(r.party_id, n(r.days))
      }
      return days
    },

    /** The days on which any of the parties reported (a platform's 正常运行率). */
    async reportingDays(f: RollupFilter, partyIds: string[]): Promise<Set<string>> {
      const days = new Set<string>()
      for (const chunk of chunkRows([...new Set(partyIds)], 1, dialect.maxParameters - 16)) {
        if (chunk.length === 0) continue
        const rows = await partyDays(f).where('party_id', 'in', chunk).select('day').distinct().execute()
        for (const r of rows) days.add(r.day)
      }
      return days
    },

    /** Per month and category since a day: reporting parties (distinct) and events, for open data. */
    async monthlyActivity(since: string): Promise<{ month: string; category: string; parties: number; events: number }[]> {
      // console_party_month holds one row per month × party × category: counting rows counts distinct parties.
      const rows = await db.selectFrom('console_party_month').where('month', '>=', since.slice(0, 7)).where('party_id', '!=', '')
        .select((eb) => ['month', 'category', eb.fn.countAll<number>().as('parties'), eb.fn.sum<number>('events').as('events')])
        .groupBy(['month', 'category']).execute()
      return rows.map((r) => ({ month: String(r.month), category: r.category, parties: n(r.parties), events: n(r.events) }))
    },

    /** Registered parties in the region and categories, one row per party × category. */
    async registeredParties(regionPrefix: string, categories: string[] | undefined): Promise<{ partyId: string; regionCode: string; category: string }[]> {
      let q = db.selectFrom('party').innerJoin('party_category', 'party_category.party_id', 'party.id').select(['party.id', 'party.region_code', 'party_category.category'])
      if (regionPrefix !== '') q = q.where('party.region_code', 'like', `${regionPrefix}%`)
      if (categories) q = q.where('party_category.category', 'in', categories.length > 0 ? categories : [''])
      const rows = await q.execute()
      return rows.map((r) => ({ partyId: r.id, regionCode: r.region_code, category: r.category }))
    },

    async flows(f: RollupFilter): Promise<{ fromRegion: string; toRegion: string; uom: string; movements: number; quantityMilli: number }[]> {
      const rows = await periodSums({
        month: 'console_flow_month', day: 'console_flow_day', keys: ['from_region', 'to_region', 'uom'], counters: ['movements', 'quantity_milli'], regionColumns: ['from_region', 'to_region'], f,
      })
      return rows.map((r) => ({ fromRegion: String(r.from_region), toRegion: String(r.to_region), uom: String(r.uom), movements: n(r.movements), quantityMilli: n(r.quantity_milli) }))
    },

    async topProducts(f: RollupFilter, limit: number): Promise<{ productId: string; name: string; category: string; events: number }[]> {
      const top = await periodSums({ month: 'console_product_month', day: 'console_product_day', keys: ['product_id'], counters: ['events'], regionColumns: ['region_code'], f, top: limit })
      if (top.length === 0) return []
      const products = await db.selectFrom('product').select(['id', 'name', 'category']).where('id', 'in', top.map((t) => String(t.product_id))).execute()
      const byId = new Map(products.map((p) => [p.id, p]))
      return top.map((t) => ({ productId: String(t.product_id), name: byId.get(String(t.product_id))?.name ?? '', category: byId.get(String(t.product_id))?.category ?? '', events: n(t.events) }))
    },

    async partyNames(ids: string[]): Promise<Map<string, PartyName>> {
      const names = new Map<string, PartyName>()
      for (const chunk of chunkRows([...new Set(ids)].filter((id) => id !== ''), 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('party').select(['id', 'name', 'uscc', 'region_code', 'kind']).where('id', 'in', chunk).execute()
        for (const r of rows) names.set(r.id, { id: r.id, name: r.name, uscc: r.uscc, regionCode: r.region_code, kind: r.kind })
      }
      return names
    },

    /** Connected platforms (平台) and the parties that authorised them. */
    async platformParties(): Promise<{ organisationId: string; name: string; partyId: string }[]> {
      const rows = await db.selectFrom('organisation').innerJoin('platform_authorisation', 'platform_authorisation.platform_organisation_id', 'organisation.id')
        .select(['organisation.id', 'organisation.name', 'platform_authorisation.party_id'])
        .where('organisation.kind', '=', 'platform').where('platform_authorisation.revoked_at', 'is', null).execute()
      return rows.map((r) => ({ organisationId: r.id, name: r.name, partyId: r.party_id }))
    },

    /** A plain indexed count (event_party_idx): the bench's baseline for the rollup queries. */
    async countEventsOfParty(partyId: string): Promise<number> {
      const row = await db.selectFrom('event').select((eb) => eb.fn.countAll<number>().as('n')).where('party_id', '=', partyId).executeTakeFirstOrThrow()
      return n(row.n)
    },

    /** A page of the events behind a figure, newest first. */
    async listEvents(f: EventListFilter, limit: number, offset: number): Promise<EventListRow[]> {
      let q = db.selectFrom('event').leftJoin('party', 'party.id', 'event.party_id')
        .select(['event.event_id', 'event.type', 'event.biz_step', 'event.event_time', 'event.record_time', 'event.category', 'event.party_id', 'party.name as party_name', 'event.findings'])
        .where('event.event_time', '>=', f.from).where('event.event_time', '<', f.to)
      if (f.partyId !== undefined) q = q.where('event.party_id', '=', f.partyId)
      if (f.regionPrefix !== '') q = q.where('party.region_code', 'like', `${f.regionPrefix}%`)
      if (f.categories) q = q.where('event.category', 'in', f.categories.length > 0 ? f.categories : [''])
      if (f.fromRegion !== undefined || f.toRegion !== undefined) {
        const { fromRegion = '', toRegion = '' } = f
        q = q.where(({ exists, selectFrom }) => exists(selectFrom('custody')
          .leftJoin('party as sender', 'sender.id', 'custody.party_id').leftJoin('party as receiver', 'receiver.id', 'custody.counterparty_id')
          .select('custody.id').whereRef('custody.event_row_id', '=', 'event.id').where('custody.role', '=', 'shipped')
          .where('sender.region_code', 'like', `${fromRegion}%`)
          .where((eb) => eb('receiver.region_code', 'like', `${toRegion}%`).or('custody.counterparty_id', toRegion === '' ? 'is' : '=', toRegion === '' ? null : '-'))))
      }
      const rows = await q.orderBy('event.event_time', 'desc').orderBy('event.id', 'desc').limit(limit).offset(offset).execute()
      return rows.map((r) => ({
        eventId: r.event_id, type: r.type, bizStep: r.biz_step, eventTime: r.event_time, recordTime: r.record_time, category: r.category,
        partyId: r.party_id, partyName: r.party_name, findings: r.findings,
      }))
    },
  }
}

export type ConsoleQueryRepository = ReturnType<typeof createConsoleQueryRepository>
