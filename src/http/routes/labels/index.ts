import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { printLabels, type PrintedLabels } from '../../../services/labels/print-labels.js'
import { requireOperator } from '../../auth.js'
import { CodeParams, errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { LabelBody, LabelQuery } from './schema.js'

function sendFile(reply: FastifyReply, printed: PrintedLabels) {
  return reply.type(printed.contentType).header('Content-Disposition', `inline; filename="${printed.fileName}"`).header('X-Label-Count', String(printed.count)).send(printed.body)
}

const labels: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { repos: app.store, publicUrl: app.config.publicUrl }

  server.post('/api/v1/labels', {
    schema: {
      tags: ['labels'],
      summary: 'Printable QR labels (PDF, or PNG of one) for lots, items or a range of platform codes',
      description: 'Each QR code encodes the Digital Link URI on this platform (`{publicUrl}/01/{gtin}/10/{lot}`) or the platform code URL (`{publicUrl}/q/{code}`); the human-readable code and the product name are printed under it.',
      security: [{ bearer: [] }], body: LabelBody, response: errorResponses,
    },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const { layout = 'a4-3x8', format = 'pdf', ...wanted } = request.body
    return sendFile(reply, await printLabels(deps, wanted, layout, format))
  })

  server.get('/api/v1/labels/:code', {
    schema: {
      tags: ['labels'],
      summary: 'Labels for one lot or item: `copies` of them as PDF, or one as PNG',
      security: [{ bearer: [] }], params: CodeParams, querystring: LabelQuery, response: errorResponses,
    },
  }, async (request, reply) => {
    requireOperator(request, app.config.adminToken)
    const { layout = 'a4-3x8', format = 'pdf', copies = 1 } = request.query
    return sendFile(reply, await printLabels(deps, { codes: [request.params.code], copies }, layout, format))
  })
}

export default labels
