/**
 * createApp(config): storage and services wired together, for main, the CLI and tests. Holds no logic.
 */
import pino, { type Logger } from 'pino'
import type { Config } from './config.js'
import { systemClock, type Clock } from './services/clock.js'
import { setAlertRulesEnabled } from './services/alerts/rule-engine.js'
import { openStore, type Store } from './storage/store.js'

export interface App {
  config: Config
  store: Store
  clock: Clock
  log: Logger
  close(): Promise<void>
}

export interface AppOptions {
  clock?: Clock
  log?: Logger
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config)
  const store = await openStore(config.databaseUrl)
  setAlertRulesEnabled(store, config.alertRules)
  return {
    config,
    store,
    clock: options.clock ?? systemClock,
    log,
    close: () => store.close(),
  }
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.contactPhone', '*.idNumber'], censor: '[redacted]' },
  })
}
