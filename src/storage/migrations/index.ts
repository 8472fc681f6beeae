/** The one forward-only migration set for both engines, in order. */
import type { Kysely } from 'kysely'
import * as createTraceCore from './2026-11-23T1200-create-trace-core.js'
import * as createAccounts from './2026-11-23T1400-create-accounts.js'
import * as addEpcisRepository from './2026-11-23T1500-add-epcis-repository.js'

export interface MigrationModule {
  up(db: Kysely<any>, engine: 'sqlite' | 'postgres'): Promise<void>
}

export const MIGRATIONS: Record<string, MigrationModule> = {
  '2026-11-23T1200-create-trace-core': createTraceCore,
  '2026-11-23T1400-create-accounts': createAccounts,
  '2026-11-23T1500-add-epcis-repository': addEpcisRepository,
}
