/** Credit snapshots (append-only history) and the derived newest-per-party table that lists page over. */
import type { Kysely, Selectable } from 'kysely'
import type { CreditListing, CreditSnapshot } from '../../domain/credit/snapshot.js'
import type { CreditGrade, CreditReason } from '../../domain/credit/score.js'
import type { Database } from '../schema.js'
import type { CreditCurrentTable, CreditSnapshotTable } from './credit-schema.js'

export type CreditSort = 'score' | '-score' | 'name' | 'computedAt'

export interface CreditListQuery {
  regionPrefix?: string
  /** The caller's scope: only parties working in one of these categories. */
  categories?: string[]
  grade?: CreditGrade
  sort: CreditSort
  limit: number
  offset: number
}

export function createCreditRepository(db: Kysely<Database>) {
  return {
    /** Appends a snapshot and makes it the party's current one. Run inside a transaction. */
    async append(snapshot: CreditSnapshot, party: { name: string; regionCode: string }): Promise<void> {
      await db.insertInto('credit_snapshot').values({
        id: snapshot.id, party_id: snapshot.partyId, computed_at: snapshot.computedAt, model_version: snapshot.modelVersion,
        score: snapshot.score, grade: snapshot.grade, reasons: JSON.stringify(snapshot.reasons),
      }).execute()
      const current = { snapshot_id: snapshot.id, party_name: party.name, region_code: party.regionCode, score: snapshot.score, grade: snapshot.grade, computed_at: snapshot.computedAt }
      await db.insertInto('credit_current').values({ party_id: snapshot.partyId, ...current })
        .onConflict((oc) => oc.column('party_id').doUpdateSet(current)).execute()
    },
    async latest(partyId: string): Promise<CreditSnapshot | undefined> {
      const row = await db.selectFrom('credit_snapshot').selectAll()
        .where('id', '=', (eb) => eb.selectFrom('credit_current').select('snapshot_id').where('party_id', '=', partyId))
        .executeTakeFirst()
      return row && fromRow(row)
    },
    /** Newest first. */
    async history(partyId: string, limit: number): Promise<CreditSnapshot[]> {
      const rows = await db.selectFrom('credit_snapshot').selectAll().where('party_id', '=', partyId)
        .orderBy('computed_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
      return rows.map(fromRow)
    },
    async currentOf(partyIds: string[]): Promise<Map<string, CreditListing>> {
      if (partyIds.length === 0) return new Map()
      const rows = await db.selectFrom('credit_current').selectAll().where('party_id', 'in', partyIds).execute()
      return new Map(rows.map((r) => [r.party_id, listingOf(r)]))
    },
    async list(query: CreditListQuery): Promise<{ total: number; rows: CreditListing[] }> {
      if (query.categories?.length === 0) return { total: 0, rows: [] }
      let q = db.selectFrom('credit_current')
      if (query.regionPrefix) q = q.where('region_code', 'like', `${query.regionPrefix}%`)
      if (query.grade) q = q.where('grade', '=', query.grade)
      const categories = query.categories
      if (categories) q = q.where('party_id', 'in', (eb) => eb.selectFrom('party_category').select('party_id').where('category', 'in', categories))
      const { total } = await q.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow()
      let page = q.selectAll()
      switch (query.sort) {
        case 'score': page = page.orderBy('score', 'asc'); break
        case '-score': page = page.orderBy('score', 'desc'); break
        case 'name': page = page.orderBy('party_name', 'asc'); break
        case 'computedAt': page = page.orderBy('computed_at', 'desc'); break
      }
      const rows = await page.orderBy('party_id').limit(query.limit).offset(query.offset).execute()
      return { total: Number(total), rows: rows.map(listingOf) }
    },
  }
}

export type CreditRepository = ReturnType<typeof createCreditRepository>

function fromRow(row: Selectable<CreditSnapshotTable>): CreditSnapshot {
  return {
    id: row.id, partyId: row.party_id, computedAt: row.computed_at, modelVersion: row.model_version, score: Number(row.score),
    grade: row.grade as CreditGrade, reasons: JSON.parse(row.reasons) as CreditReason[],
  }
}

function listingOf(row: Selectable<CreditCurrentTable>): CreditListing {
  return {
    partyId: row.party_id, partyName: row.party_name, regionCode: row.region_code, score: Number(row.score),
    grade: row.grade as CreditGrade, computedAt: row.computed_at, snapshotId: row.snapshot_id,
  }
}
