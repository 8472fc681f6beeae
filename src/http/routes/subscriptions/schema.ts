/** Shapes of the webhook subscription routes (the web app imports these types). */
import { Type, type Static } from '@fastify/type-provider-typebox'

const State = Type.Object({ at: Type.String(), state: Type.Union([Type.Literal('active'), Type.Literal('inactive')]), accountId: Type.Optional(Type.String()) })

export const Subscription = Type.Object({
  id: Type.String(), organisationId: Type.String(), createdBy: Type.Optional(Type.String()), createdAt: Type.String(),
  url: Type.String(), types: Type.Array(Type.String()), description: Type.String(), active: Type.Boolean(),
  history: Type.Optional(Type.Array(State, { description: 'Every activation and deactivation, oldest first' })),
})
export type SubscriptionDto = Static<typeof Subscription>

export const SubscriptionBody = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2000, description: 'http(s) endpoint that receives signed POSTs' }),
  types: Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 20, description: 'Type patterns: "recall.*", "alert.opened", "*"' }),
  description: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false })
export type SubscriptionBodyDto = Static<typeof SubscriptionBody>

export const Attempt = Type.Object({
  id: Type.String(), deliveryId: Type.String(), attempt: Type.Integer(), at: Type.String(), statusCode: Type.Optional(Type.Integer()),
  durationMs: Type.Integer(), error: Type.Optional(Type.String()), nextAttemptAt: Type.Optional(Type.String()),
})

export const Delivery = Type.Object({
  id: Type.String(), subscriptionId: Type.String(), notificationId: Type.Optional(Type.String()), type: Type.String(),
  payload: Type.String({ description: 'The JSON body sent' }), createdAt: Type.String(),
  state: Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]), attempts: Type.Integer(),
  nextAttemptAt: Type.Optional(Type.String()), log: Type.Optional(Type.Array(Attempt)),
})
export type DeliveryDto = Static<typeof Delivery>

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
})
