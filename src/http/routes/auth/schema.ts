import { Type } from '@fastify/type-provider-typebox'

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false })

export const OrganisationView = Type.Object({
  id: Type.String(), kind: Type.String(), name: Type.String(), status: Type.String(), department: Type.Optional(Type.String()),
  regionCode: Type.Optional(Type.String()), categories: Type.Array(Type.String()), partyId: Type.Optional(Type.String()), createdAt: Type.String(),
})

export const Me = Type.Object({
  role: Type.String({ description: 'anonymous, operator, regulator, enterprise or platform' }),
  credential: Type.String({ description: 'none, open (development mode), admin-token, session or api-key' }),
  organisationId: Type.Optional(Type.String()),
  organisationName: Type.Optional(Type.String()),
  username: Type.Optional(Type.String()),
  partyId: Type.Optional(Type.String()),
  regionCode: Type.Optional(Type.String()),
  categories: Type.Array(Type.String()),
  captureOnly: Type.Boolean(),
  csrfToken: Type.Optional(Type.String({ description: 'Send as X-CSRF-Token on every write made with the session cookie' })),
  pending: Type.Boolean({ description: "True while the caller's organisation waits for approval" }),
})

export const LoginReply = Type.Object({ me: Me, expiresAt: Type.String() })

export const DemoAccounts = Type.Object({
  accounts: Type.Array(Type.Object({
    username: Type.String(), password: Type.String(), role: Type.String(), organisationName: Type.String(),
    description: Type.Object({ zh: Type.String(), en: Type.String() }),
  })),
})
