/** Calls of the complaint and subscription pages. Types come from the route schemas (import type only). */
import type { Static } from 'typebox'
import { ApiError, NetworkError } from '../../api'
import type { Language } from '../../i18n'
import type {
  ComplaintDetail, ComplaintList, ComplaintReceiptView, ImportReport, Submitted,
} from '../../../../src/http/routes/complaints/schema'
import type { Delivery, Subscription } from '../../../../src/http/routes/subscriptions/schema'

export type ComplaintDetailDto = Static<typeof ComplaintDetail>
export type ComplaintListDto = Static<typeof ComplaintList>
export type ComplaintReceiptDto = Static<typeof ComplaintReceiptView>
export type ImportReportDto = Static<typeof ImportReport>
export type SubmittedDto = Static<typeof Submitted>
export type SubscriptionDto = Static<typeof Subscription>
export type DeliveryDto = Static<typeof Delivery>

export const COMPLAINTS_PATH = '/api/v1/complaints'

/** A multipart POST (complaint with photos, hotline file), with the CSRF token when signed in. */
export async function postForm<T>(path: string, form: FormData, language: Language, csrfToken?: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST', credentials: 'same-origin', body: form,
      headers: { accept: 'application/json', 'accept-language': language, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
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

export const statusKey = (status: string) => `complaints.status.${status}`
