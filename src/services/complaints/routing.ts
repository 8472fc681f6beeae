/**
 * Routing (分派): a complaint goes to the regulator responsible for its region and category. The category
 * is the product's; the region is that of the latest holder or seller of the code (where the consumer
 * bought it), else the producer's. Among active regulators whose region subtree holds that region and who
 * oversee the category, the most local one wins (longest region prefix); none → the operator's queue.
 */
import { regionPrefix, isInRegion, type Organisation } from '../../domain/accounts/organisation.js'
import { parseTraceCode } from '../../domain/identifiers/trace-key.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { Repositories, Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { queryPublic } from '../public/public-query.js'

export interface ComplaintRouting {
  /** The code as the platform keys it (canonical), or as given when unknown. */
  code?: string
  unitId?: string
  category?: string
  regionCode?: string
  assignee?: Organisation
}

const MAX_REGULATORS = 5000
const HOLDER_ROLES = new Set(['received', 'sold', 'used'])

/** What the code tells about the complaint. A well-formed code the platform does not know (a fake?) is kept as given. */
export async function locateByCode(store: Store, clock: Clock, code: string | undefined, field = '/code'): Promise<Omit<ComplaintRouting, 'assignee'>> {
  if (code === undefined || code.trim() === '') return {}
  const parsed = parseTraceCode(code)
  if (!parsed.ok) throw new ZhuisuError('code_invalid', field, { reason: parsed.reason })
  const unit = await store.units.findByKey(parsed.value.key)
  if (!unit) return { code: code.trim() }
  const found = await queryPublic({ store, clock }, unit.key, 'complaint', false)
  const holder = [...found.chain].reverse().find((s) => HOLDER_ROLES.has(s.role) && s.regionCode)
  return { code: unit.key, unitId: unit.id, category: found.product?.category, regionCode: holder?.regionCode ?? found.producer?.regionCode ?? found.origin?.regionCode }
}

/** The responsible regulator for a region and category, or undefined (the operator's queue). */
export async function responsibleRegulator(repos: Repositories, regionCode: string | undefined, category: string | undefined): Promise<Organisation | undefined> {
  if (!regionCode) return undefined
  const regulators = await repos.organisations.list({ kind: 'regulator', limit: MAX_REGULATORS, offset: 0 })
  const candidates = regulators.filter((o) => o.status === 'active' && isInRegion(regionCode, regionPrefix(o.regionCode ?? '000000'))
    && (category === undefined || (o.categories as string[]).includes(category)))
  candidates.sort((a, b) => regionPrefix(b.regionCode ?? '000000').length - regionPrefix(a.regionCode ?? '000000').length)
  return candidates[0]
}
