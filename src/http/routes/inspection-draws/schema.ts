import { Type } from '@fastify/type-provider-typebox'

export const DrawBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. 2026 年第四季度食品生产企业双随机抽查' }),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code inside your region; default: your region' })),
  categories: Type.Optional(Type.Array(Type.String(), { maxItems: 8, description: 'Default: your categories' })),
  partyKinds: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 30 })),
  targetCount: Type.Integer({ minimum: 1, maximum: 500 }),
  seed: Type.Optional(Type.String({ maxLength: 200, description: 'A public value fixed before the draw (8–200 characters); generated when absent' })),
  inspectors: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 500, description: 'Names or badge numbers of the inspectors (检查人员名录库)' }),
  perTarget: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, default: 2 })),
}, { additionalProperties: false })

const Candidate = Type.Object({
  partyId: Type.String(), partyName: Type.String(), uscc: Type.Optional(Type.String()), regionCode: Type.String(), kind: Type.String(),
  grade: Type.String(), openAlerts: Type.Integer(), complaints: Type.Integer(), weight: Type.Integer(),
})

const Target = Type.Object({ partyId: Type.String(), key: Type.Number({ description: 'ln(u)/weight' }), inspectors: Type.Array(Type.String()) })

export const Draw = Type.Object({
  id: Type.String(), createdAt: Type.String(), createdBy: Type.String(), createdByName: Type.String(), title: Type.String(),
  regionPrefix: Type.String(), categories: Type.Array(Type.String()), partyKinds: Type.Array(Type.String()),
  targetCount: Type.Integer(), perTarget: Type.Integer(), seed: Type.String(), seedSource: Type.String(), algorithm: Type.String(),
  candidatesHash: Type.String({ description: 'SHA-256 of the candidate list (docs/credit.md)' }),
  candidates: Type.Array(Candidate), inspectors: Type.Array(Type.String()), result: Type.Array(Target),
})

export const Verification = Type.Object({
  drawId: Type.String(), algorithm: Type.String(), algorithmKnown: Type.Boolean(), candidatesHashMatches: Type.Boolean(),
  resultMatches: Type.Boolean(), recomputed: Type.Array(Target),
})

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
})

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })
