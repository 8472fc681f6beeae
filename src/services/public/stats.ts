/** Open statistics (数据开放): counts only, total and by category. */
import { CATEGORY_CODES } from '../../domain/categories.js'
import type { Store } from '../../storage/store.js'

export interface CountsView {
  total: number
  byCategory: Record<string, number>
}

export interface StatsResult {
  parties: CountsView
  products: CountsView
  lots: CountsView
  items: CountsView
  events: CountsView
}

export async function collectStats(store: Store): Promise<StatsResult> {
  const [parties, products, lots, items, events] = await Promise.all([
    store.stats.parties(), store.stats.products(), store.stats.units('lot'), store.stats.units('item'), store.stats.events(),
  ])
  const complete = (counts: CountsView): CountsView => ({
    total: counts.total,
    byCategory: Object.fromEntries(CATEGORY_CODES.map((c) => [c, counts.byCategory[c] ?? 0])),
  })
  return { parties: complete(parties), products: complete(products), lots: complete(lots), items: complete(items), events: complete(events) }
}
