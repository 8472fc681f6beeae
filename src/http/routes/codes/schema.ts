import { Type } from '@fastify/type-provider-typebox'
import { CODE_SCHEMES, type CodeScheme } from '../../../domain/identifiers/identify-code.js'

const Issue = Type.Object({
  code: Type.String({ description: 'Stable problem code, e.g. check_character, region_unknown_or_retired' }),
  message: Type.String({ description: 'In the language of Accept-Language (default zh-CN)' }),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
})

const Scheme = Type.Unsafe<CodeScheme>({ type: 'string', enum: [...CODE_SCHEMES], description: 'Which identifier scheme the code was read as' })

const Resolution = Type.Union([
  Type.Object({
    type: Type.Literal('unit'), id: Type.String(), code: Type.String(), kind: Type.String(), scheme: Type.String(),
    productId: Type.Optional(Type.String()), lotNumber: Type.Optional(Type.String()), serial: Type.Optional(Type.String()),
  }),
  Type.Object({ type: Type.Literal('product'), id: Type.String(), name: Type.String(), category: Type.String(), gtin: Type.Optional(Type.String()) }),
  Type.Object({ type: Type.Literal('party'), id: Type.String(), name: Type.String(), kind: Type.String(), regionCode: Type.String() }),
  Type.Object({ type: Type.Literal('site'), id: Type.String(), partyId: Type.String(), name: Type.String(), kind: Type.String(), regionCode: Type.String() }),
])

export const CodeLookupReply = Type.Object({
  scheme: Scheme,
  valid: Type.Boolean({ description: 'False when an error was found (wrong length, character, check character …)' }),
  normalized: Type.String({ description: 'Trimmed, half-width, upper-cased where the scheme allows; ID numbers masked' }),
  parts: Type.Record(Type.String(), Type.Unknown(), { description: 'The fields of the code, by scheme (see docs/identifiers.md)' }),
  errors: Type.Array(Issue),
  warnings: Type.Array(Issue, { description: 'What could not be verified offline or looks wrong without making the code invalid' }),
  alternatives: Type.Array(Type.Object({ scheme: Scheme, valid: Type.Boolean() }), { description: 'Other schemes the same string could be' }),
  traceKey: Type.Optional(Type.String({ description: 'The canonical key trace units are filed under, when the code can name one' })),
  resolves: Type.Array(Resolution, { description: 'What the code names on this platform: trace unit, product, party or site' }),
})
