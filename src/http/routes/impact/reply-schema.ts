/** The impact answer (services/impact/model.ts); only typebox here, so the web app can take its types. */
import { Type } from '@fastify/type-provider-typebox'

const Opt = Type.Optional
const S = Type.String()
const N = Type.Number()
const Party = Type.Object({ id: Opt(S), reference: Opt(S), name: Opt(S), uscc: Opt(S), kind: Opt(S), regionCode: Opt(S), isRegistered: Type.Boolean() })
const Ref = Type.Object({ id: Opt(S), name: Opt(S), reference: Opt(S), regionCode: Opt(S), hidden: Opt(Type.Boolean()) })
const Site = Type.Object({ id: S, partyId: S, name: S, kind: S, regionCode: S, address: Opt(S) })
const Contact = Type.Object({ name: Opt(S), phone: Opt(S), address: Opt(S) })
const Licence = Type.Object({ type: S, number: S, validUntil: Opt(S) })
const Movement = Type.Object({ role: S, eventId: S, eventTime: S, quantity: Opt(N), uom: Opt(S), siteId: Opt(S), counterparty: Opt(Ref), via: Opt(S) })
const Unit = Type.Object({
  unitId: S, code: S, kind: S, gtin: Opt(S), productName: Opt(S), category: Opt(S), lotNumber: Opt(S), serial: Opt(S), uom: Opt(S),
  received: N, unconfirmed: N, made: N, shipped: N, sold: N, used: N, destroyed: N, held: N, remaining: N, firstAt: S, lastAt: S,
  from: Type.Array(Ref), to: Type.Array(Ref), movements: Type.Array(Movement),
})
const Totals = Type.Object({ uom: Opt(S), received: N, unconfirmed: N, made: N, shipped: N, sold: N, used: N, destroyed: N, held: N })
const Total = Type.Object({ uom: Opt(S), quantity: N })
const RegionLeaf = Type.Object({ code: S, name: S, level: S, holders: Type.Integer() })
const RegionCity = Type.Object({ code: S, name: S, level: S, holders: Type.Integer(), children: Type.Array(Type.Object({ ...RegionLeaf.properties, children: Type.Array(RegionLeaf) })) })
const RegionProvince = Type.Object({ code: S, name: S, level: S, holders: Type.Integer(), children: Type.Array(RegionCity) })

export const ImpactReply = Type.Object({
  root: Type.Object({ id: S, code: S, kind: S }),
  roots: Type.Array(Type.Object({ id: S, code: S, kind: S, productName: Opt(S), category: Opt(S), lotNumber: Opt(S), serial: Opt(S) })),
  codes: Type.Array(S),
  unitCount: Type.Integer(), lotCount: Type.Integer(), itemCount: Type.Integer(), holderCount: Type.Integer(),
  holders: Type.Array(Type.Object({
    party: Party, kind: S, regionCode: Opt(S), regionName: Opt(S), sites: Type.Array(Site), contact: Contact, licences: Type.Array(Licence),
    units: Type.Array(Unit), received: Type.Array(Total), remaining: Type.Array(Total), totals: Type.Array(Totals),
  })),
  upstream: Type.Array(Type.Object({ party: Party, roles: Type.Array(S), contact: Contact, licences: Type.Array(Licence), codes: Type.Array(S), depth: Type.Integer() })),
  flows: Type.Array(Type.Object({ from: S, to: S, fromName: Opt(S), toName: Opt(S), fromKind: Opt(S), toKind: Opt(S), uom: Opt(S), quantity: N, lines: Type.Integer(), firstAt: S })),
  byRegion: Type.Array(Type.Object({ regionCode: S, holders: Type.Integer() })),
  byHolderKind: Type.Array(Type.Object({ kind: S, holders: Type.Integer() })),
  regions: Type.Array(RegionProvince, { description: 'Province → city → county with holder counts' }),
  totals: Type.Array(Totals),
  timeline: Type.Array(Type.Object({ date: S, role: S, movements: Type.Integer() })),
  truncated: Type.Boolean(),
  holderPage: Type.Optional(Type.Object({ matched: Type.Integer(), offset: Type.Integer(), limit: Type.Integer() })),
  truncatedByScope: Type.Boolean({ description: 'True when holders, units or parties outside the caller\'s scope were left out' }),
})
