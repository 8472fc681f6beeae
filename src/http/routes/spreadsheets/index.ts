/**
 * Spreadsheets for enterprises without IT: capture templates per category and business step, upload of
 * a filled one (multipart, .xlsx or CSV), and a row-by-row report when anything is wrong.
 */
import multipart from '@fastify/multipart'
import type { FastifyBaseLogger } from 'fastify'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { isCategoryCode } from '../../../domain/categories.js'
import { ZhuisuError } from '../../../domain/errors.js'
import { listTemplates } from '../../../interop/spreadsheet/catalogue.js'
import { templateSpec, type TemplateSpec } from '../../../interop/spreadsheet/columns.js'
import { tablesToXlsx, tableToCsv } from '../../../interop/spreadsheet/export-workbook.js'
import { importUpload } from '../../../interop/spreadsheet/import-upload.js'
import { eventTables, impactTables, traceTables } from '../../../services/spreadsheets/export-tables.js'
import { templateCsv, templateWorkbook } from '../../../interop/spreadsheet/template-workbook.js'
import { requireOperator } from '../../auth.js'
import { errorBody, languageOf } from '../../error-handler.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { XLSX_TYPE, CSV_TYPE, attachment } from './files.js'
import { ExportParams, ExportQuery, FileFormatQuery, StepParams, TemplateList, UploadReply } from './schema.js'

const EXPORTS = { trace: traceTables, impact: impactTables, events: eventTables }

/** An upload of 10 000 rows with every element filled stays well under this. */
const MAX_UPLOAD_BYTES = 16 * 1024 * 1024

function specOf(params: { category: string; stage: string; step: string }): TemplateSpec {
  const spec = isCategoryCode(params.category) ? templateSpec(params.category, params.stage, params.step) : undefined
  if (!spec) throw new ZhuisuError('standard_not_found', '/category', { category: params.category, stage: params.stage, step: params.step })
  return spec
}

const spreadsheets: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  await server.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4 } })
  const captureDeps = (log: FastifyBaseLogger) => ({ store: app.store, clock: app.clock, log, captureLimit: app.config.captureLimit })

  server.get('/api/v1/spreadsheets/templates', {
    schema: { tags: ['spreadsheets'], summary: 'Every capture template: one per business step of each category (from the data standard)', response: { 200: TemplateList } },
  }, async () => ({
    templates: listTemplates().map((t) => {
      const path = `/api/v1/spreadsheets/templates/${t.category}/${t.stage}/${t.step}`
      return { ...t, xlsx: path, csv: `${path}?format=csv`, upload: `/api/v1/spreadsheets/${t.category}/${t.stage}/${t.step}` }
    }),
  }))

  server.get('/api/v1/exports/:subject/:code', {
    schema: {
      tags: ['spreadsheets'],
      summary: 'A trace result, an impact list or the events behind a code as .xlsx (a sheet per table) or CSV (`table`: which one, from 0)',
      security: [{ bearer: [] }], params: ExportParams, querystring: ExportQuery, response: errorResponses,
    },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const { subject, code } = request.params
    const tables = await EXPORTS[subject](app.store, code)
    const name = `${subject}-${code.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60)}`
    if (request.query.format !== 'csv') return attachment(reply, XLSX_TYPE, `${name}.xlsx`).send(await tablesToXlsx(tables))
    const table = tables[request.query.table ?? 0]
    if (!table) throw new ZhuisuError('invalid_request', '/table', { tables: tables.length })
    return attachment(reply, CSV_TYPE, `${name}-${table.name}.csv`).send(await tableToCsv(table))
  })

  server.get('/api/v1/spreadsheets/templates/:category/:stage/:step', {
    schema: { tags: ['spreadsheets'], summary: 'Download a capture template (.xlsx with notes, drop-down lists and an example; or a CSV header)', params: StepParams, querystring: FileFormatQuery, response: errorResponses },
  }, async (request, reply) => {
    const spec = specOf(request.params)
    const name = `${spec.category}-${spec.stage.code}-${spec.step.code}`
    if (request.query.format === 'csv') return attachment(reply, CSV_TYPE, `${name}.csv`).send(await templateCsv(spec))
    return attachment(reply, XLSX_TYPE, `${name}.xlsx`).send(await templateWorkbook(spec))
  })

  server.post('/api/v1/spreadsheets/:category/:stage/:step', {
    schema: {
      tags: ['spreadsheets'],
      summary: 'Upload a filled template (multipart field `file`, .xlsx or .csv): every row captured, or none',
      description: 'One bad row writes nothing. The 422 answer lists every problem by row and column in Chinese; with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` it is a copy of the uploaded workbook with the bad cells filled red and explained in comments.',
      security: [{ bearer: [] }], params: StepParams, response: { 201: UploadReply, 200: UploadReply, ...errorResponses },
    },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const spec = specOf(request.params)
    const file = await request.file()
    if (!file) throw new ZhuisuError('field_required', '/file')
    const format = /\.csv$/i.test(file.filename) || file.mimetype === CSV_TYPE ? 'csv' : 'xlsx'
    const result = await importUpload(captureDeps(request.log), spec, await file.toBuffer(), format)
    if (result.ok) {
      const { report, rows } = result
      const body = { ...report, events: undefined, rows: report.events.map((e) => ({ row: rows[e.index], eventId: e.eventId, status: e.status })) }
      return reply.status(report.created + report.declared > 0 ? 201 : 200).send(body)
    }
    if (result.annotatedWorkbook && (request.headers.accept ?? '').includes(XLSX_TYPE)) {
      return attachment(reply.status(422), XLSX_TYPE, `${file.filename.replace(/\.xlsx$/i, '')}-检查结果.xlsx`).send(await result.annotatedWorkbook())
    }
    const error = new ZhuisuError('invalid_events', '/file', { rows: result.problems })
    return reply.status(422).send(errorBody(error, languageOf(request)))
  })
}

export default spreadsheets
