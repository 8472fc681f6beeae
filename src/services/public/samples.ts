/** Sample codes for the home page: the newest lot or item of each product category, then more of the same. */
import { CATEGORY_CODES } from '../../domain/categories.js'
import type { Store } from '../../storage/store.js'

const SAMPLE_COUNT = 8
const PER_CATEGORY = 2

export interface SampleCode {
  code: string
  kind: string
  productName?: string
  category?: string
}

export async function listSampleCodes(store: Store): Promise<SampleCode[]> {
  const perCategory = await Promise.all(CATEGORY_CODES.map((category) => store.units.listRecentOfCategory(category, PER_CATEGORY)))
  const units = perCategory.flat()
  const products = new Map((await store.products.findByIds([...new Set(units.map((u) => u.productId!))])).map((p) => [p.id as string, p]))
  const sample = (unit: (typeof units)[number]): SampleCode => {
    const product = products.get(unit.productId!)
    return { code: unit.key, kind: unit.kind, productName: product?.name, category: product?.category }
  }
  // One of each category first, so the home page shows the breadth of the platform.
  const firsts = perCategory.filter((list) => list.length > 0).map((list) => sample(list[0]))
  const seconds = perCategory.filter((list) => list.length > 1).map((list) => sample(list[1]))
  return [...firsts, ...seconds].slice(0, SAMPLE_COUNT)
}
