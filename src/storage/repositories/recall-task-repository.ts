/**
 * Recall tasks, their reports and the recall history (recall_event). Reports and history are insert-only;
 * a task's `status` is the derived current state of its history (recall-schema.ts).
 */
import type { Kysely } from 'kysely'
import type { RecallEvent, RecallReport, RecallTask } from '../../domain/recalls/recall.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'
import { eventFromRow, eventToRow, reportFromRow, reportToRow, taskFromRow, taskToRow } from './recall-rows.js'

export interface TaskListQuery {
  /** Tasks of these parties (an enterprise's own); undefined for no party limit. */
  partyIds?: string[]
  /** Tasks whose holder is in this region subtree, of recalls in these categories (a regulator). */
  region?: { prefix: string; categories: string[] }
  recallId?: string
  /** `open`: not done or explained. */
  status?: 'open' | 'pending' | 'confirmed' | 'reported' | 'done' | 'explained'
  limit: number
  offset: number
}

const FINISHED = ['done', 'explained']

export function createRecallTaskRepository(db: Kysely<Database>, dialect: Dialect) {
  const filtered = (query: TaskListQuery) => {
    let q = db.selectFrom('recall_task').innerJoin('recall', 'recall.id', 'recall_task.recall_id')
    if (query.partyIds) q = q.where('recall_task.party_id', 'in', query.partyIds.length > 0 ? query.partyIds : [''])
    if (query.region) {
      const { prefix, categories } = query.region
      q = q.where('recall_task.region_code', 'like', `${prefix}%`)
        .where((eb) => eb.or(categories.length === 0 ? [eb.lit(false)] : categories.map((c) => eb('recall.categories', 'like', `%"${c}"%`))))
    }
    if (query.recallId) q = q.where('recall_task.recall_id', '=', query.recallId)
    if (query.status === 'open') q = q.where('recall_task.status', 'not in', FINISHED).where('recall.status', '=', 'open')
    else if (query.status) q = q.where('recall_task.status', '=', query.status)
    return q
  }
  return {
    async insertMany(tasks: RecallTask[]): Promise<void> {
      if (tasks.length > 0) await dialect.insertRows(db, 'recall_task', tasks.map(taskToRow))
    },
    /** Derived state (recall-schema.ts): the recall_event row of the change is written beside it. */
    async setStatus(id: string, status: RecallTask['status']): Promise<void> {
      await db.updateTable('recall_task').set({ status }).where('id', '=', id).execute()
    },
    async findById(id: string): Promise<RecallTask | undefined> {
      const row = await db.selectFrom('recall_task').selectAll().where('id', '=', id).executeTakeFirst()
      return row && taskFromRow(row)
    },
    async findByRecall(recallId: string): Promise<RecallTask[]> {
      const rows = await db.selectFrom('recall_task').selectAll().where('recall_id', '=', recallId)
        .orderBy('region_code').orderBy('party_name').orderBy('id').execute()
      return rows.map(taskFromRow)
    },
    /** Tasks with their recall's deadline and level, soonest deadline first. */
    async list(query: TaskListQuery): Promise<{ total: number; tasks: (RecallTask & { deadline: string; level: string; reason: string; recallStatus: string })[] }> {
      const count = await filtered(query).select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirstOrThrow()
      const rows = await filtered(query).selectAll('recall_task')
        .select(['recall.deadline as recall_deadline', 'recall.level as recall_level', 'recall.reason as recall_reason', 'recall.status as recall_status'])
        .orderBy('recall.deadline').orderBy('recall_task.id').limit(query.limit).offset(query.offset).execute()
      return {
        total: Number(count.n),
        tasks: rows.map((row) => ({ ...taskFromRow(row), deadline: row.recall_deadline, level: row.recall_level, reason: row.recall_reason, recallStatus: row.recall_status })),
      }
    },
    async insertReport(report: RecallReport): Promise<void> {
      await db.insertInto('recall_task_report').values(reportToRow(report)).execute()
    },
    async reportsOfTasks(taskIds: string[]): Promise<RecallReport[]> {
      if (taskIds.length === 0) return []
      const rows = await db.selectFrom('recall_task_report').selectAll().where('task_id', 'in', taskIds).orderBy('reported_at').orderBy('id').execute()
      return rows.map(reportFromRow)
    },
    async reportsOfRecall(recallId: string): Promise<RecallReport[]> {
      const rows = await db.selectFrom('recall_task_report').selectAll().where('recall_id', '=', recallId).orderBy('reported_at').orderBy('id').execute()
      return rows.map(reportFromRow)
    },
    async appendEvents(events: RecallEvent[]): Promise<void> {
      if (events.length > 0) await dialect.insertRows(db, 'recall_event', events.map((e, i) => eventToRow(e, i)))
    },
    /** The recall's history, oldest first. */
    async historyOf(recallId: string, limit: number): Promise<RecallEvent[]> {
      const rows = await db.selectFrom('recall_event').selectAll().where('recall_id', '=', recallId).orderBy('at').orderBy('seq').orderBy('id').limit(limit).execute()
      return rows.map(eventFromRow)
    },
    /** The latest reminder or overdue mark of each task of the recall. */
    async lastReminders(recallId: string): Promise<Map<string, { reminded?: string; overdue?: string }>> {
      const rows = await db.selectFrom('recall_event').select(['task_id', 'kind', (eb) => eb.fn.max('at').as('at')])
        .where('recall_id', '=', recallId).where('kind', 'in', ['reminded', 'overdue']).groupBy(['task_id', 'kind']).execute()
      const result = new Map<string, { reminded?: string; overdue?: string }>()
      for (const row of rows) {
        if (!row.task_id) continue
        const entry = result.get(row.task_id) ?? {}
        entry[row.kind as 'reminded' | 'overdue'] = String(row.at)
        result.set(row.task_id, entry)
      }
      return result
    },
  }
}

export type RecallTaskRepository = ReturnType<typeof createRecallTaskRepository>
