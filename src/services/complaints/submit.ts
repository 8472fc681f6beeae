/**
 * A complaint from the public query page (anonymous allowed): validated text and contact, the code
 * (optional) located and routed, photos cleaned — all before one short transaction that writes the
 * complaint, its history, its photos and the notification, or nothing.
 */
import type { Actor } from '../../domain/accounts/actor.js'
import { checkComplaintText, checkContact, type ComplaintContact } from '../../domain/complaints/input.js'
import { newRowId } from '../../storage/ids.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { cleanPhotos } from './photos.js'
import { recordComplaint } from './record.js'
import { locateByCode, responsibleRegulator } from './routing.js'

export interface ComplaintDeps {
  store: Store
  clock: Clock
}

export interface ComplaintSubmission {
  code?: string
  text: string
  contact: ComplaintContact
  photos: Buffer[]
}

export interface SubmittedComplaint {
  id: string
  number: string
  status: string
  /** Shown once: lets the complainant read the status at GET /api/v1/complaints/{id}?receipt=… */
  receipt: string
}

export async function submitComplaint(deps: ComplaintDeps, _actor: Actor, input: ComplaintSubmission): Promise<SubmittedComplaint> {
  const text = checkComplaintText(input.text)
  const contact = checkContact(input.contact)
  const located = await locateByCode(deps.store, deps.clock, input.code)
  const photos = await cleanPhotos(input.photos)
  const assignee = await responsibleRegulator(deps.store, located.regionCode, located.category)
  const now = deps.clock.now()
  const { complaint, receipt } = await deps.store.transaction(async (tx) => {
    const written = await recordComplaint(tx, deps.clock, {
      source: 'web', receivedAt: now, text, contactName: contact.name, contactPhone: contact.phone, contactEmail: contact.email,
      routing: { ...located, assignee },
    })
    for (const [position, photo] of photos.entries()) {
      await tx.complaints.insertPhoto({
        id: newRowId(), complaintId: written.complaint.id, position, contentType: photo.contentType, byteSize: photo.data.length, data: photo.data.toString('base64'),
      })
    }
    return written
  })
  return { id: complaint.id, number: complaint.number, status: complaint.status, receipt }
}
