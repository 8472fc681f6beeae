/**
 * Errors under /epcis as the EPCIS 2.0 REST binding answers them: RFC 7807 `application/problem+json`
 * with an `epcisException:` type, the field at fault as a JSON pointer, and the platform's code and
 * bilingual message beside them.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { ZhuisuError } from '../../../domain/errors.js'
import { errorBody, languageOf, statusOf, toZhuisuError } from '../../error-handler.js'

const EXCEPTION_BY_STATUS: Record<number, string> = {
  400: 'ValidationException', 401: 'SecurityException', 403: 'SecurityException', 404: 'NoSuchResourceException',
  406: 'NotAcceptableException', 409: 'ResourceAlreadyExistsException', 413: 'CaptureLimitExceededException',
  415: 'UnsupportedMediaTypeException', 429: 'ImplementationException', 500: 'ImplementationException',
  501: 'ImplementationException', 503: 'ImplementationException',
}

export function epcisStatusOf(error: ZhuisuError): number {
  const status = statusOf(error.code)
  // The binding answers invalid input with 400 ValidationException (nothing stored).
  return status === 422 ? 400 : status
}

export function handleEpcisError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = toZhuisuError(error) ?? (error.statusCode && error.statusCode < 500
    ? new ZhuisuError('invalid_request', undefined, { detail: error.message })
    : new ZhuisuError('internal', undefined, { requestId: request.id }))
  const status = known.code === 'internal' ? 500 : epcisStatusOf(known)
  if (status >= 500) request.log.error({ err: error }, 'request failed')
  const body = errorBody(known, languageOf(request)).error
  const limit = known.details?.limit
  if (status === 413 && typeof limit === 'number') void reply.header('GS1-EPCIS-Capture-Limit', String(limit))
  void reply.status(status).type('application/problem+json').send({
    type: `epcisException:${EXCEPTION_BY_STATUS[status] ?? 'ImplementationException'}`,
    title: body.message,
    status,
    detail: status >= 500 ? undefined : body.detail ?? body.issues?.map((i) => `${i.field}: ${i.message}${i.detail ? ` (${i.detail})` : ''}`).join('; '),
    instance: request.url,
    ...body,
  })
}
