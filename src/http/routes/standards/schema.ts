/** The published data standard (统一标准) as TypeBox schemas, so its shape is in the OpenAPI document. */
import { Type, type Static } from '@fastify/type-provider-typebox'

const Names = { zh: Type.String(), en: Type.String() }
const OnInvalid = Type.Union([Type.Literal('reject'), Type.Literal('warn')], { description: 'reject: 422; warn: accepted only with zs:override' })

const StandardElement = Type.Object({
  key: Type.String({ description: 'Key inside the event\'s zs:data object' }),
  ...Names,
  type: Type.Union([
    Type.Literal('string'), Type.Literal('number'), Type.Literal('date'), Type.Literal('datetime'), Type.Literal('code'), Type.Literal('quantity'),
    Type.Literal('boolean'),
  ]),
  format: Type.Optional(Type.String({ description: 'Identifier format, one of `formats`' })),
  unit: Type.Optional(Type.String({ description: 'UN/CEFACT Rec. 20 unit' })),
  codeList: Type.Optional(Type.Array(Type.Object({ value: Type.String(), ...Names }))),
  many: Type.Optional(Type.Boolean({ description: 'The value is a list' })),
  minimum: Type.Optional(Type.Number()),
  integer: Type.Optional(Type.Boolean()),
  maxLength: Type.Optional(Type.Integer()),
  required: Type.Boolean(),
  confidentiality: Type.Union([Type.Literal('public'), Type.Literal('confidential'), Type.Literal('personal')]),
  onInvalid: OnInvalid,
  source: Type.String({ description: 'Law, regulation or standard clause' }),
})

const StandardStep = Type.Object({
  code: Type.String(),
  ...Names,
  bizSteps: Type.Array(Type.String(), { description: 'As written in an event: CBV words, or the platform\'s https://zhuisu.org/voc/BizStep-… URIs' }),
  eventTypes: Type.Array(Type.String(), { description: 'Empty: any event type' }),
  stageRequiredFor: Type.Array(Type.String(), { description: 'bizSteps another stage shares: events with these must carry zs:stage' }),
  source: Type.String(),
  elements: Type.Array(StandardElement),
  jsonSchema: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema (draft 2020-12) of an event at this step' }),
  example: Type.Record(Type.String(), Type.Unknown(), { description: 'An event capture accepts at this step' }),
})

export const StandardCategory = Type.Object({
  code: Type.String({ description: 'agri, food, drug, agri_input, equipment, hazardous, rare_earth, import' }),
  ...Names,
  source: Type.String(),
  stages: Type.Array(Type.Object({ code: Type.String({ description: 'The value of zs:stage' }), ...Names, steps: Type.Array(StandardStep) })),
})

const StandardFormat = Type.Object({
  name: Type.String(),
  ...Names,
  verification: Type.Union([Type.Literal('full'), Type.Literal('shape'), Type.Literal('presence')]),
  onInvalid: OnInvalid,
  pattern: Type.Optional(Type.String({ description: 'Shape of the normalised value (trimmed, half-width)' })),
  source: Type.String(),
  example: Type.String(),
})

const Header = {
  version: Type.String({ description: 'Version of the standard, e.g. 2026.1' }),
  jsonSchemaDialect: Type.String(),
  policy: Type.Object(Names, { description: 'How capture rejects, warns and accepts overrides' }),
  formats: Type.Array(StandardFormat),
}

export const StandardSet = Type.Object({ ...Header, categories: Type.Array(StandardCategory) })
export type StandardSetBody = Static<typeof StandardSet>

export const StandardOfCategory = Type.Object({ ...Header, category: StandardCategory })
export type StandardOfCategoryBody = Static<typeof StandardOfCategory>

export const CategoryParams = Type.Object({ category: Type.String({ minLength: 1, maxLength: 32, description: 'Category code, e.g. agri' }) })
