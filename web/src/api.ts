/**
 * The HTTP client of the web UI. Types come from the route schemas (`import type` only, STYLE §1); the
 * stats route keeps its schema inline, so its shape is written out here.
 */
import type { Static } from 'typebox'
import type { PublicReply as PublicReplySchema, SamplesReply as SamplesReplySchema } from '../../src/http/routes/public/schema'
import type { Language } from './i18n'

export type PublicReply = Static<typeof PublicReplySchema>
export type PublicStep = PublicReply['chain'][number]
export type PublicParty = NonNullable<PublicReply['producer']>
export type SamplesReply = Static<typeof SamplesReplySchema>
export type SampleCode = SamplesReply['samples'][number]

export interface Counts {
  total: number
  byCategory: Record<string, number>
}

export interface StatsReply {
  parties: Counts
  products: Counts
  lots: Counts
  items: Counts
  events: Counts
}

export interface ErrorMessages {
  zh: string
  en: string
}

/** The platform answered with an error body (`{ error: { code, message, messages, field } }`) or a bare status. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly messages?: ErrorMessages) {
    super(message)
  }

  messageIn(language: Language): string {
    if (!this.messages) return this.message
    return language === 'en' ? this.messages.en : this.messages.zh
  }
}

/** The request never got an answer: offline, DNS, the server down. */
export class NetworkError extends Error {}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; messages?: { zh?: unknown; en?: unknown } }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | undefined)?.error
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`
  const zh = error?.messages?.zh, en = error?.messages?.en
  const messages = typeof zh === 'string' && typeof en === 'string' ? { zh, en } : undefined
  return new ApiError(status, code, message, messages)
}

export async function getJson<T>(path: string, language: Language, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { headers: { accept: 'application/json', 'accept-language': language }, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new NetworkError((error as Error).message)
  }
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  const body: unknown = isJson ? await response.json() : undefined
  if (!response.ok) throw toApiError(response.status, body)
  if (!isJson) throw new ApiError(response.status, 'not_json', `Expected JSON from ${path}`)
  return body as T
}

export const publicQueryPath = (code: string) => `/api/v1/public/${encodeURIComponent(code)}`
export const SAMPLES_PATH = '/api/v1/public/samples'
export const STATS_PATH = '/api/v1/stats'
