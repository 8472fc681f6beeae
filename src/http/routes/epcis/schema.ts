import { Type } from '@fastify/type-provider-typebox'

/** EPCIS 2.0 headers every /epcis answer carries (REST binding §headers). */
export const EPCIS_VERSION = '2.0.0'
export const CBV_VERSION = '2.0.0'

export const EventIdParams = Type.Object({ eventID: Type.String({ minLength: 1, maxLength: 1024 }) })
export const CaptureIdParams = Type.Object({ captureID: Type.String({ minLength: 1, maxLength: 64 }) })
export const QueryNameParams = Type.Object({ queryName: Type.String({ minLength: 1, maxLength: 128 }) })

export const CaptureJob = Type.Object({
  captureID: Type.String(),
  createdAt: Type.String(),
  finishedAt: Type.Optional(Type.String()),
  running: Type.Boolean(),
  success: Type.Boolean(),
  captureErrorBehaviour: Type.Union([Type.Literal('rollback'), Type.Literal('proceed')]),
  errors: Type.Array(Type.Object({ code: Type.String(), field: Type.String(), detail: Type.Optional(Type.String()) }, { additionalProperties: true })),
})

export const NamedQueryBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 128 }),
  query: Type.Record(Type.String(), Type.Unknown()),
}, { additionalProperties: false })

/** Documentation only: EPCIS documents are checked by capture itself, which names every problem. */
export const EpcisDocumentBody = Type.Unknown({ description: 'EPCISDocument (JSON-LD, or XML 2.0 / 1.2 with application/xml)' })
