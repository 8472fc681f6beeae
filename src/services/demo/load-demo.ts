/**
 * Demo data (演示数据): realistic, deterministic traceability chains in all eight categories across 梅州,
 * 惠州, 海口 and 郑州 and their suppliers — the same seed, size and clock give the same parties, codes and
 * event times. `npm start` loads it into an empty database; `zhuisu demo` loads a chosen size.
 */
import type { App } from '../../app.js'
import { createDemoAccounts, type DemoAccount } from './demo-accounts.js'
import { generateDemo, type DemoOptions, type DemoSummary } from './loader.js'

export type { DemoOptions, DemoSample, DemoSummary } from './loader.js'

type DemoApp = Pick<App, 'store' | 'clock' | 'log' | 'config'>

/** Loads the demo whatever the database holds (a second load of the same seed collides on its USCCs). */
export async function loadDemo(app: DemoApp, options: DemoOptions): Promise<DemoSummary> {
  return generateDemo({ store: app.store, clock: app.clock, log: app.log, platformRegion: app.config.platformRegion }, options)
}

/**
 * Loads the demo only into a database without parties or events (with the demo sign-ins when configured);
 * returns undefined otherwise.
 */
export async function loadDemoIfEmpty(app: DemoApp, options: DemoOptions): Promise<(DemoSummary & { accounts: DemoAccount[] }) | undefined> {
  if (!(await isEmpty(app))) return undefined
  const summary = await loadDemo(app, options)
  const accounts = app.config.demoAccounts ? await createDemoAccounts(app) : []
  return { ...summary, accounts }
}

export async function isEmpty(app: Pick<App, 'store'>): Promise<boolean> {
  const [parties, events] = await Promise.all([app.store.parties.list({ limit: 1, offset: 0 }), app.store.events.countAll()])
  return parties.length === 0 && events === 0
}
