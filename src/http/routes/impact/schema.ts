import { Type } from '@fastify/type-provider-typebox'
import { MAX_IMPACT_CODES } from '../../../services/impact/codes.js'
import { HOLDER_SORTS } from '../../../services/impact/page.js'

const Code = Type.String({ minLength: 1, maxLength: 1024 })
export const HolderQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^[0-9]{2,6}$', description: 'Region code prefix: 44, 4414, 441402' })),
  kind: Type.Optional(Type.String({ maxLength: 40 })),
  search: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(Type.Union(HOLDER_SORTS.map((s) => Type.Literal(s)))),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
}, { additionalProperties: false, description: 'Ask for one page of holders, filtered and sorted; the figures stay those of the whole assessment' })
export const ImpactBody = Type.Object({
  codes: Type.Array(Code, { minItems: 1, maxItems: MAX_IMPACT_CODES, description: 'Lots, items, ingredient lots or containers, in any identifier form' }),
  holders: Type.Optional(HolderQuery),
}, { additionalProperties: false })
const Format = Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })
export const ExportQuery = Type.Object({ format: Type.Optional(Format) })
export const ExportBody = Type.Object({
  codes: Type.Array(Code, { minItems: 1, maxItems: MAX_IMPACT_CODES }),
  format: Type.Optional(Format),
}, { additionalProperties: false })

export { ImpactReply } from './reply-schema.js'
