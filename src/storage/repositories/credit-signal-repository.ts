/**
 * Reads of recorded events that credit scoring needs: a party's inspections and how it reports. Bounded by
 * a window and a row limit; the event table's (party_id, event_time) index serves both.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** Values of the data standard's testResult (检测结果) that mean a failed test. */
const FAILED_TEST_RESULTS = new Set(['不合格', '阳性'])
/** CBV dispositions that mean the inspected goods did not conform. */
const FAILED_DISPOSITIONS = new Set(['non_conformant', 'damaged', 'expired', 'mismatch_class', 'mismatch_quantity', 'mismatch_instance'])

export interface InspectionFact { eventId: string; eventTime: string; failed: boolean }
export interface ReportingFact { eventId: string; eventTime: string; recordTime: string; hasFindings: boolean }
export interface ComplaintFact { id: string; status: string; finding?: string }
export interface AlertFact { id: string; severity: string; status: string }
export interface RecallTaskFact { id: string; status: string; deadline: string; finishedAt?: string }

export function createCreditSignalRepository(db: Kysely<Database>) {
  return {
    /** The party's `inspecting` events since `since`, newest first: failed by testResult or disposition. */
    async inspectionsOf(partyId: string, since: string, limit: number): Promise<InspectionFact[]> {
      const rows = await db.selectFrom('event').select(['event_id', 'event_time', 'disposition', 'document'])
        .where('party_id', '=', partyId).where('event_time', '>=', since).where('biz_step', '=', 'inspecting')
        .orderBy('event_time', 'desc').limit(limit).execute()
      return rows.map((r) => ({ eventId: r.event_id, eventTime: r.event_time, failed: isFailed(r.disposition, r.document) }))
    },
    /** The party's newest events since `since`, for timeliness (record − event time) and completeness (findings). */
    async reportingOf(partyId: string, since: string, limit: number): Promise<ReportingFact[]> {
      const rows = await db.selectFrom('event').select(['event_id', 'event_time', 'record_time', 'findings'])
        .where('party_id', '=', partyId).where('event_time', '>=', since)
        .orderBy('event_time', 'desc').limit(limit).execute()
      return rows.map((r) => ({ eventId: r.event_id, eventTime: r.event_time, recordTime: r.record_time, hasFindings: r.findings !== '[]' && r.findings !== '' }))
    },
    /** Alerts about the party raised since `since`, except dismissed ones (found to be false). */
    async alertsAbout(partyId: string, since: string, limit: number): Promise<AlertFact[]> {
      const rows = await db.selectFrom('alert').select(['id', 'severity', 'status'])
        .where('party_id', '=', partyId).where('created_at', '>=', since).where('status', '!=', 'dismissed')
        .orderBy('created_at', 'desc').limit(limit).execute()
      return rows.map((r) => ({ id: r.id, severity: r.severity, status: r.status }))
    },
    /** Recall tasks of the party in recalls opened since `since`, with their deadline and when they were finished. */
    async recallTasksOf(partyId: string, since: string, limit: number): Promise<RecallTaskFact[]> {
      const tasks = await db.selectFrom('recall_task').innerJoin('recall', 'recall.id', 'recall_task.recall_id')
        .select(['recall_task.id', 'recall_task.status', 'recall.deadline'])
        .where('recall_task.party_id', '=', partyId).where('recall.opened_at', '>=', since)
        .orderBy('recall.opened_at', 'desc').limit(limit).execute()
      if (tasks.length === 0) return []
      const finished = await db.selectFrom('recall_event').select(['task_id', (eb) => eb.fn.min<string>('at').as('at')])
        .where('task_id', 'in', tasks.map((t) => t.id)).where('kind', 'in', ['done', 'explained']).groupBy('task_id').execute()
      const finishedAt = new Map(finished.map((f) => [f.task_id, f.at]))
      return tasks.map((t) => ({ id: t.id, status: t.status, deadline: t.deadline, finishedAt: finishedAt.get(t.id) ?? undefined }))
    },
    /** Complaints since `since` about a lot or item of the party, or of a product it registered (the complaint names its code). */
    async complaintsAbout(partyId: string, since: string, limit: number): Promise<ComplaintFact[]> {
      const rows = await db.selectFrom('complaint').innerJoin('trace_unit', 'trace_unit.id', 'complaint.unit_id')
        .select(['complaint.id', 'complaint.status', 'complaint.finding'])
        .where((eb) => eb.or([
          eb('trace_unit.party_id', '=', partyId),
          // A unit recorded without its own party belongs to the party that registered its product.
          eb.and([eb('trace_unit.party_id', 'is', null), eb('trace_unit.product_id', 'in', eb.selectFrom('product').select('id').where('party_id', '=', partyId))]),
        ]))
        .where('complaint.created_at', '>=', since)
        .orderBy('complaint.created_at', 'desc').limit(limit).execute()
      return rows.map((r) => ({ id: r.id, status: r.status, finding: r.finding ?? undefined }))
    },
  }
}

function isFailed(disposition: string | null, document: string): boolean {
  if (disposition !== null && FAILED_DISPOSITIONS.has(disposition)) return true
  const data = (JSON.parse(document) as { 'zs:data'?: { testResult?: unknown } })['zs:data']
  return typeof data?.testResult === 'string' && FAILED_TEST_RESULTS.has(data.testResult)
}
