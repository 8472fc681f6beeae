/**
 * Organisations (组织): the platform operator, regulators, enterprises and third-party trace platforms.
 * Users and API keys belong to one; what they may see follows from it (src/services/access/scope.ts).
 */
import { isCategoryCode, type CategoryCode } from '../categories.js'
import { ZhuisuError } from '../errors.js'
import { isKnownRegion } from '../regions.js'

export const ORGANISATION_KINDS = ['operator', 'regulator', 'enterprise', 'platform'] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

/** Departments that oversee important products (重要产品追溯 管理部门), as the policy documents name them. */
export const DEPARTMENTS = {
  commerce: { zh: '商务', en: 'Commerce' },
  agriculture: { zh: '农业农村', en: 'Agriculture and rural affairs' },
  market: { zh: '市场监管', en: 'Market regulation' },
  drug: { zh: '药监', en: 'Drug administration' },
  emergency: { zh: '应急管理', en: 'Emergency management' },
  police: { zh: '公安', en: 'Public security' },
  customs: { zh: '海关', en: 'Customs' },
} as const
export type Department = keyof typeof DEPARTMENTS
export const DEPARTMENT_CODES = Object.keys(DEPARTMENTS) as Department[]

/** pending: an enterprise waiting for its region's regulator; rejected registrations stay for the record. */
export type OrganisationStatus = 'active' | 'pending' | 'rejected'

export interface Organisation {
  id: string
  kind: OrganisationKind
  name: string
  status: OrganisationStatus
  department?: Department
  /** Regulator: the GB/T 2260 region whose whole subtree it oversees. */
  regionCode?: string
  /** Regulator: the categories it is responsible for. */
  categories: CategoryCode[]
  /** Enterprise: its party (主体). */
  partyId?: string
  createdAt: string
}

/**
 * The code prefix shared by a region's whole subtree: 441400 (梅州市) → 4414, 440000 → 44, 000000 (the
 * nation) → ''. GB/T 2260 pads higher levels with zero pairs, so stripping them gives the subtree.
 */
export function regionPrefix(regionCode: string): string {
  return regionCode.replace(/(00)+$/, '')
}

export function isInRegion(regionCode: string | undefined, prefix: string): boolean {
  return prefix === '' || (regionCode !== undefined && regionCode.startsWith(prefix))
}

export function checkRegulatorRegion(regionCode: string, field: string): void {
  if (regionCode !== '000000' && !isKnownRegion(regionCode)) throw new ZhuisuError('region_invalid', field)
}

export function checkCategoryList(categories: readonly string[], field: string): CategoryCode[] {
  categories.forEach((c, i) => {
    if (!isCategoryCode(c)) throw new ZhuisuError('category_invalid', `${field}/${i}`)
  })
  return [...new Set(categories as CategoryCode[])]
}
