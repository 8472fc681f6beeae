/** What handlers and complainants see of a complaint. Complainants see status and answer, never notes. */
import { isComplaintStatus, isOverdue, allowedNext } from '../../domain/complaints/workflow.js'
import { maskPhone } from '../../domain/complaints/input.js'
import { findRegion } from '../../domain/regions.js'
import type { ComplaintEventRecord, ComplaintRecord } from '../../storage/repositories/complaint-repository.js'

export interface ComplaintSummary {
  id: string
  number: string
  createdAt: string
  source: string
  code?: string
  text: string
  regionCode?: string
  regionName?: string
  category?: string
  status: string
  assigneeOrganisationId?: string
  dueAt?: string
  overdue: boolean
  updatedAt: string
}

export interface ComplaintDetail extends ComplaintSummary {
  hotlineTicket?: string
  contact: { name?: string; phone?: string; email?: string }
  answer?: string
  /** The finding on the merits given with the latest answer. */
  finding?: string
  assigneeName?: string
  photos: { id: string; contentType: string; byteSize: number; url: string }[]
  history: (Omit<ComplaintEventRecord, 'complaintId' | 'actorAccountId'> & { actorName?: string; assigneeName?: string })[]
  allowedNext: string[]
  /** Pages of the web app that start from this complaint's code. */
  links: { impact?: string; recall?: string }
}

export interface ComplaintReceiptView {
  id: string
  number: string
  createdAt: string
  code?: string
  text: string
  status: string
  dueAt?: string
  answer?: string
  finding?: string
  history: { at: string; status: string }[]
}

export function summaryOf(c: ComplaintRecord, now: string): ComplaintSummary {
  return {
    id: c.id, number: c.number, createdAt: c.createdAt, source: c.source, code: c.code, text: c.text, regionCode: c.regionCode,
    regionName: c.regionCode ? findRegion(c.regionCode)?.fullName : undefined, category: c.category, status: c.status,
    assigneeOrganisationId: c.assigneeOrganisationId, dueAt: c.dueAt, overdue: isOverdue(c.status, c.dueAt, now), updatedAt: c.updatedAt,
  }
}

export function detailOf(c: ComplaintRecord, extra: {
  now: string; events: ComplaintEventRecord[]; photos: { id: string; contentType: string; byteSize: number }[];
  names: Map<string, string>; personalData: boolean
}): ComplaintDetail {
  const codes = c.code ? encodeURIComponent(c.code) : undefined
  return {
    ...summaryOf(c, extra.now), hotlineTicket: c.hotlineTicket, answer: c.answer, finding: c.finding,
    contact: { name: c.contactName, phone: c.contactPhone && (extra.personalData ? c.contactPhone : maskPhone(c.contactPhone)), email: c.contactEmail },
    assigneeName: c.assigneeOrganisationId ? extra.names.get(c.assigneeOrganisationId) : undefined,
    photos: extra.photos.map((p) => ({ ...p, url: `/api/v1/complaints/${c.id}/photos/${p.id}` })),
    history: extra.events.map((e) => ({
      id: e.id, at: e.at, kind: e.kind, status: e.status, note: e.note, answer: e.answer, finding: e.finding, dueAt: e.dueAt,
      assigneeOrganisationId: e.assigneeOrganisationId, assigneeName: e.assigneeOrganisationId ? extra.names.get(e.assigneeOrganisationId) : undefined,
      actorOrganisationId: e.actorOrganisationId, actorName: e.actorOrganisationId ? extra.names.get(e.actorOrganisationId) : undefined,
    })),
    allowedNext: isComplaintStatus(c.status) ? [...allowedNext(c.status)] : [],
    links: codes ? { impact: `/impact?codes=${codes}`, recall: `/recalls/new?codes=${codes}` } : {},
  }
}

export function receiptViewOf(c: ComplaintRecord, events: ComplaintEventRecord[]): ComplaintReceiptView {
  const history: { at: string; status: string }[] = []
  for (const e of events) {
    if (e.kind !== 'note' && history.at(-1)?.status !== e.status) history.push({ at: e.at, status: e.status })
  }
  return { id: c.id, number: c.number, createdAt: c.createdAt, code: c.code, text: c.text, status: c.status, dueAt: c.dueAt, answer: c.answer, finding: c.finding, history }
}
