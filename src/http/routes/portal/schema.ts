/** Schemas of the enterprise portal API (/api/v1/portal/…); the web takes its types from here (`import type`). */
import { Type } from '@fastify/type-provider-typebox'
import { Party, Site } from '../parties/schema.js'
import { Product } from '../products/schema.js'

const Messages = Type.Object({ zh: Type.String(), en: Type.String() })
const Direction = Type.Union([Type.Literal('asc'), Type.Literal('desc')])
const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  direction: Type.Optional(Direction),
}
const pageOf = <T extends ReturnType<typeof Type.Object>>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() })
const Text = (max: number) => Type.Optional(Type.String({ maxLength: max }))

export const PartyHit = Type.Object({ id: Type.String(), name: Type.String(), uscc: Type.Optional(Type.String()), kind: Type.String(), regionCode: Type.String() })

export const ContextReply = Type.Object({
  party: Party,
  parties: Type.Array(Party),
  sites: Type.Array(Site),
  products: Type.Array(Product),
  stages: Type.Array(Type.Object({ category: Type.String(), stages: Type.Array(Type.String()) })),
  partners: Type.Array(PartyHit),
  now: Type.String({ description: "the platform's time (ISO 8601)" }),
})

export const HoldingsQuery = Type.Object({
  ...Paging,
  sort: Type.Optional(Type.Union([Type.Literal('lastAt'), Type.Literal('remaining'), Type.Literal('code'), Type.Literal('product')])),
  q: Text(100),
  inStock: Type.Optional(Type.Boolean({ description: 'only lots and items with something left' })),
})

export const Holding = Type.Object({
  unitId: Type.String(), code: Type.String(), kind: Type.String(), lotNumber: Type.Optional(Type.String()), productId: Type.Optional(Type.String()),
  productName: Type.Optional(Type.String()), uom: Type.Optional(Type.String()), made: Type.Number(), received: Type.Number(), shipped: Type.Number(),
  sold: Type.Number(), used: Type.Number(), destroyed: Type.Number(), remaining: Type.Number(), lastAt: Type.String(),
})
export const HoldingsReply = pageOf(Holding)

export const EventsQuery = Type.Object({
  ...Paging,
  sort: Type.Optional(Type.Union([Type.Literal('eventTime'), Type.Literal('bizStep')])),
  bizStep: Text(200),
  withFindings: Type.Optional(Type.Boolean({ description: 'only events with data-quality findings' })),
})

export const Finding = Type.Object({
  code: Type.String(), field: Type.String(), value: Type.Optional(Type.String()), detail: Type.Optional(Type.String()),
  override: Type.Optional(Type.Object({ reason: Type.String(), by: Type.String() })), messages: Messages,
})
export const PortalEvent = Type.Object({
  eventId: Type.String(), type: Type.String(), bizStep: Type.Optional(Type.String()), eventTime: Type.String(), category: Type.Optional(Type.String()),
  siteId: Type.Optional(Type.String()), codes: Type.Array(Type.String()), findings: Type.Array(Finding),
})
export const EventsReply = pageOf(PortalEvent)

export const PartnersQuery = Type.Object({
  ...Paging,
  sort: Type.Optional(Type.Union([Type.Literal('eventTime'), Type.Literal('partner'), Type.Literal('code')])),
  side: Type.Optional(Type.Union([Type.Literal('up'), Type.Literal('down')], { description: 'up: who supplied (收货); down: who it went to (发货)' })),
  q: Text(100),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('xlsx')])),
})
export const PartnerLine = Type.Object({
  side: Type.String(), unitId: Type.String(), code: Type.String(), lotNumber: Type.Optional(Type.String()), productName: Type.Optional(Type.String()),
  partner: Type.Object({ id: Type.Optional(Type.String()), reference: Type.Optional(Type.String()), name: Type.Optional(Type.String()), uscc: Type.Optional(Type.String()) }),
  quantity: Type.Optional(Type.Number()), uom: Type.Optional(Type.String()), eventId: Type.String(), eventTime: Type.String(),
})
export const PartnersReply = pageOf(PartnerLine)

export const PartnerSearchQuery = Type.Object({ q: Type.String({ maxLength: 100 }) })
export const PartnerSearchReply = Type.Object({ parties: Type.Array(PartyHit) })

const Issue = Type.Object({ code: Type.String(), field: Type.String(), detail: Type.Optional(Type.String()) })
export const ExpectedReceipt = Type.Object({
  eventId: Type.String({ description: "the shipment's eventID" }), eventTime: Type.String(), category: Type.Optional(Type.String()),
  shipper: Type.Object({ id: Type.Optional(Type.String()), name: Type.Optional(Type.String()), uscc: Type.Optional(Type.String()), reference: Type.Optional(Type.String()) }),
  receiver: Type.Object({ id: Type.String(), name: Type.String() }),
  lines: Type.Array(Type.Object({ code: Type.String(), productName: Type.Optional(Type.String()), quantity: Type.Optional(Type.Number()), uom: Type.Optional(Type.String()) })),
  preview: Type.Record(Type.String(), Type.Unknown(), { description: 'the receiving event that accepting records (EPCIS 2.0 JSON)' }),
  issues: Type.Array(Issue, { description: 'what capture would reject in the preview, e.g. a required element the shipment did not carry' }),
})
export const ExpectedReceiptsQuery = Type.Object({ limit: Paging.limit, offset: Paging.offset })
export const ExpectedReceiptsReply = pageOf(ExpectedReceipt)

export const AcceptParams = Type.Object({ eventId: Type.String({ minLength: 1, maxLength: 600 }) })
export const AcceptBody = Type.Object({
  siteId: Type.Optional(Type.String({ maxLength: 64 })),
  data: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'data elements the receiver adds (zs:data)' })),
}, { additionalProperties: false })
export const AcceptReply = Type.Object({ status: Type.Union([Type.Literal('created'), Type.Literal('duplicate')]), eventId: Type.String() })

const LicenceStatus = Type.Union([Type.Literal('valid'), Type.Literal('expiring'), Type.Literal('expired'), Type.Literal('no_expiry')])
export const LicenceView = Type.Object({
  partyId: Type.String(), type: Type.String(), number: Type.String(), validUntil: Type.Optional(Type.String()), status: LicenceStatus,
  daysLeft: Type.Optional(Type.Integer()), source: Type.String(), recordedAt: Type.Optional(Type.String()),
})
export const LicencesReply = Type.Object({
  licences: Type.Array(LicenceView),
  reminders: Type.Array(LicenceView, { description: 'expired, or expiring within 30 days' }),
  history: Type.Array(Type.Object({ partyId: Type.String(), type: Type.String(), number: Type.String(), validUntil: Type.Optional(Type.String()), action: Type.String(), recordedAt: Type.String(), recordedBy: Type.String() })),
})
export const LicenceBody = Type.Object({
  partyId: Type.Optional(Type.String({ maxLength: 64 })),
  type: Type.String({ minLength: 1, maxLength: 100, description: '食品经营许可证, GSP, HACCP …' }),
  number: Type.String({ minLength: 1, maxLength: 100 }),
  validUntil: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' })),
  action: Type.Optional(Type.Union([Type.Literal('add'), Type.Literal('withdraw')])),
}, { additionalProperties: false })
export const LicenceReply = Type.Object({
  type: Type.String(), number: Type.String(), validUntil: Type.Optional(Type.String()), action: Type.String(), recordedAt: Type.String(),
  status: LicenceStatus, daysLeft: Type.Optional(Type.Integer()),
})
