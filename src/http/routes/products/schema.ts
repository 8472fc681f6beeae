import { Type } from '@fastify/type-provider-typebox'
import { CATEGORY_CODES } from '../../../domain/categories.js'

export const ProductBody = Type.Object({
  category: Type.Union(CATEGORY_CODES.map((c) => Type.Literal(c))),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  partyId: Type.Optional(Type.String({ maxLength: 64, description: 'Brand owner or producer' })),
  specification: Type.Optional(Type.String({ maxLength: 200 })),
  uom: Type.String({ pattern: '^[A-Z0-9]{2,3}$', description: 'UN/CEFACT unit code (KGM, H87, LTR…)' }),
  gtin: Type.Optional(Type.String({ maxLength: 14 })),
  shelfLifeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500 })),
  approvalNumber: Type.Optional(Type.String({ maxLength: 64 })),
  originRegionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
}, { additionalProperties: false })

export const Product = Type.Object({
  id: Type.String(), partyId: Type.Optional(Type.String()), category: Type.String(), name: Type.String(), specification: Type.Optional(Type.String()),
  uom: Type.String(), gtin: Type.Optional(Type.String()), shelfLifeDays: Type.Optional(Type.Integer()), approvalNumber: Type.Optional(Type.String()),
  originRegionCode: Type.Optional(Type.String()), createdAt: Type.String(),
})

export const ProductQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  category: Type.Optional(Type.Union(CATEGORY_CODES.map((c) => Type.Literal(c)))),
})
