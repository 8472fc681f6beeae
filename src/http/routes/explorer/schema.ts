import { Type } from '@fastify/type-provider-typebox'

export const ExplorerQuery = Type.Object({
  direction: Type.Optional(Type.Union([Type.Literal('backward'), Type.Literal('forward'), Type.Literal('both')], { default: 'both' })),
  depth: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, description: 'Most hops to walk (default 100)' })),
  expand: Type.Optional(Type.String({ minLength: 1, maxLength: 1100, description: 'Answer with this node\'s neighbourhood (a node id from an earlier answer)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20000, description: 'Most units in the overview, most neighbours in a neighbourhood (default 500)' })),
  fanout: Type.Optional(Type.Integer({ minimum: 1, maximum: 20000, description: 'Most new neighbours taken from one node in the overview (default 50); the rest are summarised in `hidden`' })),
})

const Node = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('lot'), Type.Literal('item'), Type.Literal('container'), Type.Literal('class'), Type.Literal('party'), Type.Literal('site')]),
  label: Type.String(), code: Type.Optional(Type.String()),
  rank: Type.Integer({ description: 'Hops from the root: negative upstream, positive downstream' }),
  productName: Type.Optional(Type.String()), category: Type.Optional(Type.String()), lotNumber: Type.Optional(Type.String()), serial: Type.Optional(Type.String()),
  subKind: Type.Optional(Type.String()), uscc: Type.Optional(Type.String()), registered: Type.Optional(Type.Boolean()),
  regionCode: Type.Optional(Type.String()), regionName: Type.Optional(Type.String()),
  coordinates: Type.Optional(Type.Tuple([Type.Number(), Type.Number()], { description: '[longitude, latitude] of the region centre' })),
  degree: Type.Integer({ description: 'Neighbours in the whole graph' }),
  hidden: Type.Integer({ description: 'Neighbours left out of this answer (expand to fetch)' }),
})

const Edge = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('transformation'), Type.Literal('aggregation'), Type.Literal('transfer'), Type.Literal('custody'), Type.Literal('site')]),
  source: Type.String(), target: Type.String(), eventId: Type.Optional(Type.String()), eventTime: Type.Optional(Type.String()),
  unitIds: Type.Optional(Type.Array(Type.String())), quantity: Type.Optional(Type.Number()), uom: Type.Optional(Type.String()),
  confirmed: Type.Optional(Type.Boolean()), received: Type.Optional(Type.Number()), made: Type.Optional(Type.Number()),
  remaining: Type.Optional(Type.Number()), firstAt: Type.Optional(Type.String()), lastAt: Type.Optional(Type.String()),
})

export const ExplorerReply = Type.Object({
  rootId: Type.String(), rootCode: Type.String(),
  direction: Type.Union([Type.Literal('backward'), Type.Literal('forward'), Type.Literal('both')]),
  expanded: Type.Optional(Type.String()),
  nodes: Type.Array(Node), edges: Type.Array(Edge),
  totalNodes: Type.Integer(), truncated: Type.Boolean(), truncatedByScope: Type.Boolean(),
})
