/**
 * Complaints (投诉): submitted by anyone from the public query page (JSON or multipart with photos),
 * read back by the complainant with the receipt token; the regulators' inbox, detail and workflow steps;
 * the 12345 hotline import with its template.
 */
import multipart from '@fastify/multipart'
import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { getComplaint, getComplaintByReceipt, getComplaintPhoto, listComplaints, transitionComplaint } from '../../../services/complaints/handle.js'
import { importHotlineComplaints } from '../../../services/complaints/import-hotline.js'
import { submitComplaint } from '../../../services/complaints/submit.js'
import { ZhuisuError } from '../../../domain/errors.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams } from '../parties/schema.js'
import { attachment, CSV_TYPE, XLSX_TYPE } from '../spreadsheets/files.js'
import { MAX_COMPLAINT_BODY_BYTES, readComplaintForm, refuseOversizeComplaint } from './complaint-form.js'
import { hotlineTemplate, readHotlineFile } from './hotline-file.js'
import {
  ComplaintDetail, ComplaintList, ComplaintReceiptView, ImportReport, ListQuery, PhotoParams, ReceiptQuery, Submitted, TransitionBody,
} from './schema.js'

const MAX_IMPORT_BYTES = 8 * 1024 * 1024

const complaints: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  await server.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 4 } })
  const deps = { store: app.store, clock: app.clock }
  const tags = ['complaints']
  const security = [{ bearer: [] }]

  server.post('/api/v1/complaints', {
    bodyLimit: MAX_COMPLAINT_BODY_BYTES,
    // Flooding is limited with sign-ins (src/http/security.ts LOGIN_ROUTES), before this hook runs.
    onRequest: async (request, reply) => {
      await refuseOversizeComplaint(request, reply)
    },
    schema: {
      tags, summary: 'Submit a complaint (anyone; JSON, or multipart with fields code, text, phone, email, name and up to 3 `photos`)',
      description: 'JSON body: `{ code?, text, contact: { name?, phone?, email? } }`. Photos: JPEG, PNG or WebP by content, each ≤ 5 MB, re-encoded without metadata. A larger upload is refused with 413 before it is read. Text with markup is refused (complaint_text_markup). The answer carries the receipt token, shown once.',
      response: { 201: Submitted, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await submitComplaint(deps, request.actor, await readComplaintForm(request, reply))))

  server.get('/api/v1/complaints', {
    schema: { tags, security, summary: 'Complaints in the caller\'s scope (regulators: region and categories, or assigned to them; operator: all)', querystring: ListQuery, response: { 200: ComplaintList, ...errorResponses } },
  }, async (request) => listComplaints(deps, request.actor, { ...request.query, limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 }))

  server.get('/api/v1/complaints/import-template.xlsx', {
    schema: { tags, summary: 'The 12345 hotline import template (.xlsx with an example row and notes)', response: errorResponses },
  }, async (_request, reply) => attachment(reply, XLSX_TYPE, '12345工单导入模板.xlsx').send(await hotlineTemplate()))

  server.get('/api/v1/complaints/:id', {
    schema: {
      tags, summary: 'One complaint: in full for a regulator in scope; with `?receipt=` the complainant\'s view (status, answer)',
      params: IdParams, querystring: ReceiptQuery, response: { 200: Type.Union([ComplaintDetail, ComplaintReceiptView]), ...errorResponses },
    },
  }, async (request) => request.query.receipt !== undefined
    ? getComplaintByReceipt(deps, request.params.id, request.query.receipt)
    : getComplaint(deps, request.actor, request.params.id))

  server.get('/api/v1/complaints/:id/photos/:photoId', {
    schema: { tags, summary: 'A complaint photo (re-encoded, no metadata); with `?receipt=` for the complainant', params: PhotoParams, querystring: ReceiptQuery, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errorResponses } },
  }, async (request, reply) => {
    const photo = await getComplaintPhoto(deps, request.actor, request.params.id, request.params.photoId, request.query.receipt)
    return reply.type(photo.contentType).header('cache-control', 'private, max-age=300').send(photo.data)
  })

  server.post('/api/v1/complaints/:id/transitions', {
    schema: {
      tags, security, summary: 'A workflow step: assign/reassign, investigating, answered (with answer), closed; the current status adds a note',
      params: IdParams, body: TransitionBody, response: { 200: ComplaintDetail, ...errorResponses },
    },
  }, async (request) => transitionComplaint(deps, request.actor, request.params.id, request.body))

  server.post('/api/v1/complaints/import', {
    schema: {
      tags, security, summary: 'Import 12345 hotline work orders (multipart field `file`, .xlsx or .csv): new rows become complaints, known 工单编号 are skipped, bad rows reported',
      response: { 200: ImportReport, ...errorResponses },
    },
  }, async (request) => importHotlineComplaints(deps, request.actor, async () => {
    const file = request.isMultipart() ? await request.file() : undefined
    if (!file) throw new ZhuisuError('field_required', '/file')
    let buffer: Buffer
    try {
      buffer = await file.toBuffer()
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new ZhuisuError('body_too_large', '/file', { maxBytes: MAX_IMPORT_BYTES })
      throw error
    }
    const format = /\.csv$/i.test(file.filename) || file.mimetype.startsWith(CSV_TYPE) ? 'csv' : 'xlsx'
    return readHotlineFile(buffer, format)
  }))
}

export default complaints
