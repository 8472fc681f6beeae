/** Schemas shared by several routes: the error answer and code path parameters. */
import { Type } from '@fastify/type-provider-typebox'

const Messages = Type.Object({ zh: Type.String(), en: Type.String() })

export const ErrorSchema = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String({ description: 'Stable machine-readable error code' }),
        message: Type.String({ description: 'In the language of Accept-Language (default zh-CN)' }),
        messages: Messages,
        field: Type.Optional(Type.String({ description: 'JSON pointer to the field at fault' })),
        issues: Type.Optional(Type.Array(Type.Object({
          code: Type.String(), field: Type.String(), detail: Type.Optional(Type.String()), message: Type.String(), messages: Messages,
        }))),
      },
      { additionalProperties: true },
    ),
  },
  { $id: 'Error' },
)

export const errorResponses = {
  400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema, 422: ErrorSchema, 429: ErrorSchema,
}

export const CodeParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 1024, description: 'Any identifier form, URL-encoded: GS1 EPC URN, Digital Link URI, element string, platform code' }),
})
