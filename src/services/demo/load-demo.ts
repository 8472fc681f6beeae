/** Placeholder replaced by the demo generator; fails loudly rather than pretending. */
import type { App } from '../../app.js'

export interface DemoOptions {
  events: number
  seed: number
}

export interface DemoSummary {
  parties: number
  products: number
  events: number
}

export async function loadDemoIfEmpty(_app: Pick<App, 'store' | 'clock' | 'log' | 'config'>, _options: DemoOptions): Promise<DemoSummary | undefined> {
  throw new Error('The demo data generator is not built yet')
}
