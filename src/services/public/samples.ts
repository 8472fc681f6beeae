/** Sample codes for the home page: a few recent lots and items from different categories. */
import type { Store } from '../../storage/store.js'

const SAMPLE_COUNT = 8
const CANDIDATES = 200

export interface SampleCode {
  code: string
  kind: string
  productName?: string
  category?: string
}

export async function listSampleCodes(store: Store): Promise<SampleCode[]> {
  const units = (await store.units.listRecent(CANDIDATES)).filter((u) => u.productId && u.kind !== 'container')
  const products = new Map((await store.products.findByIds([...new Set(units.map((u) => u.productId!))])).map((p) => [p.id as string, p]))
  const byCategory = new Map<string, SampleCode>()
  const rest: SampleCode[] = []
  for (const unit of units) {
    const product = products.get(unit.productId!)
    const sample = { code: unit.key, kind: unit.kind, productName: product?.name, category: product?.category }
    if (product && !byCategory.has(product.category)) byCategory.set(product.category, sample)
    else rest.push(sample)
  }
  return [...byCategory.values(), ...rest].slice(0, SAMPLE_COUNT)
}
