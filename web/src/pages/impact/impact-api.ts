/** The impact page's calls: the assessment (one page of holders, figures whole) and the affected-list download. */
import type { Static } from 'typebox'
import type { ImpactReply } from '../../../../src/http/routes/impact/reply-schema'
import { NetworkError } from '../../api'
import type { Language } from '../../i18n'
import { send } from '../account/account-api'

export type Impact = Static<typeof ImpactReply>
export type Holder = Impact['holders'][number]
export type Flow = Impact['flows'][number]

export const HOLDER_SORTS = ['region', 'name', 'kind', 'units', 'received', 'held', 'lastAt'] as const
export type HolderSort = (typeof HOLDER_SORTS)[number]
export const PAGE_SIZE = 25

export interface HolderQuery {
  region?: string
  kind?: string
  search?: string
  sort: HolderSort
  order: 'asc' | 'desc'
  offset: number
}

/** Codes from `?codes=a,b` (or several `codes` parameters), or from text typed one per line. */
export function parseCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;，；]+/).map((c) => c.trim()).filter(Boolean))]
}

export function impactPagePath(codes: string[]): string {
  return `/impact?${new URLSearchParams({ codes: codes.join(',') })}`
}

export function recallPagePath(codes: string[]): string {
  return `/recalls/new?${new URLSearchParams({ codes: codes.join(',') })}`
}

export function fetchImpact(codes: string[], query: HolderQuery, language: Language, csrfToken?: string): Promise<Impact> {
  const holders = { ...query, search: query.search?.trim() || undefined, limit: PAGE_SIZE }
  return send<Impact>('POST', '/api/v1/impact', language, { codes, holders }, csrfToken)
}

/** Downloads the affected list through the session (a POST with its CSRF token), then saves it as a file. */
export async function downloadAffectedList(codes: string[], format: 'xlsx' | 'csv', language: Language, csrfToken?: string): Promise<string> {
  let response: Response
  try {
    response = await fetch('/api/v1/impact/export', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': language, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body: JSON.stringify({ codes, format }),
    })
  } catch (error) {
    throw new NetworkError((error as Error).message)
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const disposition = response.headers.get('content-disposition') ?? ''
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? `impact.${format}`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return name
}
