import { Type } from '@fastify/type-provider-typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ZhuisuError } from '../../../domain/errors.js'
import { registerProductFor } from '../../../services/access/master-data-access.js'
import { scopeOf } from '../../auth.js'
import { errorResponses } from '../common-schema.js'
import type { RouteOptions } from '../index.js'
import { IdParams } from '../parties/schema.js'
import { Product, ProductBody, ProductQuery } from './schema.js'

const products: FastifyPluginAsyncTypebox<RouteOptions> = async (server, { app }) => {
  const deps = { store: app.store, clock: app.clock, platformRegion: app.config.platformRegion }
  const security = [{ bearer: [] }]

  server.post('/api/v1/products', {
    schema: { tags: ['master data'], summary: 'Register a product (产品), with its GTIN if it has one', security, body: ProductBody, response: { 201: Product, ...errorResponses } },
  }, async (request, reply) => {
    return reply.status(201).send(await registerProductFor(deps, await scopeOf(request, app), request.body))
  })

  server.get('/api/v1/products', {
    schema: { tags: ['master data'], summary: 'List products', querystring: ProductQuery, response: { 200: Type.Object({ products: Type.Array(Product) }), ...errorResponses } },
  }, async (request) => {
    const { limit = 50, offset = 0, category } = request.query
    return { products: await app.store.products.list(limit, offset, category) }
  })

  server.get('/api/v1/products/:id', {
    schema: { tags: ['master data'], summary: 'One product', params: IdParams, response: { 200: Product, ...errorResponses } },
  }, async (request) => {
    const product = await app.store.products.findById(request.params.id)
    if (!product) throw new ZhuisuError('product_not_found', '/id')
    return product
  })
}

export default products
