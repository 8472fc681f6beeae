/**
 * Building a new complaint: its number, receipt token, routing and first history rows (received, and
 * assigned when a responsible regulator was found), written with a `complaint.*` notification in the
 * caller's transaction. Shared by the web form (submit.ts) and the hotline import (import-hotline.ts).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { deadlineOf } from '../../domain/complaints/workflow.js'
import { newRowId } from '../../storage/ids.js'
import type { ComplaintRecord } from '../../storage/repositories/complaint-repository.js'
import type { Repositories } from '../../storage/store.js'
import { notify } from '../notifications/notify.js'
import type { Clock } from '../clock.js'
import type { ComplaintRouting } from './routing.js'

const SHANGHAI_OFFSET_MS = 8 * 3_600_000

export function newReceipt(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url')
  return { token, hash: receiptHashOf(token) }
}

export function receiptHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function receiptMatches(token: string, hash: string): boolean {
  const given = Buffer.from(receiptHashOf(token), 'hex')
  const kept = Buffer.from(hash, 'hex')
  return given.length === kept.length && timingSafeEqual(given, kept)
}

/** 投诉编号: TS + the Shanghai date + six characters of the id, e.g. TS20261123-4F2A9C. */
export function complaintNumberOf(id: string, at: string): string {
  const day = new Date(Date.parse(at) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '')
  return `TS${day}-${id.replace(/-/g, '').slice(-6).toUpperCase()}`
}

export interface NewComplaint {
  source: 'web' | 'hotline'
  hotlineTicket?: string
  receivedAt: string
  text: string
  contactName?: string
  contactPhone?: string
  contactEmail?: string
  routing: ComplaintRouting
  /** A region given by the source (the hotline's 所在区域) when the code tells none. */
  regionCode?: string
}

/** Writes the complaint and its first history rows through `tx`; returns the record and the receipt token. */
export async function recordComplaint(tx: Repositories, clock: Clock, input: NewComplaint): Promise<{ complaint: ComplaintRecord; receipt: string }> {
  const id = newRowId()
  const now = clock.now()
  const receipt = newReceipt()
  const { routing } = input
  const regionCode = routing.regionCode ?? input.regionCode
  const complaint: ComplaintRecord = {
    id, number: complaintNumberOf(id, input.receivedAt), createdAt: input.receivedAt, source: input.source, hotlineTicket: input.hotlineTicket,
    code: routing.code, unitId: routing.unitId, text: input.text, contactName: input.contactName, contactPhone: input.contactPhone,
    contactEmail: input.contactEmail, regionCode, category: routing.category, receiptHash: receipt.hash,
    status: 'received', dueAt: deadlineOf('received', input.receivedAt, input.receivedAt), updatedAt: input.receivedAt,
  }
  await tx.complaints.insert(complaint)
  await tx.complaints.appendEvent({ id: newRowId(), complaintId: id, at: input.receivedAt, kind: 'received', status: 'received', dueAt: complaint.dueAt })
  let current = complaint
  if (routing.assignee) {
    const dueAt = deadlineOf('assigned', input.receivedAt, now)
    await tx.complaints.appendEvent({
      id: newRowId(), complaintId: id, at: now, kind: 'assigned', status: 'assigned', assigneeOrganisationId: routing.assignee.id, dueAt,
      note: 'routed by region and category / 按地区和品类自动分派',
    })
    current = { ...complaint, status: 'assigned', assigneeOrganisationId: routing.assignee.id, dueAt, updatedAt: now }
  }
  await notify(tx, {
    type: routing.assignee ? 'complaint.assigned' : 'complaint.received', subject: { kind: 'complaint', id },
    regionCode, categories: routing.category ? [routing.category] : [],
    data: { number: complaint.number, code: routing.code, status: current.status, assigneeOrganisationId: routing.assignee?.id },
  }, { clock })
  return { complaint: current, receipt: receipt.token }
}
