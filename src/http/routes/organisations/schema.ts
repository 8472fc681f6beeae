import { Type } from '@fastify/type-provider-typebox'
import { DEPARTMENT_CODES, ORGANISATION_KINDS } from '../../../domain/accounts/organisation.js'
import { CATEGORY_CODES } from '../../../domain/categories.js'

export const OrganisationBody = Type.Object({
  kind: Type.Union(ORGANISATION_KINDS.map((k) => Type.Literal(k))),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  department: Type.Optional(Type.Union(DEPARTMENT_CODES.map((d) => Type.Literal(d)), { description: 'Regulator: commerce 商务, agriculture 农业农村, market 市场监管, drug 药监, emergency 应急管理, police 公安, customs 海关' })),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$', description: 'Regulator: the GB/T 2260 region whose whole subtree it oversees (000000: the nation)' })),
  categories: Type.Optional(Type.Array(Type.Union(CATEGORY_CODES.map((c) => Type.Literal(c))), { maxItems: 8, description: 'Regulator: the categories it is responsible for' })),
  partyId: Type.Optional(Type.String({ maxLength: 64, description: 'Enterprise: its party' })),
  authorisedPartyIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 1000, description: 'Third-party platform: the parties that authorised it' })),
}, { additionalProperties: false })

export const UserBody = Type.Object({
  username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9._@-]+$' }),
  displayName: Type.Optional(Type.String({ maxLength: 100 })),
  password: Type.String({ minLength: 10, maxLength: 200 }),
}, { additionalProperties: false })

export const User = Type.Object({ id: Type.String(), organisationId: Type.String(), username: Type.String(), displayName: Type.String(), createdAt: Type.String() })

export const OrganisationQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  kind: Type.Optional(Type.Union(ORGANISATION_KINDS.map((k) => Type.Literal(k)))),
})
