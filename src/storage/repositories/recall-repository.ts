/**
 * Recalls, their codes and consumer notices. Inserts only, except the derived `status`/`closed_at`
 * columns (see recall-schema.ts), whose history is recall_event.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { ConsumerNotice, Recall } from '../../domain/recalls/recall.js'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'
import { noticeFromRow, noticeToRow, recallFromRow, recallToRow } from './recall-rows.js'

/** Who may see which recalls; the service builds it from the caller's scope. */
export type RecallVisibility =
  | { kind: 'all' }
  | { kind: 'region'; regionPrefix: string; categories: string[] }
  | { kind: 'parties'; partyIds: string[]; organisationId?: string }

export interface RecallListQuery {
  visibility: RecallVisibility
  status?: string
  level?: string
  /** Recalls with a holder in this region subtree (GB/T 2260 prefix). */
  regionPrefix?: string
  /** Canonical key of a recalled code. */
  code?: string
  /** Words in the reason, the products or the initiator's name. */
  text?: string
  sort: 'openedAt' | 'deadline' | 'level'
  order: 'asc' | 'desc'
  limit: number
  offset: number
}

const SORT_COLUMN = { openedAt: 'opened_at', deadline: 'deadline', level: 'level' } as const

/** LIKE wildcards in a search text are dropped: the text is searched literally on both engines. */
export function likeText(text: string): string {
  return `%${text.replace(/[%_\\]/g, '')}%`
}

export function createRecallRepository(db: Kysely<Database>, dialect: Dialect) {
  const withCodes = async (rows: Awaited<ReturnType<typeof selectRecalls>>): Promise<Recall[]> => {
    if (rows.length === 0) return []
    const codes = await db.selectFrom('recall_code').selectAll().where('recall_id', 'in', rows.map((r) => r.id)).execute()
    return rows.map((row) => recallFromRow(row, codes.filter((c) => c.recall_id === row.id)))
  }
  const selectRecalls = (ids: string[]) => db.selectFrom('recall').selectAll().where('id', 'in', ids).execute()

  function filtered(query: Omit<RecallListQuery, 'sort' | 'order' | 'limit' | 'offset'>): SelectQueryBuilder<Database, 'recall', object> {
    let q = db.selectFrom('recall')
    const v = query.visibility
    if (v.kind === 'region') {
      const prefix = v.regionPrefix
      q = q.where((eb) => eb.and([
        eb.or([
          ...(prefix === '' ? [eb.lit(true)] : []),
          eb('recall.region_code', 'like', `${prefix}%`),
          eb('recall.id', 'in', eb.selectFrom('recall_task').select('recall_task.recall_id').where('recall_task.region_code', 'like', `${prefix}%`)),
        ]),
        eb.or(v.categories.length === 0 ? [eb.lit(false)] : v.categories.map((c) => eb('recall.categories', 'like', `%"${c}"%`))),
      ]))
    }
    if (v.kind === 'parties') {
      q = q.where((eb) => eb.or([
        ...(v.organisationId ? [eb('recall.initiator_organisation_id', '=', v.organisationId)] : []),
        ...(v.partyIds.length > 0 ? [
          eb('recall.responsible_party_id', 'in', v.partyIds),
          eb('recall.id', 'in', eb.selectFrom('recall_task').select('recall_task.recall_id').where('recall_task.party_id', 'in', v.partyIds)),
        ] : []),
        eb.lit(false),
      ]))
    }
    if (query.status) q = q.where('recall.status', '=', query.status)
    if (query.level) q = q.where('recall.level', '=', query.level)
    if (query.regionPrefix !== undefined) {
      const prefix = query.regionPrefix
      q = q.where('recall.id', 'in', db.selectFrom('recall_task').select('recall_task.recall_id').where('recall_task.region_code', 'like', `${prefix}%`))
    }
    if (query.code) q = q.where('recall.id', 'in', db.selectFrom('recall_code').select('recall_code.recall_id').where('recall_code.code', '=', query.code!))
    if (query.text) {
      const pattern = likeText(query.text)
      q = q.where((eb) => eb.or([
        eb('recall.reason', 'like', pattern), eb('recall.product_names', 'like', pattern), eb('recall.initiator_name', 'like', pattern),
        eb('recall.id', 'in', eb.selectFrom('consumer_notice').select('consumer_notice.recall_id').where((n) => n.or([n('consumer_notice.title', 'like', pattern), n('consumer_notice.body', 'like', pattern)]))),
      ]))
    }
    return q
  }

  return {
    async insert(recall: Recall): Promise<void> {
      await db.insertInto('recall').values(recallToRow(recall)).execute()
      if (recall.codes.length > 0) {
        await dialect.insertRows(db, 'recall_code', recall.codes.map((c, position) => ({ recall_id: recall.id, position, unit_id: c.unitId, code: c.code, given_code: c.givenCode })))
      }
    },
    /** Derived state (recall-schema.ts): the `closed` recall_event row is written beside it. */
    async setClosed(id: string, closedAt: string): Promise<void> {
      await db.updateTable('recall').set({ status: 'closed', closed_at: closedAt }).where('id', '=', id).execute()
    },
    async findById(id: string): Promise<Recall | undefined> {
      const [recall] = await withCodes(await selectRecalls([id]))
      return recall
    },
    async list(query: RecallListQuery): Promise<{ total: number; recalls: Recall[] }> {
      const count = await filtered(query).select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirstOrThrow()
      const column = SORT_COLUMN[query.sort]
      const rows = await filtered(query).selectAll('recall').orderBy(`recall.${column}`, query.order).orderBy('recall.id', query.order)
        .limit(query.limit).offset(query.offset).execute()
      return { total: Number(count.n), recalls: await withCodes(rows) }
    },
    /** Open recalls naming any of these units (the codes a public query's backward walk reached). */
    async findOpenByUnitIds(unitIds: string[]): Promise<Recall[]> {
      const ids = new Set<string>()
      for (const chunk of chunkRows([...new Set(unitIds)], 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('recall_code').innerJoin('recall', 'recall.id', 'recall_code.recall_id')
          .select('recall.id').where('recall_code.unit_id', 'in', chunk).where('recall.status', '=', 'open').execute()
        for (const row of rows) ids.add(row.id)
      }
      if (ids.size === 0) return []
      const recalls = await withCodes(await selectRecalls([...ids]))
      return recalls.sort((a, b) => b.openedAt.localeCompare(a.openedAt))
    },
    async listOpen(limit: number): Promise<Recall[]> {
      return withCodes(await db.selectFrom('recall').selectAll().where('status', '=', 'open').orderBy('opened_at').limit(limit).execute())
    },
    async insertNotice(notice: ConsumerNotice): Promise<void> {
      await db.insertInto('consumer_notice').values(noticeToRow(notice)).execute()
    },
    async noticesOf(recallIds: string[]): Promise<ConsumerNotice[]> {
      if (recallIds.length === 0) return []
      const rows = await db.selectFrom('consumer_notice').selectAll().where('recall_id', 'in', recallIds).orderBy('published_at', 'desc').orderBy('id', 'desc').execute()
      return rows.map(noticeFromRow)
    },
  }
}

export type RecallRepository = ReturnType<typeof createRecallRepository>
