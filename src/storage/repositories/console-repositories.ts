/** The supervision console's repositories, bound to one executor (see store.ts). */
import type { Kysely } from 'kysely'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'
import { createConsoleQueryRepository } from './console-query-repository.js'
import { createConsoleRollupRepository } from './console-rollup-repository.js'
import { createConsoleTargetRepository } from './console-target-repository.js'

export interface ConsoleRepositories {
  consoleRollups: ReturnType<typeof createConsoleRollupRepository>
  consoleQueries: ReturnType<typeof createConsoleQueryRepository>
  consoleTargets: ReturnType<typeof createConsoleTargetRepository>
}

export function bindConsoleRepositories(db: Kysely<Database>, dialect: Pick<Dialect, 'maxParameters'>): ConsoleRepositories {
  return {
    consoleRollups: createConsoleRollupRepository(db, dialect),
    consoleQueries: createConsoleQueryRepository(db, dialect),
    consoleTargets: createConsoleTargetRepository(db),
  }
}
