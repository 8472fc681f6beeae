import { Type } from '@fastify/type-provider-typebox'
import { CATEGORY_CODES } from '../../../domain/categories.js'
import { PARTY_KINDS } from '../../../domain/master-data.js'

const Licence = Type.Object({
  type: Type.String({ minLength: 1, maxLength: 64, description: 'e.g. 营业执照, 食品经营许可证, 药品经营许可证' }),
  number: Type.String({ minLength: 1, maxLength: 64 }),
  validUntil: Type.Optional(Type.String({ format: 'date' })),
}, { additionalProperties: false })

export const RegistrationBody = Type.Object({
  uscc: Type.String({ minLength: 18, maxLength: 32, description: '统一社会信用代码 (GB 32100), checked' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  partyKind: Type.Union(PARTY_KINDS.map((k) => Type.Literal(k))),
  regionCode: Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code; a regulator of this region decides' }),
  address: Type.Optional(Type.String({ maxLength: 500 })),
  contactName: Type.Optional(Type.String({ maxLength: 100 })),
  contactPhone: Type.Optional(Type.String({ maxLength: 40 })),
  categories: Type.Array(Type.Union(CATEGORY_CODES.map((c) => Type.Literal(c))), { minItems: 1, maxItems: 8 }),
  licences: Type.Optional(Type.Array(Licence, { maxItems: 20 })),
  username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9._@-]+$' }),
  password: Type.String({ minLength: 10, maxLength: 200 }),
}, { additionalProperties: false })

export const Registration = Type.Object({
  id: Type.String(), status: Type.String(), uscc: Type.String(), name: Type.String(), partyKind: Type.String(), regionCode: Type.String(),
  address: Type.Optional(Type.String()), contactName: Type.Optional(Type.String()), contactPhone: Type.Optional(Type.String()),
  categories: Type.Array(Type.String()), licences: Type.Array(Licence), organisationId: Type.String(), createdAt: Type.String(),
  decidedAt: Type.Optional(Type.String()), decidedBy: Type.Optional(Type.String()), reason: Type.Optional(Type.String()),
})

export const DecisionBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false })

export const RegistrationQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')])),
})
