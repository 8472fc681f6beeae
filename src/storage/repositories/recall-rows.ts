/** Row ↔ record mappers of the recall tables. */
import type { Selectable } from 'kysely'
import type { RecallLevel } from '../../domain/recalls/levels.js'
import type { ConsumerNotice, InitiatorKind, Recall, RecallEvent, RecallReport, RecallTask } from '../../domain/recalls/recall.js'
import type { RecallEventKind, RecallStatus, TaskStatus } from '../../domain/recalls/states.js'
import type { ConsumerNoticeTable, RecallCodeTable, RecallEventTable, RecallTable, RecallTaskReportTable, RecallTaskTable } from './recall-schema.js'

const opt = <T>(value: T | null): T | undefined => value ?? undefined

export function recallToRow(r: Recall): RecallTable {
  return {
    id: r.id, level: r.level, reason: r.reason, deadline: r.deadline, status: r.status, initiator_kind: r.initiator.kind,
    initiator_organisation_id: r.initiator.organisationId ?? null, initiator_name: r.initiator.name, responsible_party_id: r.responsiblePartyId ?? null,
    region_code: r.regionCode ?? null, categories: JSON.stringify(r.categories), product_names: JSON.stringify(r.productNames),
    holder_count: r.holderCount, opened_at: r.openedAt, closed_at: r.closedAt ?? null,
  }
}

export function recallFromRow(row: Selectable<RecallTable>, codes: Selectable<RecallCodeTable>[]): Recall {
  return {
    id: row.id, level: row.level as RecallLevel, reason: row.reason, deadline: row.deadline, status: row.status as RecallStatus,
    initiator: { kind: row.initiator_kind as InitiatorKind, organisationId: opt(row.initiator_organisation_id), name: row.initiator_name },
    responsiblePartyId: opt(row.responsible_party_id), regionCode: opt(row.region_code),
    categories: JSON.parse(row.categories) as string[], productNames: JSON.parse(row.product_names) as string[],
    holderCount: Number(row.holder_count), openedAt: row.opened_at, closedAt: opt(row.closed_at),
    codes: codes.sort((a, b) => Number(a.position) - Number(b.position)).map((c) => ({ unitId: c.unit_id, code: c.code, givenCode: c.given_code })),
  }
}

export function taskToRow(t: RecallTask): RecallTaskTable {
  return {
    id: t.id, recall_id: t.recallId, party_id: t.partyId ?? null, party_ref: t.partyRef ?? null, party_name: t.partyName ?? null,
    party_kind: t.partyKind ?? null, site_id: t.siteId ?? null, site_name: t.siteName ?? null, region_code: t.regionCode ?? null,
    status: t.status, lots: JSON.stringify(t.lots), created_at: t.createdAt,
  }
}

export function taskFromRow(row: Selectable<RecallTaskTable>): RecallTask {
  return {
    id: row.id, recallId: row.recall_id, partyId: opt(row.party_id), partyRef: opt(row.party_ref), partyName: opt(row.party_name),
    partyKind: opt(row.party_kind), siteId: opt(row.site_id), siteName: opt(row.site_name), regionCode: opt(row.region_code),
    status: row.status as TaskStatus, lots: JSON.parse(row.lots) as RecallTask['lots'], createdAt: row.created_at,
  }
}

export function reportToRow(r: RecallReport): RecallTaskReportTable {
  return {
    id: r.id, task_id: r.taskId, recall_id: r.recallId, kind: r.kind, lines: JSON.stringify(r.lines), note: r.note ?? null,
    event_ids: JSON.stringify(r.eventIds), organisation_id: r.organisationId ?? null, actor_name: r.actorName, reported_at: r.reportedAt,
  }
}

export function reportFromRow(row: Selectable<RecallTaskReportTable>): RecallReport {
  return {
    id: row.id, taskId: row.task_id, recallId: row.recall_id, kind: row.kind as RecallReport['kind'], lines: JSON.parse(row.lines) as RecallReport['lines'],
    note: opt(row.note), eventIds: JSON.parse(row.event_ids) as string[], organisationId: opt(row.organisation_id), actorName: row.actor_name, reportedAt: row.reported_at,
  }
}

export function eventToRow(e: RecallEvent, seq: number): RecallEventTable {
  return {
    id: e.id, recall_id: e.recallId, task_id: e.taskId ?? null, kind: e.kind, status: e.status ?? null, actor_kind: e.actor.kind,
    organisation_id: e.actor.organisationId ?? null, actor_name: e.actor.name, note: e.note ?? null, at: e.at, seq,
  }
}

export function eventFromRow(row: Selectable<RecallEventTable>): RecallEvent {
  return {
    id: row.id, recallId: row.recall_id, taskId: opt(row.task_id), kind: row.kind as RecallEventKind, status: opt(row.status),
    actor: { kind: row.actor_kind, organisationId: opt(row.organisation_id), name: row.actor_name }, note: opt(row.note), at: row.at,
  }
}

export function noticeToRow(n: ConsumerNotice): ConsumerNoticeTable {
  return {
    id: n.id, recall_id: n.recallId, title: n.title, body: n.body, advice: n.advice ?? null, organisation_id: n.organisationId ?? null,
    publisher_name: n.publisherName, published_at: n.publishedAt,
  }
}

export function noticeFromRow(row: Selectable<ConsumerNoticeTable>): ConsumerNotice {
  return {
    id: row.id, recallId: row.recall_id, title: row.title, body: row.body, advice: opt(row.advice), organisationId: opt(row.organisation_id),
    publisherName: row.publisher_name, publishedAt: row.published_at,
  }
}
