/** Recall API shapes (also imported as types by the web app). */
import { Type } from '@fastify/type-provider-typebox'

const opt = Type.Optional
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength })
const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() })

export const RECALL_LEVEL_VALUES = ['I', 'II', 'III'] as const

export const RecallBody = Type.Object({
  codes: Type.Array(Type.String({ minLength: 1, maxLength: 1024 }), { minItems: 1, maxItems: 100, description: 'Trace codes of the lots or items to recall, any accepted spelling' }),
  reason: Text(2000),
  level: Type.String({ description: 'I, II or III (一级、二级、三级召回)' }),
  deadline: opt(Type.String({ description: 'ISO 8601 with a zone; by default 10, 20 or 30 days after opening for levels I, II, III' })),
}, { additionalProperties: false })

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })

export const RecallCode = Type.Object({ unitId: Type.String(), code: Type.String(), givenCode: Type.String() })

export const Recall = Type.Object({
  id: Type.String(), level: Type.String(), reason: Type.String(), deadline: Type.String(), status: Type.String(),
  initiator: Type.Object({ kind: Type.String(), organisationId: opt(Type.String()), name: Type.String() }),
  responsiblePartyId: opt(Type.String()), regionCode: opt(Type.String()), categories: Type.Array(Type.String()),
  productNames: Type.Array(Type.String()), holderCount: Type.Integer(), openedAt: Type.String(), closedAt: opt(Type.String()),
  codes: Type.Array(RecallCode),
})

export const TaskLot = Type.Object({
  unitId: Type.String(), code: Type.String(), kind: Type.String(), productName: opt(Type.String()), lotNumber: opt(Type.String()),
  serial: opt(Type.String()), uom: opt(Type.String()), held: Type.Number(), removed: Type.Number(), returned: Type.Number(), destroyed: Type.Number(),
})

export const Task = Type.Object({
  id: Type.String(), recallId: Type.String(),
  party: Type.Object({ id: opt(Type.String()), reference: opt(Type.String()), name: opt(Type.String()), kind: opt(Type.String()) }),
  site: opt(Type.Object({ id: Type.String(), name: opt(Type.String()) })),
  regionCode: opt(Type.String()), regionName: opt(Type.String()), status: Type.String(), isOverdue: Type.Boolean(),
  held: Type.Number(), accounted: Type.Number(), progress: Type.Number({ description: '0 to 1' }),
  lots: Type.Array(TaskLot),
  reports: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), note: opt(Type.String()), actorName: Type.String(), reportedAt: Type.String(), eventIds: Type.Array(Type.String()) })),
  createdAt: Type.String(),
})

export const HistoryEntry = Type.Object({
  id: Type.String(), recallId: Type.String(), taskId: opt(Type.String()), kind: Type.String(), status: opt(Type.String()),
  actor: Type.Object({ kind: Type.String(), organisationId: opt(Type.String()), name: Type.String() }), note: opt(Type.String()), at: Type.String(),
})

export const Notice = Type.Object({
  id: Type.String(), recallId: Type.String(), title: Type.String(), body: Type.String(), advice: opt(Type.String()),
  organisationId: opt(Type.String()), publisherName: Type.String(), publishedAt: Type.String(),
})

const Count = Type.Integer()
export const Progress = Type.Object({
  tasks: Count, finished: Count, overdue: Count,
  byStatus: Type.Object({ pending: Count, confirmed: Count, reported: Count, done: Count, explained: Count }),
  byRegion: Type.Array(Type.Object({ regionCode: Type.String(), regionName: opt(Type.String()), tasks: Count, finished: Count, overdue: Count })),
})

export const RecallDetail = Type.Object({
  ...Recall.properties,
  isOverdue: Type.Boolean(), tasks: Type.Array(Task), progress: Progress, history: Type.Array(HistoryEntry), notices: Type.Array(Notice), mayManage: Type.Boolean(),
})

export const RecallListQuery = Type.Object({
  status: opt(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  level: opt(Type.Union(RECALL_LEVEL_VALUES.map((l) => Type.Literal(l)))),
  region: opt(Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code: recalls with a holder in its subtree' })),
  code: opt(Type.String({ minLength: 1, maxLength: 1024 })),
  q: opt(Type.String({ maxLength: 100 })),
  sort: opt(Type.Union([Type.Literal('openedAt'), Type.Literal('deadline'), Type.Literal('level')])),
  order: opt(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
  limit: opt(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  offset: opt(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
})

export const RecallList = Type.Object({ total: Type.Integer(), recalls: Type.Array(Recall) })

export const CloseBody = Type.Object({ note: opt(Type.String({ maxLength: 2000 })) }, { additionalProperties: false })
export const NoticeBody = Type.Object({ title: Text(200), body: Text(5000), advice: opt(Type.String({ maxLength: 2000 })) }, { additionalProperties: false })

export const PublicRecall = Type.Object({
  id: Type.String(), level: Type.String(), levelText: Bilingual, reason: Type.String(), status: Type.String(), openedAt: Type.String(),
  deadline: Type.String(), closedAt: opt(Type.String()), initiatorName: Type.String(), productNames: Type.Array(Type.String()),
  codes: Type.Array(Type.String()), advice: Bilingual,
  notices: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), body: Type.String(), advice: opt(Type.String()), publishedAt: Type.String(), publisherName: Type.String() })),
})

export const PublicRecallQuery = Type.Object({
  q: opt(Type.String({ maxLength: 100 })),
  status: opt(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  level: opt(Type.Union(RECALL_LEVEL_VALUES.map((l) => Type.Literal(l)))),
  code: opt(Type.String({ minLength: 1, maxLength: 1024 })),
  limit: opt(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: opt(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
})

export const PublicRecallList = Type.Object({ total: Type.Integer(), recalls: Type.Array(PublicRecall) })
