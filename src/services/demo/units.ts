/**
 * The demo's lots, items and containers. Codes that the generator can write itself (GS1 EPC URNs) are
 * known at once; codes that only the platform can give (its own trace codes, for farm produce and other
 * goods without GS1 numbers) are filled in when the loader registers the pending units through
 * `issueUnits`, before the events naming them are captured. Lots with GTINs are registered the same way,
 * so that each carries its production date, expiry date and quantity.
 */
import type { Product } from '../../domain/master-data.js'
import { parseQuantityMilli } from '../../domain/quantity.js'
import { issueUnits, type MasterDataDeps } from '../master-data/register.js'
import type { Store } from '../../storage/store.js'
import { lgtinUrn, sgtinUrn, ssccUrn, type CompanyPrefix } from './identity.js'

export type DemoUnitKind = 'lot' | 'item' | 'container'

export interface DemoUnit {
  /** Unique within a run: the ledger's key, usable before the code is known. */
  readonly id: number
  readonly kind: DemoUnitKind
  /** UN/CEFACT unit the unit's quantities are in (H87 for items and containers). */
  readonly uom: string
  code?: string
  lotNumber?: string
  productionDate?: string
  expiryDate?: string
  /** The product's approval or registration number (国药准字, 农药登记证号 …). */
  approvalNumber?: string
  /** Set once an accepted event names the unit: only such units are registered. */
  used: boolean
}

/** A registered product and, when it has a GTIN, the prefix length its EPC URNs need. */
export interface DemoProduct {
  product: Product
  prefixLength?: number
}

export interface LotInput {
  lotNumber: string
  partyId: string
  productionDate: string
  expiryDate?: string
  quantity?: number
}

interface PendingUnit {
  unit: DemoUnit
  input: { productId: string; kind: 'lot' | 'item'; lotNumber?: string; serial?: string; partyId: string; productionDate?: string; expiryDate?: string; quantityMilli?: number }
}

const PIECE = 'H87' // UN/CEFACT Rec. 20: piece

export class UnitRegistry {
  private nextId = 0
  private lotCounter = 0
  private pending = new Map<string, { product: Product; units: PendingUnit[] }>()

  /** A lot number unique in the run: prefix + yyMMdd + sequence (≤ 20 GS1 characters). */
  lotNumber(prefix: string, yymmdd: string): string {
    this.lotCounter++
    return `${prefix}${yymmdd}${String(this.lotCounter).padStart(6, '0')}`
  }

  lot(product: DemoProduct, input: LotInput): DemoUnit {
    const { gtin, uom } = product.product
    const unit = this.unit('lot', uom, gtin ? lgtinUrn(gtin, product.prefixLength!, input.lotNumber) : undefined)
    unit.lotNumber = input.lotNumber
    unit.productionDate = input.productionDate
    unit.approvalNumber = product.product.approvalNumber
    unit.expiryDate = input.expiryDate
    const quantityMilli = input.quantity === undefined ? undefined : parseQuantityMilli(input.quantity)
    this.queue(product.product, { unit, input: { productId: product.product.id, kind: 'lot', lotNumber: input.lotNumber, partyId: input.partyId, productionDate: input.productionDate, expiryDate: input.expiryDate, quantityMilli } })
    return unit
  }

  /** A serialised item: GS1 SGTIN when the product has a GTIN, else a platform code registered with its serial. */
  item(product: DemoProduct, serial: string, partyId: string, productionDate?: string): DemoUnit {
    const { gtin } = product.product
    if (gtin) return this.unit('item', PIECE, sgtinUrn(gtin, product.prefixLength!, serial))
    const unit = this.unit('item', PIECE, undefined)
    this.queue(product.product, { unit, input: { productId: product.product.id, kind: 'item', serial, partyId, productionDate } })
    return unit
  }

  container(company: CompanyPrefix, serial: string): DemoUnit {
    return this.unit('container', PIECE, ssccUrn(company, serial).urn)
  }

  /** Registers every pending unit that an accepted event names, in one transaction; returns how many. */
  async issuePending(store: Store, deps: Pick<MasterDataDeps, 'clock' | 'platformRegion'>): Promise<number> {
    const groups = [...this.pending.values()].map((g) => ({ product: g.product, units: g.units.filter((p) => p.unit.used) })).filter((g) => g.units.length > 0)
    this.pending = new Map()
    if (groups.length === 0) return 0
    await store.transaction(async (repos) => {
      for (const group of groups) {
        const issued = await issueUnits(repos, deps, group.product, group.units.map((p) => p.input))
        issued.forEach((unit, i) => {
          const demoUnit = group.units[i].unit
          demoUnit.code ??= unit.key
        })
      }
    })
    return groups.reduce((n, g) => n + g.units.length, 0)
  }

  private unit(kind: DemoUnitKind, uom: string, code: string | undefined): DemoUnit {
    return { id: ++this.nextId, kind, uom, code, used: false }
  }

  private queue(product: Product, pending: PendingUnit): void {
    let group = this.pending.get(product.id)
    if (!group) {
      group = { product, units: [] }
      this.pending.set(product.id, group)
    }
    group.units.push(pending)
  }
}

export function codeOf(unit: DemoUnit): string {
  if (unit.code === undefined) throw new Error(`demo unit ${unit.id} has no code yet: it was not registered before capture`)
  return unit.code
}
