/** The early-warning repositories, bound to one executor (spread into the store's repositories). */
import type { Kysely } from 'kysely'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'
import { createAlertRepository } from './alert-repository.js'
import { createAlertSettingsRepository } from './alert-settings-repository.js'
import { createAlertStateRepository } from './alert-state-repository.js'

export interface AlertRepositories {
  alerts: ReturnType<typeof createAlertRepository>
  alertSettings: ReturnType<typeof createAlertSettingsRepository>
  alertState: ReturnType<typeof createAlertStateRepository>
}

export function bindAlertRepositories(db: Kysely<Database>, dialect: Dialect): AlertRepositories {
  return {
    alerts: createAlertRepository(db, dialect),
    alertSettings: createAlertSettingsRepository(db),
    alertState: createAlertStateRepository(db, dialect),
  }
}
