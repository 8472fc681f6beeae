/**
 * The demo's master data, built deterministically from the run's Random and registered through the real
 * master-data services (registerParty, registerSite, registerProduct), so every USCC, region, GLN and GTIN
 * passes the same checks an enterprise's would. Chain builders then pick their parties and products here.
 */
import type { CategoryCode } from '../../../domain/categories.js'
import type { Licence, PartyKind } from '../../../domain/master-data.js'
import { registerParty, registerProduct, registerSite, type MasterDataDeps } from '../../master-data/register.js'
import type { Actor } from '../chain-kit.js'
import { gtinOf, landline, location, mobile, personName, type CompanyPrefix, type IdentityRegistry } from '../identity.js'
import { CITIES, CITY_KEYS, cityPlace, supplierPlace, type CityKey, type Place } from '../places.js'
import type { Random } from '../random.js'
import type { DemoProduct } from '../units.js'
import { makeLicence } from './licences.js'
import { PRODUCTS, PRODUCTS_PER_PARTY, SHARED_PRODUCT_ROLES, type ProductTemplate } from './products.js'
import { ROLE_NAMES, ROLES, type RoleName, type RoleSpec } from './roles.js'

export interface DemoParty extends Actor {
  id: string
  role: RoleName
  uscc: string
  kind: PartyKind
  regionCode: string
  categories: CategoryCode[]
  place: Place
  site: { urn: string; gln: string }
  siteName: string
  company?: CompanyPrefix
  licences: Licence[]
  address: string
  contactPhone: string
  products: CatalogueProduct[]
}

export interface CatalogueProduct extends DemoProduct {
  template: ProductTemplate
  owner?: DemoParty
}

const BRANDS = [
  '丰源', '恒信', '嘉华', '宏达', '绿野', '金穗', '康源', '顺兴', '裕丰', '鸿运', '客都', '南粤', '椰城', '中原', '惠民', '百草',
  '润丰', '瑞康', '永盛', '兴旺', '华美', '福源', '天禾', '嘉禾', '万家', '益民', '安康', '泰和', '长青', '佳鲜', '鲜达', '合力',
  '盛世', '广达', '金丰', '山水', '绿源', '康泰', '和润', '众益', '诚信', '宝丰', '新大', '东升', '海利', '明珠', '晨光', '旺财',
  '富农', '金谷', '正大', '德盛', '汇源', '信达', '荣昌', '利民', '兴业', '鑫源', '聚丰', '宏盛', '同心', '红日', '青山', '碧水',
]
const SURNAMES = '陈李张黄林刘王吴杨罗钟曾谢赖邓廖叶何古徐朱温丘梁郭肖'
const INDIVIDUAL_USCC = new Set(['92', '93'])
const DAY_MS = 86_400_000

/** How many parties a demo of `events` events gets: a small town at a few thousand, a city at a million. */
export function demoScale(events: number): number {
  return Math.max(1, Math.min(20, Math.round(Math.sqrt(events / 3000))))
}

export class Catalogue {
  private readonly byRole = new Map<RoleName, DemoParty[]>()

  constructor(readonly parties: DemoParty[], readonly sharedProducts: CatalogueProduct[]) {
    for (const party of parties) this.byRole.set(party.role, [...(this.byRole.get(party.role) ?? []), party])
  }

  get productCount(): number {
    return this.sharedProducts.length + this.parties.reduce((n, p) => n + p.products.length, 0)
  }

  /** A party of the role, in the city when it has one there. */
  pick(rng: Random, role: RoleName, city?: CityKey): DemoParty {
    return rng.pick(this.candidates(role, city))
  }

  /** Up to `count` different parties of the role. */
  sample(rng: Random, role: RoleName, count: number, city?: CityKey): DemoParty[] {
    return rng.sample(this.candidates(role, city), count)
  }

  /** One of the party's products with the key (a random one when it makes several). */
  product(rng: Random, party: DemoParty, key: string): CatalogueProduct {
    const matching = party.products.filter((p) => p.template.key === key)
    if (matching.length === 0) throw new Error(`demo catalogue: ${party.name} makes no ${key}`)
    return rng.pick(matching)
  }

  private candidates(role: RoleName, city?: CityKey): DemoParty[] {
    const all = this.byRole.get(role) ?? []
    if (all.length === 0) throw new Error(`demo catalogue: no party has the role ${role}`)
    const local = city ? all.filter((p) => p.place.city?.key === city) : []
    return local.length > 0 ? local : all
  }
}

interface BuildContext {
  deps: MasterDataDeps
  rng: Random
  ids: IdentityRegistry
  nowMs: number
  names: Set<string>
}

export async function createCatalogue(deps: MasterDataDeps, rng: Random, ids: IdentityRegistry, scale: number, nowMs: number): Promise<Catalogue> {
  const context: BuildContext = { deps, rng, ids, nowMs, names: new Set() }
  const parties: DemoParty[] = []
  for (const role of ROLE_NAMES) {
    const spec: RoleSpec = ROLES[role]
    for (const place of placesOf(spec, scale, rng)) {
      const area = (p: Place) => p.city?.key ?? p.code
      const index = parties.filter((p) => p.role === role && area(p.place) === area(place)).length + 1
      parties.push(await createParty(context, role, spec, place, index))
    }
  }
  const shared: CatalogueProduct[] = []
  for (const role of SHARED_PRODUCT_ROLES) {
    for (const template of PRODUCTS[role] ?? []) shared.push(await createProduct(context, template, undefined))
  }
  return new Catalogue(parties, shared)
}

function placesOf(spec: RoleSpec, scale: number, rng: Random): Place[] {
  const count = spec.count(scale)
  if (spec.where === 'city') {
    return CITY_KEYS.flatMap((key) => {
      const city = CITIES[key]
      const start = rng.int(0, city.counties.length - 1)
      const county = (i: number) => {
        if (spec.seat === 'central' || (spec.seat === 'first_central' && i === 0)) return city.counties[0]
        return city.counties[(start + i) % city.counties.length]
      }
      return Array.from({ length: count }, (_, i) => cityPlace(city, county(i)))
    })
  }
  const regions = spec.where
  return Array.from({ length: count }, (_, i) => supplierPlace(regions[i % regions.length]))
}

async function createParty(context: BuildContext, role: RoleName, spec: RoleSpec, place: Place, index: number): Promise<DemoParty> {
  const { rng, ids, deps } = context
  const market = place.city ? rng.pick(place.city.markets) : ''
  let name = ''
  let brand = ''
  for (let attempt = 0; attempt < 50 && (name === '' || context.names.has(name)); attempt++) {
    brand = rng.pick(BRANDS)
    name = spec.name({ place, brand, surname: SURNAMES[rng.int(0, SURNAMES.length - 1)], market, index })
  }
  if (context.names.has(name)) name = `${name}(${index})`
  context.names.add(name)
  const siteSpec = spec.site({ place, brand, surname: '', market, index })
  const uscc = ids.uscc(spec.uscc, place.code)
  const company = spec.gs1 ? ids.companyPrefix() : undefined
  const site = company ? location(company, 1) : ids.platformGln()
  const address = `${place.prefix}${place.name}${rng.pick(place.streets)}${rng.int(1, 388)}号`
  const nowDate = new Date(context.nowMs + 8 * 3_600_000).toISOString().slice(0, 10)
  const licences = spec.licences.map((kind) => makeLicence(kind, rng, place, Number(nowDate.slice(0, 4)), nowDate))
  const contactPhone = INDIVIDUAL_USCC.has(spec.uscc) ? mobile(rng) : landline(rng, place.areaCode)
  const registered = await registerParty(deps, {
    name, kind: spec.kind, regionCode: place.code, uscc, address, contactName: personName(rng), contactPhone, categories: spec.categories, licences,
  })
  await registerSite(deps, { partyId: registered.id, name: siteSpec.name, kind: siteSpec.kind, regionCode: place.code, address, gln: site.gln })
  const party: DemoParty = {
    id: registered.id, role, ref: uscc, uscc, name, kind: spec.kind, regionCode: place.code, categories: spec.categories, place, site, siteName: siteSpec.name, company, licences, address, contactPhone, products: [],
  }
  const templates = (PRODUCTS[role] ?? []).filter((t) => !t.regions || t.regions.some((prefix) => place.code.startsWith(prefix)))
  const chosen = SHARED_PRODUCT_ROLES.includes(role) ? [] : rng.sample(templates, PRODUCTS_PER_PARTY[role] ?? templates.length)
  for (const template of chosen) party.products.push(await createProduct(context, template, party))
  return party
}

async function createProduct(context: BuildContext, template: ProductTemplate, owner: DemoParty | undefined): Promise<CatalogueProduct> {
  const { rng, ids, deps } = context
  let company: CompanyPrefix | undefined
  if (template.gtin) company = template.foreign ? ids.foreignPrefix(template.foreign.memberOrganisation) : owner?.company
  if (template.gtin && !company) throw new Error(`demo catalogue: ${template.name} needs a GTIN but its producer has no GS1 prefix`)
  const itemReference = owner ? owner.products.length + 1 : rng.int(1, 999)
  const year = new Date(context.nowMs - 30 * DAY_MS).getUTCFullYear()
  const product = await registerProduct(deps, {
    partyId: owner?.id, category: template.category, name: template.name, specification: template.specification, uom: template.uom,
    gtin: company ? gtinOf(company, itemReference) : undefined, shelfLifeDays: template.shelfLifeDays, approvalNumber: template.approval?.(rng, year),
    originRegionCode: template.localOrigin ? owner?.regionCode : undefined,
  })
  return { product, prefixLength: company?.prefix.length, template, owner }
}
