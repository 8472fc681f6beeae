/**
 * Handling complaints: the regulator's inbox (paged, sorted and filtered in the database, within scope),
 * one complaint in full, its photos, the complainant's view with the receipt token, and workflow steps
 * (each a new history row, with a `complaint.*` notification).
 */
import type { Actor } from '../../domain/accounts/actor.js'
import { checkTransition, deadlineOf, isComplaintStatus, type TransitionRequest } from '../../domain/complaints/workflow.js'
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { ComplaintListQuery, ComplaintRecord, ComplaintSort } from '../../storage/repositories/complaint-repository.js'
import type { Repositories } from '../../storage/store.js'
import { complaintFilterOf, mayHandleComplaint, maySeePersonalData, resolveScope, type Scope } from '../access/scope.js'
import { notify } from '../notifications/notify.js'
import type { ComplaintDeps } from './submit.js'
import { detailOf, receiptViewOf, summaryOf, type ComplaintDetail, type ComplaintReceiptView, type ComplaintSummary } from './views.js'
import { receiptMatches } from './record.js'

export interface ComplaintListRequest {
  status?: string
  overdue?: boolean
  category?: string
  region?: string
  code?: string
  assignee?: string
  sort?: ComplaintSort
  order?: 'asc' | 'desc'
  limit: number
  offset: number
}

export async function listComplaints(deps: ComplaintDeps, actor: Actor, request: ComplaintListRequest): Promise<{ complaints: ComplaintSummary[]; total: number }> {
  const scope = await resolveScope(deps.store, actor)
  const now = deps.clock.now()
  const filter: Omit<ComplaintListQuery, 'sort' | 'descending' | 'limit' | 'offset'> = {
    scope: complaintFilterOf(scope), status: request.status, overdueAt: request.overdue ? now : undefined, category: request.category,
    regionPrefix: request.region?.replace(/(00)+$/, ''), code: request.code, assigneeOrganisationId: request.assignee,
  }
  const [rows, total] = await Promise.all([
    deps.store.complaints.list({ ...filter, sort: request.sort ?? 'created_at', descending: (request.order ?? 'desc') === 'desc', limit: request.limit, offset: request.offset }),
    deps.store.complaints.count(filter),
  ])
  return { complaints: rows.map((c) => summaryOf(c, now)), total }
}

/** A complaint the caller may handle; others' (and unknown ones) answer 404, the public 401/403. */
async function handledComplaint(repos: Repositories, scope: Scope, id: string): Promise<ComplaintRecord> {
  complaintFilterOf(scope)
  const complaint = await repos.complaints.findById(id)
  if (!complaint || !mayHandleComplaint(scope, complaint)) throw new ZhuisuError('complaint_not_found', '/id')
  return complaint
}

async function detail(repos: Repositories, scope: Scope, complaint: ComplaintRecord, now: string): Promise<ComplaintDetail> {
  const events = await repos.complaints.events(complaint.id)
  const orgIds = new Set([complaint.assigneeOrganisationId, ...events.flatMap((e) => [e.assigneeOrganisationId, e.actorOrganisationId])].filter((x): x is string => !!x))
  const names = new Map<string, string>()
  for (const orgId of orgIds) {
    const org = await repos.organisations.findById(orgId)
    if (org) names.set(orgId, org.name)
  }
  return detailOf(complaint, { now, events, photos: await repos.complaints.photosOf(complaint.id), names, personalData: maySeePersonalData(scope) })
}

export async function getComplaint(deps: ComplaintDeps, actor: Actor, id: string): Promise<ComplaintDetail> {
  const scope = await resolveScope(deps.store, actor)
  return detail(deps.store, scope, await handledComplaint(deps.store, scope, id), deps.clock.now())
}

/** The complainant's view: a wrong receipt answers exactly like an unknown complaint. */
export async function getComplaintByReceipt(deps: ComplaintDeps, id: string, receipt: string): Promise<ComplaintReceiptView> {
  const complaint = await deps.store.complaints.findById(id)
  if (!complaint || !receiptMatches(receipt, complaint.receiptHash)) throw new ZhuisuError('complaint_not_found', '/receipt')
  return receiptViewOf(complaint, await deps.store.complaints.events(id))
}

export async function getComplaintPhoto(deps: ComplaintDeps, actor: Actor, id: string, photoId: string, receipt?: string): Promise<{ contentType: string; data: Buffer }> {
  if (receipt !== undefined) await getComplaintByReceipt(deps, id, receipt)
  else await handledComplaint(deps.store, await resolveScope(deps.store, actor), id)
  const photo = await deps.store.complaints.findPhoto(id, photoId)
  if (!photo) throw new ZhuisuError('complaint_not_found', '/photoId')
  return { contentType: photo.contentType, data: Buffer.from(photo.data, 'base64') }
}

export async function transitionComplaint(deps: ComplaintDeps, actor: Actor, id: string, request: TransitionRequest): Promise<ComplaintDetail> {
  const scope = await resolveScope(deps.store, actor)
  const now = deps.clock.now()
  return deps.store.transaction(async (tx) => {
    const complaint = await handledComplaint(tx, scope, id)
    if (!isComplaintStatus(complaint.status)) throw new ZhuisuError('complaint_transition_invalid', '/to')
    const step = checkTransition(complaint.status, request)
    let assigneeOrganisationId = complaint.assigneeOrganisationId
    if (step.to === 'assigned') {
      const assignee = await tx.organisations.findById(request.assigneeOrganisationId ?? '')
      if (!assignee || assignee.kind !== 'regulator' || assignee.status !== 'active') throw new ZhuisuError('complaint_assignee_invalid', '/assigneeOrganisationId')
      assigneeOrganisationId = assignee.id
    }
    const dueAt = step.kind === 'note' ? complaint.dueAt : deadlineOf(step.to, complaint.createdAt, now)
    const answer = step.to === 'answered' && step.kind !== 'note' ? request.answer?.trim() : undefined
    await tx.complaints.appendEvent({
      id: newRowId(), complaintId: id, at: now, kind: step.kind, status: step.to, note: request.note?.trim() || undefined, answer, finding: step.finding,
      assigneeOrganisationId, dueAt, actorOrganisationId: actor.organisationId, actorAccountId: actor.accountId ?? actor.apiKeyId,
    })
    if (step.kind !== 'note') {
      await notify(tx, {
        type: `complaint.${step.kind}`, subject: { kind: 'complaint', id }, regionCode: complaint.regionCode,
        categories: complaint.category ? [complaint.category] : [], data: { number: complaint.number, status: step.to, assigneeOrganisationId },
      }, { clock: deps.clock })
    }
    const updated = await tx.complaints.findById(id)
    return detail(tx, scope, updated as ComplaintRecord, now)
  })
}
