/** Calls of the early-warning pages. Types come from the route schemas (import type only). */
import type { Static } from 'typebox'
import { ApiError, NetworkError } from '../../api'
import type { Language } from '../../i18n'
import type { Alert, AlertDetail, ThresholdsReply } from '../../../../src/http/routes/alerts/schema'

export type AlertDto = Static<typeof Alert>
export type AlertDetailDto = Static<typeof AlertDetail>
export type ThresholdsDto = Static<typeof ThresholdsReply>

export const ALERTS_PATH = '/api/v1/alerts'
export const THRESHOLDS_PATH = '/api/v1/alert-thresholds'
export const RULES = ['mass_balance', 'expired_sale', 'failed_inspection_shipped', 'unlicensed_receiver', 'reporting_gap', 'duplicate_serial', 'maintenance_overdue', 'hazardous_balance', 'quota_exceeded']
export const STATUSES = ['open', 'acknowledged', 'investigating', 'resolved', 'dismissed']
export const SEVERITIES = ['high', 'medium', 'low']

/** A JSON write (POST or PUT) with the CSRF token when signed in by session. */
export async function writeJson<T>(method: 'POST' | 'PUT', path: string, language: Language, body: object, csrfToken?: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method, credentials: 'same-origin', body: JSON.stringify(body),
      headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': language, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    })
  } catch (error) {
    throw new NetworkError((error as Error).message)
  }
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : undefined
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; messages?: { zh: string; en: string } } } | undefined)?.error
    throw new ApiError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? `HTTP ${response.status}`, error?.messages)
  }
  return parsed as T
}
