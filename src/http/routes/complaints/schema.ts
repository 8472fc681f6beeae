/** Shapes of the complaint routes (the web app imports these types). */
import { Type, type Static } from '@fastify/type-provider-typebox'

export const ComplaintBody = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 1024, description: 'The trace code the complaint is about (prefilled from the query page)' })),
  text: Type.String({ maxLength: 10_000, description: '10–2000 characters, plain text (markup is refused)' }),
  contact: Type.Object({
    name: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.Optional(Type.String({ maxLength: 40, description: 'Chinese mobile number; this or email is required' })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
  }, { additionalProperties: false }),
}, { additionalProperties: false })
export type ComplaintBodyDto = Static<typeof ComplaintBody>

export const Submitted = Type.Object({
  id: Type.String(), number: Type.String({ description: '投诉编号' }), status: Type.String(),
  receipt: Type.String({ description: 'Shown once: read the status with GET /api/v1/complaints/{id}?receipt=…' }),
})
export type SubmittedDto = Static<typeof Submitted>

const Summary = {
  id: Type.String(), number: Type.String(), createdAt: Type.String(), source: Type.String(), code: Type.Optional(Type.String()), text: Type.String(),
  regionCode: Type.Optional(Type.String()), regionName: Type.Optional(Type.String()), category: Type.Optional(Type.String()), status: Type.String(),
  assigneeOrganisationId: Type.Optional(Type.String()), dueAt: Type.Optional(Type.String()), overdue: Type.Boolean(), updatedAt: Type.String(),
}
export const ComplaintSummary = Type.Object(Summary)
export type ComplaintSummaryDto = Static<typeof ComplaintSummary>

export const ComplaintList = Type.Object({ complaints: Type.Array(ComplaintSummary), total: Type.Integer() })
export type ComplaintListDto = Static<typeof ComplaintList>

const HistoryEntry = Type.Object({
  id: Type.String(), at: Type.String(), kind: Type.String(), status: Type.String(), note: Type.Optional(Type.String()), answer: Type.Optional(Type.String()), finding: Type.Optional(Type.String()),
  dueAt: Type.Optional(Type.String()), assigneeOrganisationId: Type.Optional(Type.String()), assigneeName: Type.Optional(Type.String()),
  actorOrganisationId: Type.Optional(Type.String()), actorName: Type.Optional(Type.String()),
})

export const ComplaintDetail = Type.Object({
  ...Summary,
  hotlineTicket: Type.Optional(Type.String()),
  contact: Type.Object({ name: Type.Optional(Type.String()), phone: Type.Optional(Type.String()), email: Type.Optional(Type.String()) }),
  answer: Type.Optional(Type.String()), finding: Type.Optional(Type.String({ description: 'substantiated | unsubstantiated | undetermined, with the latest answer' })), assigneeName: Type.Optional(Type.String()),
  photos: Type.Array(Type.Object({ id: Type.String(), contentType: Type.String(), byteSize: Type.Integer(), url: Type.String() })),
  history: Type.Array(HistoryEntry), allowedNext: Type.Array(Type.String()),
  links: Type.Object({ impact: Type.Optional(Type.String()), recall: Type.Optional(Type.String()) }),
})
export type ComplaintDetailDto = Static<typeof ComplaintDetail>

export const ComplaintReceiptView = Type.Object({
  id: Type.String(), number: Type.String(), createdAt: Type.String(), code: Type.Optional(Type.String()), text: Type.String(), status: Type.String(),
  dueAt: Type.Optional(Type.String()), answer: Type.Optional(Type.String()), finding: Type.Optional(Type.String()), history: Type.Array(Type.Object({ at: Type.String(), status: Type.String() })),
})
export type ComplaintReceiptDto = Static<typeof ComplaintReceiptView>

export const ListQuery = Type.Object({
  status: Type.Optional(Type.String({ maxLength: 20 })),
  overdue: Type.Optional(Type.Boolean()),
  category: Type.Optional(Type.String({ maxLength: 40 })),
  region: Type.Optional(Type.String({ pattern: '^\\d{2,6}$', description: 'GB/T 2260 code or prefix' })),
  code: Type.Optional(Type.String({ maxLength: 1024 })),
  assignee: Type.Optional(Type.String({ maxLength: 64 })),
  sort: Type.Optional(Type.Union([Type.Literal('created_at'), Type.Literal('due_at'), Type.Literal('updated_at'), Type.Literal('number')])),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
})

export const ReceiptQuery = Type.Object({ receipt: Type.Optional(Type.String({ maxLength: 100 })) })

export const TransitionBody = Type.Object({
  to: Type.String({ maxLength: 20, description: 'assigned | investigating | answered | closed; the current status adds a note' }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  answer: Type.Optional(Type.String({ maxLength: 2000, description: 'Required with to=answered; shown to the complainant' })),
  finding: Type.Optional(Type.String({ maxLength: 20, description: 'Only with to=answered: substantiated (属实) | unsubstantiated (不属实) | undetermined (无法查实, the default). Only a substantiated complaint counts against the party\'s credit.' })),
  assigneeOrganisationId: Type.Optional(Type.String({ maxLength: 64 })),
}, { additionalProperties: false })
export type TransitionBodyDto = Static<typeof TransitionBody>

export const PhotoParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), photoId: Type.String({ minLength: 1, maxLength: 64 }) })

const ProblemEntry = Type.Object({ column: Type.String(), code: Type.String(), message: Type.Optional(Type.String()) })
export const ImportReport = Type.Object({
  created: Type.Integer(), duplicates: Type.Integer(), invalid: Type.Integer(),
  rows: Type.Array(Type.Object({
    row: Type.Integer(), ticket: Type.Optional(Type.String()), status: Type.String(), complaintId: Type.Optional(Type.String()),
    number: Type.Optional(Type.String()), problems: Type.Array(ProblemEntry),
  })),
})
export type ImportReportDto = Static<typeof ImportReport>
