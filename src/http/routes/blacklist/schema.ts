import { Type } from '@fastify/type-provider-typebox'

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (Asia/Shanghai calendar day)' })
const Text = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, description })

export const BlacklistBody = Type.Object({
  partyId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  uscc: Type.Optional(Type.String({ maxLength: 32, description: '统一社会信用代码 (GB 32100), checked' })),
  reason: Text(1000, '列入事由'),
  decisionNo: Text(100, '决定书文号, e.g. 梅市监信〔2026〕12号'),
  decisionTitle: Text(200, '决定书标题'),
  authority: Type.Optional(Text(200, '作出决定的机关; defaults to the caller organisation')),
  validFrom: Day,
  validTo: Day,
}, { additionalProperties: false })

export const RevocationBody = Type.Object({ reason: Text(1000, '提前移出事由 (e.g. 信用修复)') }, { additionalProperties: false })

/** Only public fields: this schema is also what strips anything else from the answer. */
export const PublicEntry = Type.Object({
  id: Type.String(), partyName: Type.String(), uscc: Type.Optional(Type.String()), regionCode: Type.String(), reason: Type.String(),
  decisionNo: Type.String(), decisionTitle: Type.String(), authority: Type.String(), validFrom: Type.String(), validTo: Type.String(),
  publishedAt: Type.String(), status: Type.String({ description: 'pending, active, expired or revoked' }),
  revokedAt: Type.Optional(Type.String()), revocationReason: Type.Optional(Type.String()),
}, { additionalProperties: false })

export const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name, or the USCC' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
})

export const CheckQuery = Type.Object({
  uscc: Type.Optional(Type.String({ maxLength: 32 })),
  party: Type.Optional(Type.String({ maxLength: 64, description: 'Party id' })),
})

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })
