/**
 * The portal's calls. Types come from the route schemas (`import type` only); writes carry the session's
 * CSRF token through the account pages' send().
 */
import type { Static } from 'typebox'
import { ApiError, NetworkError, type ErrorMessages } from '../../api'
import type { Language } from '../../i18n'
import type { ShownIssue } from './event-check'
import type {
  AcceptReply as AcceptReplySchema, ContextReply as ContextReplySchema, EventsReply as EventsReplySchema, ExpectedReceiptsReply as ExpectedReceiptsReplySchema,
  HoldingsReply as HoldingsReplySchema, LicencesReply as LicencesReplySchema, PartnerSearchReply as PartnerSearchReplySchema, PartnersReply as PartnersReplySchema,
} from '../../../../src/http/routes/portal/schema'

export type PortalContext = Static<typeof ContextReplySchema>
export type HoldingsReply = Static<typeof HoldingsReplySchema>
export type EventsReply = Static<typeof EventsReplySchema>
export type PartnersReply = Static<typeof PartnersReplySchema>
export type ExpectedReceiptsReply = Static<typeof ExpectedReceiptsReplySchema>
export type ExpectedReceipt = ExpectedReceiptsReply['items'][number]
export type AcceptReply = Static<typeof AcceptReplySchema>
export type LicencesReply = Static<typeof LicencesReplySchema>
export type PartnerHit = Static<typeof PartnerSearchReplySchema>['parties'][number]
export type PortalParty = PortalContext['party']

export const CONTEXT_PATH = '/api/v1/portal/context'
export const EVENTS_CAPTURE_PATH = '/api/v1/events'
export const LICENCES_PATH = '/api/v1/portal/licences'

export function listPath(base: string, params: Record<string, string | number | boolean | undefined>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value))
  const text = query.toString()
  return text ? `${base}?${text}` : base
}

export const acceptPath = (shipmentEventId: string) => `/api/v1/portal/expected-receipts/${encodeURIComponent(shipmentEventId)}/accept`
export const partnerSearchPath = (q: string) => listPath('/api/v1/portal/partner-search', { q })

/** What the other areas' APIs answer, when they are there (recalls, alerts, credit); read loosely. */
export type LooseList = Record<string, unknown>

/** An error answer with per-field issues (a rejected capture): each with the API's own zh and en messages. */
export class CaptureError extends ApiError {
  constructor(status: number, code: string, message: string, messages: ErrorMessages | undefined, readonly issues: ShownIssue[]) {
    super(status, code, message, messages)
  }
}

/** A JSON write with the session's CSRF token; a 4xx keeps the reply's issues. */
export async function sendJson<T>(method: 'POST', path: string, language: Language, body: object, csrfToken: string | undefined): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method, credentials: 'same-origin', body: JSON.stringify(body),
      headers: { accept: 'application/json', 'accept-language': language, 'content-type': 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    })
  } catch (error) {
    throw new NetworkError((error as Error).message)
  }
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : undefined
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; messages?: ErrorMessages; issues?: ShownIssue[] } } | undefined)?.error
    throw new CaptureError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? `HTTP ${response.status}`, error?.messages, error?.issues ?? [])
  }
  return parsed as T
}
