import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface CountsByCategory {
  total: number
  byCategory: Record<string, number>
}

export function createStatsRepository(db: Kysely<Database>) {
  const toCounts = (rows: { category: string | null; n: number | string | bigint }[]): CountsByCategory => {
    const byCategory: Record<string, number> = {}
    let total = 0
    for (const row of rows) {
      const n = Number(row.n)
      total += n
      byCategory[row.category ?? 'unknown'] = (byCategory[row.category ?? 'unknown'] ?? 0) + n
    }
    return { total, byCategory }
  }
  return {
    async parties(): Promise<CountsByCategory> {
      const total = await db.selectFrom('party').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      const rows = await db.selectFrom('party_category').select(['category', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('category').execute()
      return { total: Number(total.n), byCategory: toCounts(rows).byCategory }
    },
    async products(): Promise<CountsByCategory> {
      return toCounts(await db.selectFrom('product').select(['category', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('category').execute())
    },
    async units(kind: string): Promise<CountsByCategory> {
      const rows = await db.selectFrom('trace_unit')
        .leftJoin('product', 'product.id', 'trace_unit.product_id')
        .select(['product.category as category', (eb) => eb.fn.countAll<number>().as('n')])
        .where('trace_unit.kind', '=', kind)
        .groupBy('product.category')
        .execute()
      return toCounts(rows)
    },
    async events(): Promise<CountsByCategory> {
      return toCounts(await db.selectFrom('event').select(['category', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('category').execute())
    },
  }
}

export type StatsRepository = ReturnType<typeof createStatsRepository>
