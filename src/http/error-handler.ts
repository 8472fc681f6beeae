/**
 * Every error answer has one shape: `{ error: { code, message, messages: { zh, en }, field, issues? } }`,
 * `field` a JSON pointer. Replies follow Accept-Language (default zh-CN). A 5xx hides its cause and logs
 * it with the request id.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { ERRORS, messageOf, ZhuisuError, type ErrorCode, type FieldIssue, type Language } from '../domain/errors.js'

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  unsupported_media_type: 415,
  invalid_request: 400,
  uri_too_long: 414,
  text_invalid: 400,
  body_too_large: 413,
  batch_too_large: 413,
  batch_empty: 422,
  invalid_events: 422,
  field_required: 422,
  field_type: 422,
  field_unknown: 422,
  event_type_unknown: 422,
  action_invalid: 422,
  action_not_allowed: 422,
  time_invalid: 422,
  time_in_future: 422,
  offset_invalid: 422,
  quantity_invalid: 422,
  uom_invalid: 422,
  code_invalid: 400,
  what_missing: 422,
  bizstep_invalid: 422,
  disposition_invalid: 422,
  category_invalid: 422,
  event_id_invalid: 422,
  event_conflict: 409,
  duplicate_in_batch: 422,
  epcis_event_exists: 409,
  epcis_xml_invalid: 400,
  epcis_context_invalid: 400,
  capture_job_not_found: 404,
  epcis_query_exists: 409,
  epcis_query_not_found: 404,
  epcis_query_invalid: 400,
  standard_element_missing: 422,
  standard_element_invalid: 422,
  standard_override_required: 422,
  standard_override_invalid: 422,
  standard_stage_required: 422,
  standard_stage_invalid: 422,
  standard_not_found: 404,
  uscc_invalid: 422,
  gtin_invalid: 422,
  region_invalid: 422,
  party_exists: 409,
  product_exists: 409,
  lot_exists: 409,
  party_not_found: 404,
  site_not_found: 404,
  product_not_found: 404,
  recall_not_found: 404,
  recall_task_not_found: 404,
  recall_not_open: 409,
  recall_tasks_open: 409,
  recall_task_finished: 409,
  recall_task_confirmed: 409,
  recall_level_invalid: 422,
  recall_deadline_invalid: 422,
  recall_no_holders: 422,
  recall_report_empty: 422,
  recall_lot_not_in_task: 422,
  recall_lot_repeated: 422,
  recall_report_exceeds_holding: 422,
  code_not_found: 404,
  explorer_node_not_found: 404,
  event_not_found: 404,
  route_not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  login_failed: 401,
  login_throttled: 429,
  csrf_invalid: 403,
  api_key_capture_only: 403,
  organisation_required: 403,
  event_party_forbidden: 403,
  username_exists: 409,
  password_weak: 422,
  department_invalid: 422,
  organisation_invalid: 422,
  organisation_not_found: 404,
  registration_not_found: 404,
  registration_exists: 409,
  registration_decided: 409,
  api_key_not_found: 404,
  notification_type_invalid: 400,
  subscription_not_found: 404,
  subscription_url_invalid: 422,
  subscription_url_private: 422,
  subscription_types_invalid: 422,
  subscription_inactive: 409,
  complaint_not_found: 404,
  complaint_text_length: 422,
  complaint_text_markup: 422,
  complaint_contact_required: 422,
  complaint_phone_invalid: 422,
  complaint_email_invalid: 422,
  complaint_photo_count: 422,
  complaint_photo_type: 415,
  complaint_photo_too_large: 413,
  complaint_upload_too_large: 413,
  complaint_transition_invalid: 409,
  complaint_assignee_invalid: 422,
  complaint_answer_required: 422,
  complaint_finding_invalid: 422,
  complaint_import_invalid: 422,
  alert_not_found: 404,
  alert_rule_unknown: 422,
  alert_threshold_invalid: 422,
  alert_transition_invalid: 409,
  alert_note_required: 422,
  quota_invalid: 422,
  blacklist_party_required: 400,
  blacklist_period_invalid: 400,
  blacklist_entry_not_found: 404,
  blacklist_not_in_force: 409,
  draw_seed_invalid: 400,
  draw_inspectors_invalid: 400,
  draw_no_candidates: 422,
  draw_too_many_candidates: 422,
  draw_not_found: 404,
  database_unavailable: 503,
  rate_limited: 429,
  internal: 500,
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code]
}

export function languageOf(request: FastifyRequest): Language {
  const header = request.headers['accept-language']
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh'
}

export interface ErrorBody {
  error: {
    code: ErrorCode
    message: string
    messages: { zh: string; en: string }
    field?: string
    detail?: string
    issues?: (FieldIssue & { message: string; messages: { zh: string; en: string } })[]
    [key: string]: unknown
  }
}

export function errorBody(error: ZhuisuError, language: Language): ErrorBody {
  const { issues, ...extra } = error.details ?? {}
  return {
    error: {
      ...extra,
      code: error.code,
      message: messageOf(error.code, language),
      messages: { ...ERRORS[error.code] },
      field: error.field,
      issues: issues?.map((issue) => ({ ...issue, message: messageOf(issue.code, language), messages: { ...ERRORS[issue.code] } })),
    },
  }
}

/** Maps Fastify's own errors (parsing, validation, limits) to the catalogue. */
export function toZhuisuError(error: FastifyError): ZhuisuError | undefined {
  if (error instanceof ZhuisuError) return error
  if (error.validation) {
    const first = error.validation[0]
    const missing = (first?.params as { missingProperty?: string } | undefined)?.missingProperty
    const field = `${error.validationContext === 'body' ? '' : `/${error.validationContext}`}${first?.instancePath ?? ''}${missing ? `/${missing}` : ''}`
    return new ZhuisuError('invalid_request', field || '/', { detail: error.validation.map((v) => `${v.instancePath || '/'} ${v.message}`).join('; ') })
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ZhuisuError('unsupported_media_type', undefined)
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ZhuisuError('body_too_large', undefined)
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ZhuisuError('invalid_json', '/')
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) return new ZhuisuError('invalid_json', '/')
  if (error.statusCode === 429) return undefined
  return undefined
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = toZhuisuError(error)
  const language = languageOf(request)
  if (known) {
    const status = statusOf(known.code)
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    void reply.status(status).send(errorBody(known, language))
    return
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    void reply.status(error.statusCode).send(errorBody(new ZhuisuError('invalid_request', undefined, { detail: error.message }), language))
    return
  }
  request.log.error({ err: error }, 'request failed')
  void reply.status(500).send(errorBody(new ZhuisuError('internal', undefined, { requestId: request.id }), language))
}
