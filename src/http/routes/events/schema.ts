import { Type, type Static } from '@fastify/type-provider-typebox'

const QuantityElement = Type.Object({
  epcClass: Type.String({ description: 'Lot or product class: LGTIN URN, Digital Link URI, platform code' }),
  quantity: Type.Optional(Type.Number({ minimum: 0 })),
  uom: Type.Optional(Type.String({ description: 'UN/CEFACT Rec. 20 unit code, e.g. KGM' })),
})
const Link = (name: string) => Type.Array(Type.Object({ type: Type.String(), [name]: Type.String() }))

/** Documentation of one event in EPCIS 2.0 JSON form; capture validates it in detail and explains every problem. */
export const EventSchema = Type.Object(
  {
    type: Type.Union(['ObjectEvent', 'AggregationEvent', 'TransactionEvent', 'TransformationEvent', 'AssociationEvent'].map((t) => Type.Literal(t))),
    eventID: Type.Optional(Type.String({ description: 'URI; when absent one is derived from the content, so re-sending is idempotent' })),
    eventTime: Type.String({ format: 'date-time' }),
    eventTimeZoneOffset: Type.Optional(Type.String({ pattern: '^[+-]\\d{2}:\\d{2}$' })),
    action: Type.Optional(Type.Union([Type.Literal('ADD'), Type.Literal('OBSERVE'), Type.Literal('DELETE')])),
    bizStep: Type.Optional(Type.String({ description: 'CBV word (shipping, receiving, …) or a URI' })),
    disposition: Type.Optional(Type.String()),
    epcList: Type.Optional(Type.Array(Type.String())),
    quantityList: Type.Optional(Type.Array(QuantityElement)),
    parentID: Type.Optional(Type.String()),
    childEPCs: Type.Optional(Type.Array(Type.String())),
    childQuantityList: Type.Optional(Type.Array(QuantityElement)),
    inputEPCList: Type.Optional(Type.Array(Type.String())),
    inputQuantityList: Type.Optional(Type.Array(QuantityElement)),
    outputEPCList: Type.Optional(Type.Array(Type.String())),
    outputQuantityList: Type.Optional(Type.Array(QuantityElement)),
    readPoint: Type.Optional(Type.Object({ id: Type.String() })),
    bizLocation: Type.Optional(Type.Object({ id: Type.String({ description: 'Site id, GLN or SGLN URN' }) })),
    bizTransactionList: Type.Optional(Link('bizTransaction')),
    sourceList: Type.Optional(Link('source')),
    destinationList: Type.Optional(Link('destination')),
    ilmd: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    'zs:category': Type.Optional(Type.String({ description: 'agri, food, drug, agri_input, equipment, hazardous, rare_earth, import' })),
    'zs:party': Type.Optional(Type.String({ description: 'Responsible party: USCC, party id, GLN or PGLN URN' })),
    'zs:data': Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Category data elements (检疫证号, 交易凭证号, …)' })),
  },
  { additionalProperties: true, description: 'One trace event in EPCIS 2.0 JSON form' },
)

export const CaptureBody = Type.Union([
  Type.Object({ events: Type.Array(EventSchema) }),
  Type.Object({ type: Type.Literal('EPCISDocument'), epcisBody: Type.Object({ eventList: Type.Array(EventSchema) }) }, { additionalProperties: true }),
])

const Finding = Type.Object({ code: Type.String(), field: Type.String(), value: Type.Optional(Type.String()) })

export const CaptureReply = Type.Object({
  recordTime: Type.String(),
  created: Type.Integer(),
  duplicates: Type.Integer(),
  declared: Type.Integer(),
  events: Type.Array(Type.Object({
    index: Type.Integer(),
    eventId: Type.String(),
    status: Type.Union([Type.Literal('created'), Type.Literal('duplicate'), Type.Literal('declared')]),
    findings: Type.Array(Finding),
    hashId: Type.Optional(Type.String({ description: 'CBV event hash ID (ni:///sha-256;…?ver=CBV2.0); a duplicate names the stored eventID' })),
  })),
})
export type CaptureReplyBody = Static<typeof CaptureReply>

export const EventIdParams = Type.Object({ eventId: Type.String({ minLength: 1, maxLength: 1024 }) })
