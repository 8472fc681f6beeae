/** Alerts, their evidence and their status history. Every list takes the caller's filter (scope applied by the service). */
import type { Kysely, Selectable } from 'kysely'
import type { Alert, AlertEvidence, AlertTransition } from '../../domain/alerts/alert.js'
import type { RuleId, Severity } from '../../domain/alerts/rules.js'
import type { AlertStatus } from '../../domain/alerts/workflow.js'
import type { AlertEvidenceTable, AlertTable } from '../alert-schema.js'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'

export interface AlertListFilter {
  rule?: string
  status?: string
  severity?: string
  /** Matches the subject or the responsible party. */
  subject?: string
  regionPrefix?: string
  /** Regulators: alerts of these categories only. */
  categories?: string[]
  /** Enterprises: alerts about these parties only. */
  partyIds?: string[]
  limit: number
  offset: number
}

export interface AlertCounts {
  partyId: string
  total: number
  active: number
  high: number
}

export function createAlertRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'insertRows' | 'maxParameters'>) {
  const filtered = (filter: Omit<AlertListFilter, 'limit' | 'offset'>) => {
    let query = db.selectFrom('alert')
    if (filter.rule) query = query.where('rule', '=', filter.rule)
    if (filter.status) query = query.where('status', '=', filter.status)
    if (filter.severity) query = query.where('severity', '=', filter.severity)
    if (filter.subject) query = query.where((eb) => eb.or([eb('subject_id', '=', filter.subject!), eb('party_id', '=', filter.subject!)]))
    if (filter.regionPrefix) query = query.where('region_code', 'like', `${filter.regionPrefix}%`)
    if (filter.categories) query = query.where('category', 'in', filter.categories.length > 0 ? filter.categories : [''])
    if (filter.partyIds) query = query.where('party_id', 'in', filter.partyIds.length > 0 ? filter.partyIds : [''])
    return query
  }
  return {
    /**
     * False, writing nothing, when an active alert with the same dedup key exists (the partial unique index
     * `alert_active_dedup_uq`): another writer raised it first, even one that committed a moment ago.
     */
    async insert(row: AlertTable): Promise<boolean> {
      const result = await db.insertInto('alert').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0
    },
    async insertEvidence(rows: AlertEvidenceTable[]): Promise<void> {
      await dialect.insertRows(db, 'alert_evidence', rows)
    },
    /** The alert in one of `statuses` (usually the active ones) for each dedup key that has one. */
    async findByDedupKeys(keys: string[], statuses: readonly AlertStatus[]): Promise<Map<string, { id: string; evidenceCount: number }>> {
      const found = new Map<string, { id: string; evidenceCount: number }>()
      for (const chunk of chunkRows([...new Set(keys)], 1, dialect.maxParameters - statuses.length)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('alert').select(['id', 'dedup_key', 'evidence_count'])
          .where('dedup_key', 'in', chunk).where('status', 'in', [...statuses]).execute()
        for (const row of rows) found.set(row.dedup_key, { id: row.id, evidenceCount: Number(row.evidence_count) })
      }
      return found
    },
    /** Derived current state: the count and time of the newest evidence (the rows themselves are appended). */
    async noteEvidence(id: string, evidenceCount: number, updatedAt: string): Promise<void> {
      await db.updateTable('alert').set({ evidence_count: evidenceCount, updated_at: updatedAt }).where('id', '=', id).execute()
    },
    /** Derived current state after a transition row has been appended. */
    async setStatus(id: string, status: AlertStatus, updatedAt: string): Promise<void> {
      await db.updateTable('alert').set({ status, updated_at: updatedAt }).where('id', '=', id).execute()
    },
    async insertTransition(row: { id: string; alertId: string; from?: AlertStatus; to: AlertStatus; note?: string; actor: string; at: string }): Promise<void> {
      await db.insertInto('alert_transition').values({ id: row.id, alert_id: row.alertId, from_status: row.from ?? null, to_status: row.to, note: row.note ?? null, actor: row.actor, at: row.at }).execute()
    },
    async findById(id: string): Promise<Alert | undefined> {
      const row = await db.selectFrom('alert').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? fromRow(row) : undefined
    },
    /** Newest first, paged; `total` counts every match. */
    async list(filter: AlertListFilter): Promise<{ alerts: Alert[]; total: number }> {
      const rows = await filtered(filter).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute()
      const counted = await filtered(filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
      return { alerts: rows.map(fromRow), total: Number(counted?.n ?? 0) }
    },
    /** Every alert about a subject (a party or a unit), newest first: the credit record reads this. */
    async listBySubject(subjectId: string, limit = 500): Promise<Alert[]> {
      const rows = await filtered({ subject: subjectId }).selectAll().orderBy('created_at', 'desc').limit(limit).execute()
      return rows.map(fromRow)
    },
    /** Per party: all alerts, active ones and high-severity ones (credit scoring, console counts). */
    async countByParty(partyIds: string[]): Promise<AlertCounts[]> {
      const counts: AlertCounts[] = []
      for (const chunk of chunkRows([...new Set(partyIds)], 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('alert').select((eb) => [
          'party_id',
          eb.fn.countAll().as('total'),
          eb.fn.sum(eb.case().when('status', 'in', ['open', 'acknowledged', 'investigating']).then(1).else(0).end()).as('active'),
          eb.fn.sum(eb.case().when('severity', '=', 'high').then(1).else(0).end()).as('high'),
        ]).where('party_id', 'in', chunk).groupBy('party_id').execute()
        for (const row of rows) counts.push({ partyId: row.party_id!, total: Number(row.total), active: Number(row.active ?? 0), high: Number(row.high ?? 0) })
      }
      return counts
    },
    /** Evidence, oldest first; `partyIds` narrows it to those parties' events (an enterprise's reduced view). */
    async evidenceOf(alertId: string, limit: number, partyIds?: string[]): Promise<AlertEvidence[]> {
      let query = db.selectFrom('alert_evidence').selectAll().where('alert_id', '=', alertId)
      if (partyIds) query = query.where('party_id', 'in', partyIds.length > 0 ? partyIds : [''])
      const rows = await query.orderBy('created_at').orderBy('id').limit(limit).execute()
      return rows.map(evidenceFromRow)
    },
    /** The first `perAlert` evidence rows of each alert (a list page's summary), in one query. */
    async evidenceOfMany(alertIds: string[], perAlert: number, partyIds?: string[]): Promise<Map<string, AlertEvidence[]>> {
      const found = new Map<string, AlertEvidence[]>()
      if (alertIds.length === 0) return found
      let query = db.selectFrom('alert_evidence').selectAll().where('alert_id', 'in', alertIds)
      if (partyIds) query = query.where('party_id', 'in', partyIds.length > 0 ? partyIds : [''])
      for (const r of await query.orderBy('created_at').orderBy('id').limit(alertIds.length * 100).execute()) {
        const list = found.get(r.alert_id) ?? []
        if (list.length < perAlert) list.push(evidenceFromRow(r))
        found.set(r.alert_id, list)
      }
      return found
    },
    async transitionsOf(alertId: string): Promise<AlertTransition[]> {
      const rows = await db.selectFrom('alert_transition').selectAll().where('alert_id', '=', alertId).orderBy('at').orderBy('id').execute()
      return rows.map((r) => ({ id: r.id, from: (r.from_status ?? undefined) as AlertStatus | undefined, to: r.to_status as AlertStatus, note: r.note ?? undefined, actor: r.actor, at: r.at }))
    },
  }
}

export type AlertRepository = ReturnType<typeof createAlertRepository>

function fromRow(row: Selectable<AlertTable>): Alert {
  return {
    id: row.id, rule: row.rule as RuleId, severity: row.severity as Severity,
    subject: { kind: row.subject_kind as 'party' | 'unit', id: row.subject_id }, subjectKey: row.subject_key,
    partyId: row.party_id ?? undefined, regionCode: row.region_code ?? undefined, category: row.category ?? undefined,
    message: { zh: row.message_zh, en: row.message_en }, thresholds: JSON.parse(row.thresholds), data: JSON.parse(row.data),
    status: row.status as AlertStatus, evidenceCount: Number(row.evidence_count), createdAt: row.created_at, updatedAt: row.updated_at,
  }
}

function evidenceFromRow(r: Selectable<AlertEvidenceTable>): AlertEvidence {
  return {
    id: r.id, createdAt: r.created_at, eventRowId: r.event_row_id ?? undefined, eventId: r.event_id ?? undefined, eventTime: r.event_time ?? undefined,
    partyId: r.party_id ?? undefined, unitId: r.unit_id ?? undefined, unitKey: r.unit_key ?? undefined,
  }
}
