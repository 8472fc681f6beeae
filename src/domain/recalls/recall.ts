/** The recall records as the services and the API see them. Quantities in integer thousandths. */
import type { RecallLevel } from './levels.js'
import type { LotProgress, ReportLine, TaskLot } from './report.js'
import type { RecallEventKind, RecallStatus, TaskStatus } from './states.js'

export type InitiatorKind = 'operator' | 'regulator' | 'enterprise'

export interface Recall {
  id: string
  level: RecallLevel
  reason: string
  deadline: string
  status: RecallStatus
  initiator: { kind: InitiatorKind; organisationId?: string; name: string }
  responsiblePartyId?: string
  regionCode?: string
  categories: string[]
  productNames: string[]
  holderCount: number
  openedAt: string
  closedAt?: string
  codes: { unitId: string; code: string; givenCode: string }[]
}

export interface RecallTask {
  id: string
  recallId: string
  partyId?: string
  partyRef?: string
  partyName?: string
  partyKind?: string
  siteId?: string
  siteName?: string
  regionCode?: string
  status: TaskStatus
  lots: TaskLot[]
  createdAt: string
}

export interface RecallReport {
  id: string
  taskId: string
  recallId: string
  kind: 'report' | 'explanation'
  lines: ReportLine[]
  note?: string
  eventIds: string[]
  organisationId?: string
  actorName: string
  reportedAt: string
}

export interface RecallEvent {
  id: string
  recallId: string
  taskId?: string
  kind: RecallEventKind
  status?: string
  actor: { kind: string; organisationId?: string; name: string }
  note?: string
  at: string
}

export interface ConsumerNotice {
  id: string
  recallId: string
  title: string
  body: string
  advice?: string
  organisationId?: string
  publisherName: string
  publishedAt: string
}

export type { LotProgress, ReportLine, TaskLot }
