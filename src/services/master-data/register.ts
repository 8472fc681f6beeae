/** Registration of master data: parties, sites, products, and lots or items with the platform's own codes. */
import { isCategoryCode, type CategoryCode } from '../../domain/categories.js'
import { ZhuisuError } from '../../domain/errors.js'
import { formatKey, isValidGln, normalizeGtin } from '../../domain/identifiers/gs1.js'
import { formatPlatformCode, serialText, type UnitKind } from '../../domain/identifiers/platform-code.js'
import { validateUscc } from '../../domain/identifiers/uscc.js'
import type { PartyId, ProductId, SiteId, TraceUnitId } from '../../domain/ids.js'
import type { Licence, Party, PartyKind, Product, Site, TraceUnit } from '../../domain/master-data.js'
import { parseQuantityMilli } from '../../domain/quantity.js'
import { isKnownRegion } from '../../domain/regions.js'
import { newRowId } from '../../storage/ids.js'
import type { Repositories, Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'

export interface MasterDataDeps {
  store: Store
  clock: Clock
  /** GB/T 2260 code of this platform: the issuer part of its own codes. */
  platformRegion: string
}

export interface PartyInput {
  name: string
  kind: PartyKind
  regionCode: string
  uscc?: string
  gln?: string
  address?: string
  contactName?: string
  contactPhone?: string
  categories?: string[]
  licences?: Licence[]
}

export async function registerParty(deps: MasterDataDeps, input: PartyInput): Promise<Party> {
  let uscc: string | undefined
  if (input.uscc !== undefined) {
    const result = validateUscc(input.uscc)
    if (!result.valid) throw new ZhuisuError('uscc_invalid', '/uscc', { reason: result.reason })
    uscc = result.normalized
  }
  checkRegion(input.regionCode, '/regionCode')
  if (input.gln !== undefined && !isValidGln(input.gln)) throw new ZhuisuError('code_invalid', '/gln', { reason: 'GLN check digit is wrong' })
  const categories = checkCategories(input.categories ?? [])
  const party: Party = {
    id: newRowId<PartyId>(), uscc, gln: input.gln, name: input.name.trim(), kind: input.kind, regionCode: input.regionCode,
    address: input.address, contactName: input.contactName, contactPhone: input.contactPhone, categories,
    licences: input.licences ?? [], createdAt: deps.clock.now(),
  }
  await insertUnique(deps.store, () => deps.store.parties.insert(party), 'party_exists', '/uscc')
  return party
}

export interface SiteInput {
  partyId: string
  name: string
  kind: string
  regionCode: string
  address?: string
  gln?: string
}

export async function registerSite(deps: MasterDataDeps, input: SiteInput): Promise<Site> {
  if (!(await deps.store.parties.findById(input.partyId))) throw new ZhuisuError('party_not_found', '/partyId')
  checkRegion(input.regionCode, '/regionCode')
  if (input.gln !== undefined && !isValidGln(input.gln)) throw new ZhuisuError('code_invalid', '/gln', { reason: 'GLN check digit is wrong' })
  const site: Site = {
    id: newRowId<SiteId>(), partyId: input.partyId as PartyId, name: input.name.trim(), kind: input.kind, regionCode: input.regionCode,
    address: input.address, gln: input.gln, createdAt: deps.clock.now(),
  }
  await insertUnique(deps.store, () => deps.store.sites.insert(site), 'code_invalid', '/gln')
  return site
}

export interface ProductInput {
  partyId?: string
  category: string
  name: string
  specification?: string
  uom: string
  gtin?: string
  shelfLifeDays?: number
  approvalNumber?: string
  originRegionCode?: string
}

export async function registerProduct(deps: MasterDataDeps, input: ProductInput): Promise<Product> {
  if (!isCategoryCode(input.category)) throw new ZhuisuError('category_invalid', '/category')
  if (input.partyId !== undefined && !(await deps.store.parties.findById(input.partyId))) throw new ZhuisuError('party_not_found', '/partyId')
  let gtin: string | undefined
  if (input.gtin !== undefined) {
    gtin = normalizeGtin(input.gtin.trim())
    if (!gtin) throw new ZhuisuError('gtin_invalid', '/gtin')
  }
  if (input.originRegionCode !== undefined) checkRegion(input.originRegionCode, '/originRegionCode')
  const product: Product = {
    id: newRowId<ProductId>(), partyId: input.partyId as PartyId | undefined, category: input.category, name: input.name.trim(),
    specification: input.specification, uom: input.uom, gtin, shelfLifeDays: input.shelfLifeDays, approvalNumber: input.approvalNumber,
    originRegionCode: input.originRegionCode, createdAt: deps.clock.now(),
  }
  await insertUnique(deps.store, () => deps.store.products.insert(product), 'product_exists', '/gtin')
  return product
}

export interface UnitInput {
  productId: string
  kind: Extract<UnitKind, 'lot' | 'item'>
  partyId?: string
  lotNumber?: string
  serial?: string
  productionDate?: string
  expiryDate?: string
  quantity?: number
  uom?: string
}

/**
 * Registers a lot or item and issues it the platform's own trace code, unless its product has a GTIN —
 * then the unit's code is the GS1 key (GTIN + lot or serial), as scanners expect.
 */
export async function registerUnit(deps: MasterDataDeps, input: UnitInput): Promise<TraceUnit> {
  const product = await deps.store.products.findById(input.productId)
  if (!product) throw new ZhuisuError('product_not_found', '/productId')
  if (input.partyId !== undefined && !(await deps.store.parties.findById(input.partyId))) throw new ZhuisuError('party_not_found', '/partyId')
  let quantityMilli: number | undefined
  if (input.quantity !== undefined) {
    quantityMilli = parseQuantityMilli(input.quantity)
    if (quantityMilli === undefined) throw new ZhuisuError('quantity_invalid', '/quantity')
  }
  const [unit] = await deps.store.transaction((repos) => issueUnits(repos, deps, product, [{ ...input, quantityMilli }]))
  return unit
}

type PlannedUnit = Omit<UnitInput, 'quantity'> & { quantityMilli?: number }

/** Issues codes for many units of one product in one transaction (also used by the demo generator). */
export async function issueUnits(repos: Repositories, deps: Pick<MasterDataDeps, 'clock' | 'platformRegion'>, product: Product, inputs: PlannedUnit[]): Promise<TraceUnit[]> {
  if (inputs.some((i) => i.kind === 'lot' && !i.lotNumber)) throw new ZhuisuError('field_required', '/lotNumber')
  // A lot number names one lot of a product, whatever code it carries.
  const lotNumbers = inputs.filter((i) => i.kind === 'lot').map((i) => i.lotNumber!)
  const [known] = lotNumbers.length > 0 ? await repos.units.findLots(product.id, lotNumbers) : []
  if (known) throw new ZhuisuError('lot_exists', '/lotNumber', { existingCode: known.key })
  const withGtin = product.gtin !== undefined
  let serial = 0
  const needPlatformCode = withGtin ? 0 : inputs.length
  if (needPlatformCode > 0) {
    const prefix = formatPlatformCode({ issuerRegion: deps.platformRegion, category: product.category, kind: 'lot', serial: '' }).slice(0, 9)
    serial = await repos.codes.reserveSerials(prefix, needPlatformCode)
  }
  const now = deps.clock.now()
  const units = inputs.map((input): TraceUnit => {
    // The same key function as scanning, so a registered lot and its scanned label always meet.
    const gs1Key = withGtin ? formatKey('01', product.gtin!, [input.kind === 'lot' ? { ai: '10', value: input.lotNumber! } : { ai: '21', value: input.serial ?? '' }]) : undefined
    const key = gs1Key ?? formatPlatformCode({ issuerRegion: deps.platformRegion, category: product.category, kind: input.kind, serial: serialText(serial++) })
    return {
      id: newRowId<TraceUnitId>(), key, scheme: withGtin ? 'gs1' : 'platform', kind: input.kind, productId: product.id, gtin: product.gtin,
      lotNumber: input.lotNumber, serial: input.serial, partyId: input.partyId as PartyId | undefined, productionDate: input.productionDate,
      expiryDate: input.expiryDate, quantityMilli: input.quantityMilli, uom: input.uom ?? product.uom, createdAt: now,
    }
  })
  if (withGtin && inputs.some((i) => i.kind === 'item' && !i.serial)) throw new ZhuisuError('field_required', '/serial')
  const existing = await repos.units.findByKeys(units.map((u) => u.key))
  if (existing.length > 0) throw new ZhuisuError('lot_exists', '/lotNumber', { existingCode: existing[0].key })
  await repos.units.insertMany(units)
  return units
}

function checkRegion(code: string, field: string): void {
  if (!/^\d{6}$/.test(code) || !isKnownRegion(code)) throw new ZhuisuError('region_invalid', field)
}

function checkCategories(categories: string[]): CategoryCode[] {
  categories.forEach((c, i) => {
    if (!isCategoryCode(c)) throw new ZhuisuError('category_invalid', `/categories/${i}`)
  })
  return [...new Set(categories)] as CategoryCode[]
}

async function insertUnique(store: Store, insert: () => Promise<void>, code: 'party_exists' | 'product_exists' | 'code_invalid', field: string): Promise<void> {
  try {
    await insert()
  } catch (error) {
    if (store.isUniqueViolation(error)) throw new ZhuisuError(code, field)
    throw error
  }
}
