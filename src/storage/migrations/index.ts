/** The one forward-only migration set for both engines, in the order the migrator runs them (by name). */
import type { Kysely } from 'kysely'
import * as createTraceCore from './2026-11-23T1200-create-trace-core.js'
import * as createAccounts from './2026-11-23T1400-create-accounts.js'
import * as addEpcisRepository from './2026-11-23T1500-add-epcis-repository.js'
import * as createRecalls from './2026-11-23T1610-create-recalls.js'
import * as createComplaintsAndSubscriptions from './2026-11-23T1620-create-complaints-and-subscriptions.js'
import * as createAlerts from './2026-11-23T1630-create-alerts.js'
import * as createConsole from './2026-11-23T1640-create-console.js'
import * as createCreditAndBlacklist from './2026-11-23T1650-create-credit-and-blacklist.js'
import * as createPortal from './2026-11-23T1700-create-portal.js'
import * as alertDedupe from './2026-11-23T1840-alert-dedupe.js'
import * as addComplaintFinding from './2026-11-23T1900-add-complaint-finding.js'
import * as addConsoleRollups from './2026-11-23T1910-add-console-rollups.js'

export interface MigrationModule {
  up(db: Kysely<any>, engine: 'sqlite' | 'postgres'): Promise<void>
}

export const MIGRATIONS: Record<string, MigrationModule> = {
  '2026-11-23T1200-create-trace-core': createTraceCore,
  '2026-11-23T1400-create-accounts': createAccounts,
  '2026-11-23T1500-add-epcis-repository': addEpcisRepository,
  '2026-11-23T1610-create-recalls': createRecalls,
  '2026-11-23T1620-create-complaints-and-subscriptions': createComplaintsAndSubscriptions,
  '2026-11-23T1630-create-alerts': createAlerts,
  '2026-11-23T1640-create-console': createConsole,
  '2026-11-23T1650-create-credit-and-blacklist': createCreditAndBlacklist,
  '2026-11-23T1700-create-portal': createPortal,
  '2026-11-23T1840-alert-dedupe': alertDedupe,
  '2026-11-23T1900-add-complaint-finding': addComplaintFinding,
  '2026-11-23T1910-add-console-rollups': addConsoleRollups,
}
