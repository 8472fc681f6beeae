/** Recall task API shapes (also imported as types by the web app). */
import { Type } from '@fastify/type-provider-typebox'
import { Task } from '../recalls/schema.js'

const opt = Type.Optional

export const TaskListQuery = Type.Object({
  status: opt(Type.Union(['open', 'pending', 'confirmed', 'reported', 'done', 'explained'].map((s) => Type.Literal(s)))),
  recallId: opt(Type.String({ maxLength: 64 })),
  limit: opt(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  offset: opt(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
})

export const TaskWithRecall = Type.Object({
  ...Task.properties,
  recall: Type.Object({ id: Type.String(), level: Type.String(), reason: Type.String(), deadline: Type.String(), status: Type.String() }),
})

export const TaskList = Type.Object({ total: Type.Integer(), tasks: Type.Array(TaskWithRecall) })

const Quantity = opt(Type.Number({ minimum: 0 }))
export const ReportBody = Type.Object({
  lots: Type.Array(Type.Object({ code: Type.String({ minLength: 1, maxLength: 1024 }), removed: Quantity, returned: Quantity, destroyed: Quantity }, { additionalProperties: false }), { minItems: 1, maxItems: 1000 }),
  note: opt(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false })

export const ConfirmBody = Type.Object({ note: opt(Type.String({ maxLength: 2000 })) }, { additionalProperties: false })
export const ExplainBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false })

export const TaskAnswer = Type.Object({
  task: Type.Object({ id: Type.String(), recallId: Type.String(), status: Type.String() }),
  report: opt(Type.Object({ id: Type.String(), kind: Type.String(), eventIds: Type.Array(Type.String()), reportedAt: Type.String() })),
})
