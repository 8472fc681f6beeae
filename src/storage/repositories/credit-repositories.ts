/** The credit-side repositories (credit, blacklist, inspection draws), bound into the store (store.ts). */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { createBlacklistRepository } from './blacklist-repository.js'
import { createCreditRepository } from './credit-repository.js'
import { createCreditSignalRepository } from './credit-signal-repository.js'
import { createInspectionDrawRepository } from './inspection-draw-repository.js'

export function bindCreditRepositories(db: Kysely<Database>) {
  return {
    credit: createCreditRepository(db),
    creditSignals: createCreditSignalRepository(db),
    blacklist: createBlacklistRepository(db),
    inspectionDraws: createInspectionDrawRepository(db),
  }
}

export type CreditRepositories = ReturnType<typeof bindCreditRepositories>
