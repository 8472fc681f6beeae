/**
 * One page of the holder list, filtered and sorted on the server (the web table of /impact): the summary
 * figures stay those of the whole assessment; `holderPage.matched` says how many holders the filter kept.
 */
import type { ImpactHolder, ImpactResult } from './model.js'

export const HOLDER_SORTS = ['region', 'name', 'kind', 'units', 'received', 'held', 'lastAt'] as const
export type HolderSort = (typeof HOLDER_SORTS)[number]

export interface HolderQuery {
  /** A region code prefix: '44' (a province), '4414' (a city), '441402' (a county). */
  region?: string
  kind?: string
  /** Part of the holder's name, USCC, a site name or a code it holds. */
  search?: string
  sort?: HolderSort
  order?: 'asc' | 'desc'
  offset?: number
  limit?: number
}

export interface HolderPage {
  matched: number
  offset: number
  limit: number
}

const sum = (list: { quantity: number }[]) => list.reduce((n, t) => n + t.quantity, 0)
const KEYS: Record<HolderSort, (h: ImpactHolder) => string | number> = {
  region: (h) => h.regionCode ?? '', name: (h) => h.party.name ?? h.party.reference ?? '', kind: (h) => h.kind, units: (h) => h.units.length,
  received: (h) => sum(h.received), held: (h) => sum(h.remaining), lastAt: (h) => h.units.reduce((t, u) => (u.lastAt > t ? u.lastAt : t), ''),
}

export function pageHolders<T extends ImpactResult>(result: T, query: HolderQuery): T & { holderPage: HolderPage } {
  const search = query.search?.trim().toLowerCase()
  const matches = result.holders.filter((h) =>
    (!query.region || (h.regionCode ?? '').startsWith(query.region))
    && (!query.kind || h.kind === query.kind)
    && (!search || [h.party.name, h.party.uscc, h.party.reference, ...h.sites.map((s) => s.name), ...h.units.map((u) => u.code)]
      .some((text) => text?.toLowerCase().includes(search))))
  const key = KEYS[query.sort ?? 'region']
  const direction = query.order === 'desc' ? -1 : 1
  matches.sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')
    return order * direction || (a.party.name ?? '').localeCompare(b.party.name ?? '', 'zh-CN')
  })
  const offset = query.offset ?? 0
  const limit = query.limit ?? 50
  return { ...result, holders: matches.slice(offset, offset + limit), holderPage: { matched: matches.length, offset, limit } }
}
