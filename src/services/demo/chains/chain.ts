/**
 * What a chain builder is given and returns, and the document numbers several categories share.
 */
import type { CategoryCode } from '../../../domain/categories.js'
import type { Catalogue, CatalogueProduct, DemoParty } from '../catalogue/catalogue.js'
import type { RoleName } from '../catalogue/roles.js'
import type { ChainKit } from '../chain-kit.js'
import type { IdentityRegistry } from '../identity.js'
import type { CityKey } from '../places.js'
import type { Random } from '../random.js'
import type { DemoUnit } from '../units.js'

export interface ChainContext {
  kit: ChainKit
  catalogue: Catalogue
  ids: IdentityRegistry
  rng: Random
  /** The city the chain ends in (its retail and use happen there). */
  city: CityKey
}

/** A chain's first unit and the unit that reached consumers or users: what the demo's tests trace. */
export interface ChainSample {
  root: DemoUnit
  end: DemoUnit
}

export interface ChainKind {
  name: string
  category: CategoryCode
  /** Target share of the demo's events. */
  share: number
  /** The longest the chain runs, so it can start early enough to end before the clock's now. */
  spanDays: number
  build(context: ChainContext): ChainSample
}

export const digits = (rng: Random, n: number): string => String(rng.int(0, 10 ** n - 1)).padStart(n, '0')

/** Picks one party of the role in the chain's city (or anywhere when the city has none). */
export function party(context: ChainContext, role: RoleName): DemoParty {
  return context.catalogue.pick(context.rng, role, context.city)
}

/** 动物检疫合格证明 number: province digits + 8 (categories.md §1: the link key at slaughter). */
export function quarantineCertificate(rng: Random, holder: DemoParty): string {
  return `${holder.regionCode.slice(0, 2)}${digits(rng, 8)}`
}

/**
 * 交易凭证号 / 肉菜 trace code, 20 digits: the seller's 9-digit node code (county + 3) + yyMMdd + 5-digit
 * daily serial (cn-identifiers.md §4).
 */
export function tradeVoucher(rng: Random, seller: DemoParty, yymmdd: string): string {
  return `${seller.regionCode}${digits(rng, 3)}${yymmdd}${digits(rng, 5)}`
}

/** 检验报告编号 of a release or intake test. */
export function testReportNumber(rng: Random, lab: DemoParty, yymmdd: string): string {
  return `JC${lab.regionCode.slice(0, 4)}${yymmdd}${digits(rng, 4)}`
}

/** Days after the lot's production until it expires, as an ISO date. */
export function expiryOf(context: ChainContext, shelfLifeDays: number | undefined): string | undefined {
  return shelfLifeDays === undefined ? undefined : context.kit.date(context.kit.now, shelfLifeDays)
}

/** A new lot of the product at its owner, numbered `<prefix><yyMMdd><sequence>`, produced now. */
export function newLot(context: ChainContext, product: CatalogueProduct, owner: DemoParty, prefix: string, quantity: number): DemoUnit {
  const { kit } = context
  return kit.units.lot(product, {
    lotNumber: kit.lotNumber(prefix), partyId: owner.id, productionDate: kit.date(), expiryDate: expiryOf(context, product.product.shelfLifeDays), quantity,
  })
}

/** EPCIS instance/lot master data (CBV 2.0 `cbvmda:` attributes) for the event that makes a lot. */
export function lotIlmd(unit: DemoUnit, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...(unit.lotNumber ? { 'cbvmda:lotNumber': unit.lotNumber } : {}),
    ...(unit.expiryDate ? { 'cbvmda:itemExpirationDate': unit.expiryDate } : {}),
    ...extra,
  }
}
