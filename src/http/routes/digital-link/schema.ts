import { Type } from '@fastify/type-provider-typebox'

export const DigitalLinkParams = Type.Object({
  '*': Type.String({ description: 'The rest of the Digital Link path: `{value}[/{qualifier AI}/{value}…]`' }),
})

export const ResolverDescription = Type.Object({
  name: Type.String(),
  resolverRoot: Type.String(),
  supportedPrimaryKeys: Type.Array(Type.String()),
  supportedLinkTypes: Type.Array(Type.String()),
  linkTypeDefaultCanBeLinkset: Type.Boolean(),
})
