/** The recall pages' types (from the route schemas) and paths. Writes go through the account pages' `send` (CSRF). */
import type { Static } from 'typebox'
import type { PublicRecallList as PublicRecallListSchema, Recall as RecallSchema, RecallDetail as RecallDetailSchema, RecallList as RecallListSchema } from '../../../../src/http/routes/recalls/schema'
import type { TaskList as TaskListSchema } from '../../../../src/http/routes/recall-tasks/schema'
import { ApiError, NetworkError } from '../../api'
import type { Language } from '../../i18n'
import { useEffect, useState } from 'react'
import type { Loadable } from '../../use-api'

export type Recall = Static<typeof RecallSchema>
export type RecallDetail = Static<typeof RecallDetailSchema>
export type RecallTask = RecallDetail['tasks'][number]
export type RecallList = Static<typeof RecallListSchema>
export type TaskList = Static<typeof TaskListSchema>
export type HolderTask = TaskList['tasks'][number]
export type PublicRecallList = Static<typeof PublicRecallListSchema>
export type PublicRecall = PublicRecallList['recalls'][number]

export const LEVELS = ['I', 'II', 'III'] as const
export const PAGE_SIZE = 20

export const recallPath = (id: string) => `/api/v1/recalls/${encodeURIComponent(id)}`
export const recallPagePath = (id: string) => `/recalls/${encodeURIComponent(id)}`
export const taskPath = (id: string, action: 'confirm' | 'reports' | 'explain') => `/api/v1/recall-tasks/${encodeURIComponent(id)}/${action}`

/** `/recalls/<id>` → id; `/recalls/new` and `/recalls` are other pages. */
export function recallIdFromPath(path: string): string | undefined {
  const match = /^\/recalls\/([^/]+)$/.exec(path)
  if (!match || match[1] === 'new') return undefined
  return decodeURIComponent(match[1])
}

/** Codes from `?codes=` (comma or line separated, as the impact page links them). */
export function codesFromSearch(search: string): string[] {
  return splitCodes(new URLSearchParams(search).get('codes') ?? '')
}

export function splitCodes(text: string): string[] {
  return [...new Set(text.split(/[,\n\r]+/).map((c) => c.trim()).filter((c) => c.length > 0))]
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

/** An API error that names the field at fault (`/lots/0/returned`), so a form can mark that input. */
export class FieldError extends ApiError {
  field?: string
}

/** A JSON POST with the session's CSRF token; errors keep the API's field pointer. */
export async function postRecall<T>(path: string, language: Language, body: object, csrfToken?: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
      headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': language, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    })
  } catch (error) {
    throw new NetworkError((error as Error).message)
  }
  const parsed = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; field?: string; messages?: { zh: string; en: string } } } | undefined
  if (response.ok) return parsed as T
  const e = parsed?.error
  const error = new FieldError(response.status, e?.code ?? `http_${response.status}`, e?.message ?? `HTTP ${response.status}`, e?.messages)
  error.field = e?.field
  throw error
}

/** The last loaded data, kept while a reload runs, so a page (and the feedback it shows) stays in place. */
export function useKept<T>(reply: Loadable<T>): T | undefined {
  const [kept, setKept] = useState<T | undefined>()
  useEffect(() => {
    if (reply.status === 'ready') setKept(reply.data)
  }, [reply])
  return reply.status === 'ready' ? reply.data : kept
}
