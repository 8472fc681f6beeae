import { Type } from '@fastify/type-provider-typebox'

export const StepParams = Type.Object({
  category: Type.String({ maxLength: 32 }), stage: Type.String({ maxLength: 64 }), step: Type.String({ maxLength: 64 }),
})

export const FileFormatQuery = Type.Object({
  format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })),
})

export const TemplateList = Type.Object({
  templates: Type.Array(Type.Object({
    category: Type.String(), categoryName: Type.String(), stage: Type.String(), stageName: Type.String(), step: Type.String(), stepName: Type.String(),
    bizStep: Type.String(), xlsx: Type.String(), csv: Type.String(), upload: Type.String(),
  })),
})

export const UploadReply = Type.Object({
  created: Type.Integer(), duplicates: Type.Integer(), declared: Type.Integer(), recordTime: Type.String(),
  rows: Type.Array(Type.Object({ row: Type.Integer(), eventId: Type.String(), status: Type.String() })),
})

export const ExportParams = Type.Object({
  subject: Type.Union([Type.Literal('trace'), Type.Literal('impact'), Type.Literal('events')]),
  code: Type.String({ minLength: 1, maxLength: 1024, description: 'Any code form, URL-encoded' }),
})

export const ExportQuery = Type.Object({
  format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })),
  table: Type.Optional(Type.Integer({ minimum: 0, maximum: 9, description: 'CSV holds one table: 0 the first (default), 1 the second…' })),
})
