import { Type } from '@fastify/type-provider-typebox'

export const UnitBody = Type.Object({
  productId: Type.String({ minLength: 1, maxLength: 64 }),
  kind: Type.Union([Type.Literal('lot'), Type.Literal('item')]),
  partyId: Type.Optional(Type.String({ maxLength: 64 })),
  lotNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: 'Required for a lot (GS1 AI 10: up to 20 characters)' })),
  serial: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  productionDate: Type.Optional(Type.String({ format: 'date' })),
  expiryDate: Type.Optional(Type.String({ format: 'date' })),
  quantity: Type.Optional(Type.Number({ minimum: 0 })),
  uom: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{2,3}$' })),
}, { additionalProperties: false })

export const Unit = Type.Object({
  id: Type.String(), code: Type.String({ description: 'The trace code: platform code or GS1 key in Digital Link path form' }),
  scheme: Type.String(), kind: Type.String(), productId: Type.Optional(Type.String()), gtin: Type.Optional(Type.String()),
  lotNumber: Type.Optional(Type.String()), serial: Type.Optional(Type.String()), partyId: Type.Optional(Type.String()),
  productionDate: Type.Optional(Type.String()), expiryDate: Type.Optional(Type.String()), quantity: Type.Optional(Type.Number()),
  uom: Type.Optional(Type.String()), createdAt: Type.String(),
})
