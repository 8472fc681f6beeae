/**
 * Reads a complaint from JSON or multipart/form-data without ever holding more than the limits allow:
 * a declared body over MAX_COMPLAINT_BODY_BYTES is refused before a byte is read (onRequest); a streamed
 * one stops at the first photo over 5 MB, the 4th photo, or too many fields. Nothing is written then.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '../../../domain/complaints/photo.js'
import { ZhuisuError } from '../../../domain/errors.js'
import { Value } from 'typebox/value'
import type { ComplaintSubmission } from '../../../services/complaints/submit.js'
import { ComplaintBody, type ComplaintBodyDto } from './schema.js'

const FIELD_BYTES = 16 * 1024
const MAX_FIELDS = 10
/** Three photos at the limit, the text fields and multipart framing. */
export const MAX_COMPLAINT_BODY_BYTES = MAX_PHOTOS * MAX_PHOTO_BYTES + MAX_FIELDS * FIELD_BYTES + 64 * 1024
const PHOTO_FIELDS = new Set(['photos', 'photo', 'photos[]'])

const LIMIT_CODES = new Set(['complaint_photo_too_large', 'complaint_photo_count', 'complaint_upload_too_large'])
function statusIsLimit(error: ZhuisuError): boolean {
  return LIMIT_CODES.has(error.code)
}

/** Reads one photo, stopping at the first byte over the limit (the rest of the upload is never read). */
async function readPhoto(file: AsyncIterable<Buffer>, index: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of file) {
    size += chunk.length
    if (size > MAX_PHOTO_BYTES) throw new ZhuisuError('complaint_photo_too_large', `/photos/${index}`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** onRequest: refuse a declared oversize body at once, before parsing (nothing buffered, nothing written). */
export async function refuseOversizeComplaint(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared <= MAX_COMPLAINT_BODY_BYTES) return
  void reply.header('connection', 'close')
  throw new ZhuisuError('complaint_upload_too_large', '/photos', { maxBytes: MAX_COMPLAINT_BODY_BYTES })
}

/** multipart's own limit errors, in the platform's words. */
function limitError(error: unknown): ZhuisuError | undefined {
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE': return new ZhuisuError('complaint_photo_too_large', '/photos')
    case 'FST_FILES_LIMIT': return new ZhuisuError('complaint_photo_count', '/photos')
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT': return new ZhuisuError('complaint_upload_too_large', '/')
    default: return undefined
  }
}

export async function readComplaintForm(request: FastifyRequest, reply: FastifyReply): Promise<ComplaintSubmission> {
  if (!request.isMultipart()) {
    return { ...jsonComplaint(request.body), photos: [] }
  }
  const fields: Record<string, string> = {}
  const photos: Buffer[] = []
  try {
    const parts = request.parts({ limits: { fileSize: MAX_PHOTO_BYTES + 1, files: MAX_PHOTOS, fields: MAX_FIELDS, fieldSize: FIELD_BYTES, parts: MAX_PHOTOS + MAX_FIELDS } })
    for await (const part of parts) {
      if (part.type === 'file') {
        if (!PHOTO_FIELDS.has(part.fieldname)) throw new ZhuisuError('field_unknown', `/${part.fieldname}`)
        const bytes = await readPhoto(part.file, photos.length)
        if (bytes.length > 0) photos.push(bytes)
      } else {
        fields[part.fieldname] = String(part.value ?? '')
      }
    }
  } catch (error) {
    const refused = limitError(error) ?? error
    // Stop reading: the client may still be sending; this connection is not reused.
    if (refused instanceof ZhuisuError && statusIsLimit(refused)) void reply.header('connection', 'close')
    throw refused
  }
  const text = fields.text
  if (text === undefined) throw new ZhuisuError('field_required', '/text')
  return {
    code: fields.code || undefined, text,
    contact: { name: fields['contact.name'] ?? fields.name, phone: fields['contact.phone'] ?? fields.phone, email: fields['contact.email'] ?? fields.email },
    photos,
  }
}

/** The JSON form, checked against ComplaintBody (the route takes multipart too, so Fastify cannot check it). */
function jsonComplaint(body: unknown): Omit<ComplaintSubmission, 'photos'> {
  if (typeof body !== 'object' || body === null) throw new ZhuisuError('field_required', '/text')
  const record = body as Record<string, unknown>
  if (typeof record.text !== 'string') throw new ZhuisuError(record.text === undefined ? 'field_required' : 'field_type', '/text')
  if (typeof record.contact !== 'object' || record.contact === null) throw new ZhuisuError('complaint_contact_required', '/contact/phone')
  if (!Value.Check(ComplaintBody, body)) {
    const first = [...Value.Errors(ComplaintBody, body)][0] as { instancePath?: string } | undefined
    throw new ZhuisuError('invalid_request', first?.instancePath || '/')
  }
  const valid = body as ComplaintBodyDto
  return { code: valid.code, text: valid.text, contact: valid.contact }
}
