/**
 * The account pages' calls: JSON writes that carry the session's CSRF token (src/http/auth.ts requires it
 * on every cookie-authenticated write), and who the visitor is.
 */
import { ApiError, getJson, NetworkError } from '../../api'
import type { Language } from '../../i18n'
import { ME_PATH, type Me } from '../../session'

export type { Me }


export interface ApiKey {
  id: string
  name: string
  prefix: string
  captureOnly: boolean
  createdAt: string
  lastUsedAt?: string
  revokedAt?: string
}

export const API_KEYS_PATH = '/api/v1/api-keys'

export const getMe = (language: Language) => getJson<Me>(ME_PATH, language)

/** A write with the CSRF token of the current session (fetched from /auth/me when not given). */
export async function send<T>(method: 'POST' | 'DELETE', path: string, language: Language, body?: object, csrfToken?: string): Promise<T> {
  const token = csrfToken ?? (await getMe(language)).csrfToken
  let response: Response
  try {
    response = await fetch(path, {
      method, credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': language, ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { 'x-csrf-token': token } : {}) },
      body: body ? JSON.stringify(body) : undefined,
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

export function errorText(error: unknown, language: Language, fallback: string): string {
  return error instanceof ApiError ? error.messageIn(language) : fallback
}
