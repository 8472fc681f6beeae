/** The shapes of GET /api/v1/standards as the page uses them (types only, from the route schema). */
import type { Static } from 'typebox'
import type { StandardSet } from '../../../../src/http/routes/standards/schema'
import type { Language } from '../../i18n'

export type Standard = Static<typeof StandardSet>
export type Category = Standard['categories'][number]
export type Step = Category['stages'][number]['steps'][number]
export type Element = Step['elements'][number]
export type Format = Standard['formats'][number]

export const STANDARDS_PATH = '/api/v1/standards'
export const categoryStandardPath = (category: string) => `${STANDARDS_PATH}/${encodeURIComponent(category)}`
export const standardsPagePath = (category: string) => `/standards/${encodeURIComponent(category)}`

export const nameIn = (language: Language, item: { zh: string; en: string }) => (language === 'en' ? item.en : item.zh)

/** `/standards` → null (first category); `/standards/drug` → 'drug'; any other path → undefined. */
export function standardsCategoryFromPath(path: string): string | null | undefined {
  if (path === '/standards' || path === '/standards/') return null
  const match = /^\/standards\/([^/]+)$/.exec(path)
  return match ? decodeURIComponent(match[1] ?? '') : undefined
}
