import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { renderIssue, type CodeIssue } from '../../../domain/identifiers/result.js'
import { lookupCode } from '../../../services/codes/lookup-code.js'
import { languageOf } from '../../error-handler.js'
import { CodeParams, errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { CodeLookupReply } from './schema.js'

const codes: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  server.get('/api/v1/codes/:code', {
    schema: {
      tags: ['codes'],
      summary: 'Identify a typed or scanned code: its scheme, validity, parts, problems and what it names on this platform',
      description: 'An invalid code is an answer, not an error: `valid` is false and `errors` say why. Public, like the public query: it only shows what that already shows.',
      params: CodeParams,
      response: { 200: CodeLookupReply, ...errorResponses },
    },
  }, async (request) => {
    const found = await lookupCode(app.store, request.params.code)
    const language = languageOf(request)
    const present = (items: CodeIssue[]) => items.map((item) => ({ ...item, message: renderIssue(item, language) }))
    return { ...found, errors: present(found.errors), warnings: present(found.warnings) }
  })
}

export default codes
