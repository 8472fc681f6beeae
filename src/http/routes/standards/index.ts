/**
 * GET /api/v1/standards: the per-category data standard capture enforces, generated from
 * src/domain/standards (never hand-copied), with a JSON Schema and an example event per step. Public:
 * the standard is what every enterprise and third-party platform must follow.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ZhuisuError } from '../../../domain/errors.js'
import { findPublishedCategory, publishedStandard } from '../../../domain/standards/publish.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { CategoryParams, StandardOfCategory, StandardSet } from './schema.js'

const standards: FastifyPluginAsyncTypebox<RouteOptions> = async (server) => {
  server.get('/api/v1/standards', {
    schema: {
      tags: ['standards'],
      summary: 'The data standard (统一标准): every category, stage, step and data element, with JSON Schemas',
      response: { 200: StandardSet, ...errorResponses },
    },
  }, async () => publishedStandard())

  server.get('/api/v1/standards/:category', {
    schema: {
      tags: ['standards'],
      summary: 'The data standard of one product category',
      params: CategoryParams,
      response: { 200: StandardOfCategory, ...errorResponses },
    },
  }, async (request) => {
    const category = findPublishedCategory(request.params.category)
    if (!category) throw new ZhuisuError('standard_not_found', '/category')
    const { categories: _all, ...header } = publishedStandard()
    return { ...header, category }
  })
}

export default standards
