import { Type } from '@fastify/type-provider-typebox'
import { PARTY_KINDS } from '../../../domain/master-data.js'

const Licence = Type.Object({ type: Type.String({ minLength: 1, maxLength: 64 }), number: Type.String({ minLength: 1, maxLength: 64 }), validUntil: Type.Optional(Type.String({ format: 'date' })) }, { additionalProperties: false })

export const PartyBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Union(PARTY_KINDS.map((k) => Type.Literal(k))),
  regionCode: Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code' }),
  uscc: Type.Optional(Type.String({ maxLength: 32, description: '统一社会信用代码 (GB 32100), checked' })),
  gln: Type.Optional(Type.String({ pattern: '^\\d{13}$' })),
  address: Type.Optional(Type.String({ maxLength: 500 })),
  contactName: Type.Optional(Type.String({ maxLength: 100 })),
  contactPhone: Type.Optional(Type.String({ maxLength: 40 })),
  categories: Type.Optional(Type.Array(Type.String(), { maxItems: 8 })),
  licences: Type.Optional(Type.Array(Licence, { maxItems: 50 })),
}, { additionalProperties: false })

export const Party = Type.Object({
  id: Type.String(), uscc: Type.Optional(Type.String()), gln: Type.Optional(Type.String()), name: Type.String(), kind: Type.String(),
  regionCode: Type.String(), address: Type.Optional(Type.String()), contactName: Type.Optional(Type.String()),
  contactPhone: Type.Optional(Type.String()), categories: Type.Array(Type.String()), licences: Type.Array(Licence), createdAt: Type.String(),
})

export const SiteBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.String({ minLength: 1, maxLength: 40, description: 'farm, plant, warehouse, stall, store, …' }),
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  address: Type.Optional(Type.String({ maxLength: 500 })),
  gln: Type.Optional(Type.String({ pattern: '^\\d{13}$' })),
}, { additionalProperties: false })

export const Site = Type.Object({
  id: Type.String(), partyId: Type.String(), name: Type.String(), kind: Type.String(), regionCode: Type.String(),
  address: Type.Optional(Type.String()), gln: Type.Optional(Type.String()), createdAt: Type.String(),
})

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,6}$', description: 'Region code or its prefix (44 = Guangdong)' })),
})

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })
