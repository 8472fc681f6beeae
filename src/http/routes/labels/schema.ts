import { Type } from '@fastify/type-provider-typebox'
import { LAYOUT_NAMES, MAX_LABELS } from '../../../services/labels/print-labels.js'

const Layout = Type.Union(LAYOUT_NAMES.map((name) => Type.Literal(name)), { default: 'a4-3x8', description: 'a4-3x8: 24 labels of 70 × 37 mm on A4; 50x30, 40x30: label-printer rolls, one label a page' })
const Format = Type.Union([Type.Literal('pdf'), Type.Literal('png')], { default: 'pdf', description: 'png: one label at 300 dpi' })
const Copies = Type.Integer({ minimum: 1, maximum: MAX_LABELS, default: 1 })

export const LabelBody = Type.Object({
  codes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 1024 }), { maxItems: MAX_LABELS, description: 'Registered lots or items, any code form' })),
  copies: Type.Optional(Copies),
  range: Type.Optional(Type.Object({
    from: Type.String({ minLength: 20, maxLength: 20, description: 'First platform code of the range' }),
    count: Type.Integer({ minimum: 1, maximum: MAX_LABELS }),
  }, { additionalProperties: false })),
  layout: Type.Optional(Layout),
  format: Type.Optional(Format),
}, { additionalProperties: false })

export const LabelQuery = Type.Object({ layout: Type.Optional(Layout), format: Type.Optional(Format), copies: Type.Optional(Copies) })

export const LabelFile = Type.String({ description: 'application/pdf or image/png' })
