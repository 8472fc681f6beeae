import { Type } from '@fastify/type-provider-typebox'
import { PublicRecall } from '../recalls/schema.js'

const Place = { regionCode: Type.Optional(Type.String()), regionName: Type.Optional(Type.String()) }
const PublicParty = Type.Object({ name: Type.String(), kind: Type.Optional(Type.String()), ...Place })
const Step = Type.Object({
  role: Type.String(), bizStep: Type.Optional(Type.String()), eventTime: Type.String(), party: Type.Optional(PublicParty),
  siteName: Type.Optional(Type.String()), code: Type.String(), productName: Type.Optional(Type.String()), ...Place,
})

export const PublicReply = Type.Object({
  code: Type.String(), kind: Type.String(), lotNumber: Type.Optional(Type.String()), serial: Type.Optional(Type.String()),
  productionDate: Type.Optional(Type.String()), expiryDate: Type.Optional(Type.String()),
  product: Type.Optional(Type.Object({ name: Type.String(), category: Type.String(), specification: Type.Optional(Type.String()), gtin: Type.Optional(Type.String()) })),
  producer: Type.Optional(PublicParty),
  origin: Type.Optional(Type.Object(Place)),
  chain: Type.Array(Step),
  inspections: Type.Array(Step),
  queries: Type.Object({ count: Type.Integer({ description: 'Times this code was queried before this query' }), firstAt: Type.Optional(Type.String()) }),
  recalls: Type.Array(PublicRecall, { description: 'Open recalls of the code or of what it came from (empty otherwise)' }),
})

export const SamplesReply = Type.Object({
  samples: Type.Array(Type.Object({ code: Type.String(), kind: Type.String(), productName: Type.Optional(Type.String()), category: Type.Optional(Type.String()) })),
})
