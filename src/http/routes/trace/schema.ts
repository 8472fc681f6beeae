import { Type } from '@fastify/type-provider-typebox'

export const TraceQuery = Type.Object({
  direction: Type.Optional(Type.Union([Type.Literal('backward'), Type.Literal('forward'), Type.Literal('both')], { default: 'both' })),
  depth: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Most hops to walk (default 100)' })),
})

const Party = Type.Object({ id: Type.Optional(Type.String()), reference: Type.Optional(Type.String()), name: Type.Optional(Type.String()), uscc: Type.Optional(Type.String()), kind: Type.Optional(Type.String()), regionCode: Type.Optional(Type.String()), isRegistered: Type.Boolean() })
const Holder = Type.Object({
  party: Party, siteIds: Type.Array(Type.String()), regionCodes: Type.Array(Type.String()), uom: Type.Optional(Type.String()),
  made: Type.Number(), received: Type.Number(), shipped: Type.Number(), sold: Type.Number(), used: Type.Number(), destroyed: Type.Number(),
  unconfirmed: Type.Number(), remaining: Type.Number(), firstAt: Type.String(), lastAt: Type.String(),
})
const Node = Type.Object({
  id: Type.String(), kind: Type.String(), code: Type.String(), scheme: Type.String(), gtin: Type.Optional(Type.String()),
  lotNumber: Type.Optional(Type.String()), serial: Type.Optional(Type.String()), depth: Type.Integer(),
  product: Type.Optional(Type.Object({ id: Type.String(), name: Type.String(), category: Type.String(), specification: Type.Optional(Type.String()), gtin: Type.Optional(Type.String()), partyId: Type.Optional(Type.String()), originRegionCode: Type.Optional(Type.String()) })),
  holders: Type.Array(Holder),
  sites: Type.Array(Type.Object({ id: Type.String(), partyId: Type.String(), name: Type.String(), kind: Type.String(), regionCode: Type.String(), address: Type.Optional(Type.String()) })),
})
const Edge = Type.Object({
  kind: Type.Union([Type.Literal('transformation'), Type.Literal('aggregation'), Type.Literal('transfer')]),
  from: Type.Union([Type.String(), Party]), to: Type.Union([Type.String(), Party]), unit: Type.Optional(Type.String()),
  eventId: Type.String(), eventTime: Type.String(), action: Type.Optional(Type.String()), confirmed: Type.Optional(Type.Boolean()),
  quantity: Type.Optional(Type.Number()), uom: Type.Optional(Type.String()),
}, { description: 'transformation/aggregation link unit ids; transfer links parties for `unit`' })

export const TraceReply = Type.Object({
  root: Node, direction: Type.String(), nodes: Type.Array(Node), edges: Type.Array(Edge), truncated: Type.Boolean(),
  truncatedByScope: Type.Boolean({ description: 'True when units, holders or links outside the caller\'s scope were left out' }),
})

