/**
 * Impact assessment (影响范围评估) of one or more codes, and the affected list as .xlsx or CSV, streamed.
 * Scope: services/impact/scoped.ts (regulators see their region and categories, producers their product).
 */
import { PassThrough } from 'node:stream'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { writeImpactCsv, writeImpactXlsx, type ImpactExportFormat } from '../../../services/impact/export.js'
import type { ImpactResult } from '../../../services/impact/model.js'
import { assessImpactForScope } from '../../../services/impact/scoped.js'
import { scopeOf } from '../../auth.js'
import { CodeParams, errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { attachment, CSV_TYPE, XLSX_TYPE } from '../spreadsheets/files.js'
import { ExportBody, ExportQuery, ImpactBody, ImpactReply } from './schema.js'

function sendExport(reply: FastifyReply, result: ImpactResult, format: ImpactExportFormat = 'xlsx'): FastifyReply {
  const stream = new PassThrough()
  const name = `影响范围-${result.root.code.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60)}${result.codes.length > 1 ? `-${result.codes.length}` : ''}`
  const write = format === 'csv' ? writeImpactCsv : writeImpactXlsx
  write(result, stream).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))))
  return attachment(reply, format === 'csv' ? CSV_TYPE : XLSX_TYPE, `${name}.${format}`).send(stream)
}

const impact: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const security = [{ bearer: [] }]
  server.get('/api/v1/impact/:code', {
    schema: {
      tags: ['impact'], summary: 'Impact of one code: responsible parties upstream and every downstream holder with quantities, by region and kind',
      security, params: CodeParams, response: { 200: ImpactReply, ...errorResponses },
    },
  }, async (request) => assessImpactForScope(app.store, await scopeOf(request, app), request.params.code))

  server.post('/api/v1/impact', {
    schema: {
      tags: ['impact'], summary: 'Impact of 1 to 100 codes at once (an outbreak from several lots); an unknown code is named as `/codes/i`',
      security, body: ImpactBody, response: { 200: ImpactReply, ...errorResponses },
    },
  }, async (request) => assessImpactForScope(app.store, await scopeOf(request, app), request.body.codes, request.body.holders))

  server.get('/api/v1/impact/:code/export', {
    schema: {
      tags: ['impact'], summary: 'The affected list of one code, one row per holder and lot, as .xlsx (sortable, frozen header) or CSV',
      security, params: CodeParams, querystring: ExportQuery, response: errorResponses,
    },
  }, async (request, reply) => sendExport(reply, await assessImpactForScope(app.store, await scopeOf(request, app), request.params.code), request.query.format))

  server.post('/api/v1/impact/export', {
    schema: {
      tags: ['impact'], summary: 'The affected list of 1 to 100 codes as .xlsx or CSV',
      security, body: ExportBody, response: errorResponses,
    },
  }, async (request, reply) => sendExport(reply, await assessImpactForScope(app.store, await scopeOf(request, app), request.body.codes), request.body.format))
}

export default impact
