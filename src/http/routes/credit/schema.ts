import { Type } from '@fastify/type-provider-typebox'

const Text = Type.Object({ zh: Type.String(), en: Type.String() })
const Grade = Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C'), Type.Literal('D')])

export const CreditReason = Type.Object({
  source: Type.String({ description: 'inspection, alert, complaint, recall, reporting or blacklist' }),
  rule: Type.String(),
  weight: Type.Number({ description: 'Points per occurrence (per percentage point for reporting shares)' }),
  points: Type.Integer({ description: 'Points this reason adds after its cap (negative: a deduction)' }),
  evidence: Type.Array(Type.String(), { description: 'Ids of the events, alerts, complaints, recall tasks or blacklist entries behind it' }),
  explanation: Text,
})

export const PartyCredit = Type.Object({
  party: Type.Object({ id: Type.String(), name: Type.String(), uscc: Type.Optional(Type.String()), regionCode: Type.String() }),
  current: Type.Object({
    id: Type.String(), partyId: Type.String(), computedAt: Type.String(), modelVersion: Type.String(),
    score: Type.Integer({ minimum: 0, maximum: 100 }), grade: Grade, meaning: Text, reasons: Type.Array(CreditReason),
  }),
  history: Type.Array(Type.Object({ snapshotId: Type.String(), computedAt: Type.String(), score: Type.Integer(), grade: Grade })),
  sources: Type.Array(Type.String(), { description: 'The signal sources this platform considers' }),
})

export const CreditListQuery = Type.Object({
  grade: Type.Optional(Grade),
  region: Type.Optional(Type.String({ pattern: '^\\d{2,6}$', description: 'Region code or its prefix' })),
  sort: Type.Optional(Type.Union(['score', '-score', 'name', 'computedAt'].map((s) => Type.Literal(s)), { default: 'score', description: 'score: worst first' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
})

export const CreditList = Type.Object({
  total: Type.Integer(),
  rows: Type.Array(Type.Object({
    partyId: Type.String(), partyName: Type.String(), regionCode: Type.String(), score: Type.Integer(), grade: Grade,
    computedAt: Type.String(), snapshotId: Type.String(),
  })),
})

export const RecomputeBody = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^\\d{2,6}$' })),
}, { additionalProperties: false })

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })
