/** The account-side repositories, bound into the store beside the trace repositories (store.ts). */
import type { Kysely } from 'kysely'
import type { Dialect } from './dialect/dialect.js'
import { createAccountRepository } from './repositories/account-repository.js'
import { createAuditRepository } from './repositories/audit-repository.js'
import { createOrganisationRepository } from './repositories/organisation-repository.js'
import { createRegistrationRepository } from './repositories/registration-repository.js'
import { createScopeRepository } from './repositories/scope-repository.js'
import type { Database } from './schema.js'

export function bindAccountRepositories(db: Kysely<Database>, dialect: Pick<Dialect, 'maxParameters'>) {
  return {
    organisations: createOrganisationRepository(db),
    accounts: createAccountRepository(db),
    registrations: createRegistrationRepository(db),
    audit: createAuditRepository(db),
    scope: createScopeRepository(db, dialect),
  }
}

export type AccountRepositories = ReturnType<typeof bindAccountRepositories>
