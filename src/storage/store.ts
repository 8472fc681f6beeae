/**
 * The storage facade: repositories bound to one executor (the database or a transaction).
 * Services open at most one short transaction per call through `transaction()`.
 */
import type { Kysely } from 'kysely'
import { bindAccountRepositories, type AccountRepositories } from './account-repositories.js'
import { bindAlertRepositories, type AlertRepositories } from './repositories/alert-repositories.js'
import { bindConsoleRepositories, type ConsoleRepositories } from './repositories/console-repositories.js'
import { bindCreditRepositories, type CreditRepositories } from './repositories/credit-repositories.js'
import { bindComplaintRepositories, type ComplaintRepositories } from './complaint-repositories.js'
import type { Dialect, EngineName } from './dialect/dialect.js'
import { openDialect } from './dialect/open.js'
import { migrateToLatest } from './migrate.js'
import { createCodeRepository } from './repositories/code-repository.js'
import { createCustodyRepository } from './repositories/custody-repository.js'
import { createEpcisRepository } from './repositories/epcis-repository.js'
import { createEventRepository } from './repositories/event-repository.js'
import { createLineageRepository } from './repositories/lineage-repository.js'
import { createPartyRepository } from './repositories/party-repository.js'
import { createPortalRepository } from './repositories/portal-repository.js'
import { createRecallRepository } from './repositories/recall-repository.js'
import { createRecallTaskRepository } from './repositories/recall-task-repository.js'
import { createProductRepository } from './repositories/product-repository.js'
import { createSiteRepository } from './repositories/site-repository.js'
import { createStatsRepository } from './repositories/stats-repository.js'
import { createTraceUnitRepository } from './repositories/trace-unit-repository.js'
import type { Database } from './schema.js'

export interface Repositories extends AccountRepositories, AlertRepositories, ComplaintRepositories, CreditRepositories, ConsoleRepositories {
  parties: ReturnType<typeof createPartyRepository>
  sites: ReturnType<typeof createSiteRepository>
  products: ReturnType<typeof createProductRepository>
  units: ReturnType<typeof createTraceUnitRepository>
  events: ReturnType<typeof createEventRepository>
  lineage: ReturnType<typeof createLineageRepository>
  custody: ReturnType<typeof createCustodyRepository>
  codes: ReturnType<typeof createCodeRepository>
  stats: ReturnType<typeof createStatsRepository>
  epcis: ReturnType<typeof createEpcisRepository>
  portal: ReturnType<typeof createPortalRepository>
  recalls: ReturnType<typeof createRecallRepository>
  recallTasks: ReturnType<typeof createRecallTaskRepository>
}

export interface Store extends Repositories {
  readonly engine: EngineName
  /** Runs `work` in one transaction; everything it writes commits together or not at all. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>
  /** True when a write failed on a unique index (a registered USCC, GTIN, code…). */
  isUniqueViolation(error: unknown): boolean
  ping(): Promise<void>
  close(): Promise<void>
}

function bindRepositories(db: Kysely<Database>, dialect: Dialect): Repositories {
  return {
    parties: createPartyRepository(db, dialect),
    sites: createSiteRepository(db, dialect),
    products: createProductRepository(db),
    units: createTraceUnitRepository(db, dialect),
    events: createEventRepository(db, dialect),
    lineage: createLineageRepository(db, dialect),
    custody: createCustodyRepository(db, dialect),
    codes: createCodeRepository(db),
    stats: createStatsRepository(db),
    epcis: createEpcisRepository(db),
    portal: createPortalRepository(db),
    recalls: createRecallRepository(db, dialect),
    recallTasks: createRecallTaskRepository(db, dialect),
    ...bindAccountRepositories(db, dialect),
    ...bindAlertRepositories(db, dialect),
    ...bindConsoleRepositories(db, dialect),
    ...bindCreditRepositories(db),
    ...bindComplaintRepositories(db, dialect),
  }
}

export function createStore(dialect: Dialect): Store {
  return {
    ...bindRepositories(dialect.db, dialect),
    engine: dialect.engine,
    transaction: (work) => dialect.db.transaction().execute((trx) => work(bindRepositories(trx, dialect))),
    isUniqueViolation: (error) => dialect.isUniqueViolation(error),
    ping: () => dialect.ping(),
    close: () => dialect.close(),
  }
}

/** Opens the database at `databaseUrl`, migrates it to the latest schema and returns the store. */
export async function openStore(databaseUrl: string): Promise<Store> {
  const dialect = openDialect(databaseUrl)
  try {
    await migrateToLatest(dialect)
  } catch (error) {
    await dialect.close()
    throw error
  }
  return createStore(dialect)
}
