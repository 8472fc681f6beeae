/** Named queries of `/epcis/queries`: a stored set of query parameters, run by name later. */
import { ZhuisuError } from '../../domain/errors.js'
import type { Clock } from '../clock.js'
import type { Store } from '../../storage/store.js'

export const MAX_NAMED_QUERIES = 1000

export interface NamedQuery {
  name: string
  query: Record<string, unknown>
  createdAt: string
}

const NAME = /^[A-Za-z0-9_.~-]{1,128}$/

export async function createNamedQuery(deps: { store: Store; clock: Clock }, name: string, query: Record<string, unknown>): Promise<NamedQuery> {
  if (!NAME.test(name)) throw new ZhuisuError('epcis_query_invalid', '/name', { detail: 'letters, digits, _ . ~ -, at most 128' })
  const createdAt = deps.clock.now()
  try {
    await deps.store.epcis.insertQuery({ name, query: JSON.stringify(query), created_at: createdAt })
  } catch (error) {
    if (deps.store.isUniqueViolation(error)) throw new ZhuisuError('epcis_query_exists', '/name')
    throw error
  }
  return { name, query, createdAt }
}

export async function getNamedQuery(deps: { store: Store }, name: string): Promise<NamedQuery> {
  const row = await deps.store.epcis.findQuery(name)
  if (!row) throw new ZhuisuError('epcis_query_not_found', '/queryName')
  return { name: row.name, query: JSON.parse(row.query) as Record<string, unknown>, createdAt: row.created_at }
}

export async function listNamedQueries(deps: { store: Store }): Promise<NamedQuery[]> {
  return (await deps.store.epcis.listQueries(MAX_NAMED_QUERIES)).map((row) => ({ name: row.name, query: JSON.parse(row.query) as Record<string, unknown>, createdAt: row.created_at }))
}

export async function deleteNamedQuery(deps: { store: Store }, name: string): Promise<void> {
  if (!(await deps.store.epcis.deleteQuery(name))) throw new ZhuisuError('epcis_query_not_found', '/queryName')
}
