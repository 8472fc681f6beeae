/** Placeholder until the demo generator can fill a 1,000,000-event database. */
import type { EngineName } from '../src/storage/dialect/dialect.js'
import type { Figure } from './support.js'

export async function benchLargeDatabase(_engine: EngineName, _events: number, _which: { trace: boolean; public: boolean }): Promise<Figure[]> {
  return []
}
