/** Query and body schemas of the supervision console routes. */
import { Type } from '@fastify/type-provider-typebox'
import { CATEGORY_CODES } from '../../../domain/categories.js'
import { QUALITY_SORT_KEYS } from '../../../services/console/quality.js'

const RegionCode = Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code of a region in scope (default: the caller\'s whole region)' })
const Category = Type.Union(CATEGORY_CODES.map((c) => Type.Literal(c)), { description: 'One category (default: every category in scope)' })

export const ViewQuery = Type.Object({
  regionCode: Type.Optional(RegionCode),
  category: Type.Optional(Category),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, description: 'Length of the period in days, ending today (Asia/Shanghai)' })),
  format: Type.Optional(Type.Literal('xlsx', { description: 'xlsx: the tables as a spreadsheet' })),
})

const PageFields = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
}

export const QualityQuery = Type.Object({
  ...ViewQuery.properties,
  ...PageFields,
  sort: Type.Optional(Type.Union(QUALITY_SORT_KEYS.map((k) => Type.Literal(k)))),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
})

export const PartiesQuery = Type.Object({
  ...ViewQuery.properties,
  ...PageFields,
  status: Type.Optional(Type.Union([Type.Literal('registered'), Type.Literal('active'), Type.Literal('inactive')])),
  countyCode: Type.Optional(RegionCode),
})

export const CountiesQuery = Type.Object({
  ...ViewQuery.properties,
  ...PageFields,
  covered: Type.Optional(Type.Boolean()),
})

export const EventsQuery = Type.Object({
  ...ViewQuery.properties,
  ...PageFields,
  partyId: Type.Optional(Type.String({ maxLength: 64 })),
  day: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  fromRegion: Type.Optional(RegionCode),
  toRegion: Type.Optional(RegionCode),
})

export const Target = Type.Object({
  regionCode: Type.String({ pattern: '^\\d{6}$', description: '000000 for the whole country' }),
  category: Type.Union([Type.Literal('all'), ...CATEGORY_CODES.map((c) => Type.Literal(c))]),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  enterpriseSharePercent: Type.Integer({ minimum: 0, maximum: 100, description: 'Share of registered enterprises that must report (e.g. 30, then 50)' }),
  countySharePercent: Type.Integer({ minimum: 0, maximum: 100, description: 'Share of counties that must have a reporting enterprise (100: every county)' }),
}, { additionalProperties: false })

export const TargetsBody = Type.Object({ targets: Type.Array(Target, { minItems: 1, maxItems: 500 }) }, { additionalProperties: false })
export const TargetsReply = Type.Object({ targets: Type.Array(Type.Object({ ...Target.properties, category: Type.String(), setAt: Type.String() })) })
