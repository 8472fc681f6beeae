import { Type, type Static } from '@fastify/type-provider-typebox'
import { RULE_IDS, SEVERITIES } from '../../../domain/alerts/rules.js'
import { ALERT_STATUSES } from '../../../domain/alerts/workflow.js'

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)))
const Numbers = Type.Record(Type.String(), Type.Number())

export const AlertListQuery = Type.Object({
  rule: Type.Optional(literals(RULE_IDS)),
  subject: Type.Optional(Type.String({ maxLength: 64, description: 'A party id (as subject or responsible party) or a unit id' })),
  status: Type.Optional(literals(ALERT_STATUSES)),
  severity: Type.Optional(literals(SEVERITIES)),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
}, { additionalProperties: false })

export const AlertIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })

export const Threshold = Type.Object({
  regionPrefix: Type.String(), rule: Type.String(), enabled: Type.Boolean(), severity: Type.String(), parameters: Numbers,
  source: Type.Optional(Type.String({ description: 'Region prefix of the setting that applies; absent: built-in default' })),
})

const Evidence = Type.Object({
  id: Type.String(), createdAt: Type.String(), eventId: Type.Optional(Type.String()), eventTime: Type.Optional(Type.String()),
  partyId: Type.Optional(Type.String()), unitId: Type.Optional(Type.String()), unitKey: Type.Optional(Type.String({ description: 'Code of the lot or item (for /q/{code} and /explorer?code=)' })),
})

export const Alert = Type.Object({
  id: Type.String(), rule: Type.String(), severity: Type.String(),
  subject: Type.Object({ kind: Type.String(), id: Type.String() }), subjectKey: Type.String(),
  partyId: Type.Optional(Type.String()), regionCode: Type.Optional(Type.String()), category: Type.Optional(Type.String()),
  message: Type.Object({ zh: Type.String(), en: Type.String() }),
  thresholds: Type.Optional(Threshold), data: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  status: Type.String(), evidenceCount: Type.Integer(), evidence: Type.Array(Evidence), nextStatuses: Type.Array(Type.String()),
  createdAt: Type.String(), updatedAt: Type.String(),
})

export const Transition = Type.Object({
  id: Type.String(), from: Type.Optional(Type.String()), to: Type.String(), note: Type.Optional(Type.String()), actor: Type.String(), at: Type.String(),
})

export const AlertDetail = Type.Object({ alert: Alert, history: Type.Array(Transition) })

export const TransitionBody = Type.Object({
  to: literals(ALERT_STATUSES),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false })

export const ThresholdQuery = Type.Object({ regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) }, { additionalProperties: false })

export const ThresholdBody = Type.Object({
  regionCode: Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code; 000000 for the whole platform' }),
  rule: literals(RULE_IDS),
  enabled: Type.Optional(Type.Boolean()),
  severity: Type.Optional(literals(SEVERITIES)),
  parameters: Type.Optional(Numbers),
}, { additionalProperties: false })

export const ThresholdView = Type.Object({
  regionPrefix: Type.String(), rule: Type.String(), enabled: Type.Boolean(), severity: Type.String(), parameters: Numbers,
  source: Type.Optional(Type.String()), name: Type.Object({ zh: Type.String(), en: Type.String() }), category: Type.Optional(Type.String()),
  timed: Type.Boolean(), defaults: Threshold, editable: Type.Boolean(),
})

export const ThresholdsReply = Type.Object({ regionCode: Type.String(), thresholds: Type.Array(ThresholdView) })

export const QuotaQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }, { additionalProperties: false })

export const QuotaBody = Type.Object({
  partyId: Type.String({ minLength: 1, maxLength: 64 }),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  quantity: Type.Number({ minimum: 0 }),
  uom: Type.String({ minLength: 1, maxLength: 8, description: 'UN/CEFACT unit code, e.g. TNE (tonne), KGM' }),
}, { additionalProperties: false })

export const Quota = Type.Object({ partyId: Type.String(), year: Type.Integer(), quantityMilli: Type.Number(), uom: Type.String(), setBy: Type.String(), setAt: Type.String() })

export type AlertReply = Static<typeof Alert>
export type AlertDetailReply = Static<typeof AlertDetail>
export type ThresholdsReplyBody = Static<typeof ThresholdsReply>
