/**
 * The downstream half most chains share: a holder supplies part of a lot to several outlets (each delivery
 * shipped and received, with its documents and the records the data standard asks of both sides), and the
 * outlets sell or dispense it in portions.
 */
import type { DemoParty } from '../catalogue/catalogue.js'
import type { RoleName } from '../catalogue/roles.js'
import { amount, type Amount, type DocType } from '../chain-kit.js'
import type { DemoUnit } from '../units.js'
import { party, tradeVoucher, type ChainContext } from './chain.js'

export interface SupplyPlan {
  outlets: readonly RoleName[]
  count: [number, number]
  /** Share of what the supplier holds that goes out; the rest stays in its stock. */
  share: [number, number]
  /** The delivery document: a 交易凭证号 (肉菜 trace code) or an invoice / despatch advice number. */
  document: 'voucher' | Extract<DocType, 'inv' | 'desadv'>
  /** `zs:stage` of the shipment and of the receipt in the category's data standard. */
  shipStage?: string
  receiveStage?: string
  /** Hours before the first delivery. */
  leadHours?: [number, number]
  travelHours?: [number, number]
  shipData?: (outlet: DemoParty, delivered: Amount) => Record<string, unknown>
  receiveData?: (outlet: DemoParty, delivered: Amount) => Record<string, unknown>
}

export interface Delivery {
  outlet: DemoParty
  quantity: number
}

/** The seller's record of its buyer (食品安全法 §51, §53; 生猪屠宰管理条例; 危险化学品安全管理条例 §41). */
export function buyerRecord(buyer: DemoParty): Record<string, unknown> {
  return { buyerName: buyer.name, buyerAddress: buyer.address, buyerContact: buyer.contactPhone, buyerUscc: buyer.uscc }
}

/** The buyer's record of its supplier (食品安全法 §50, §65). */
export function supplierRecord(supplier: DemoParty): Record<string, unknown> {
  return { supplierName: supplier.name, supplierAddress: supplier.address, supplierContact: supplier.contactPhone, supplierUscc: supplier.uscc }
}

/** Decimal places a quantity in this unit is counted in (0.1 kg, whole pieces, 0.01 t). */
export function decimalsOf(uom: string): number {
  return uom === 'KGM' ? 1 : uom === 'TNE' ? 2 : 0
}

/** `quantity` rounded down to the unit's precision. */
export function roundDown(quantity: number, uom: string): number {
  const scale = 10 ** decimalsOf(uom)
  return Math.floor(quantity * scale + 1e-9) / scale
}

/** Splits `total` into `parts` shares at the unit's precision that add up exactly. */
export function splitQuantity(context: ChainContext, total: number, parts: number, uom: string): number[] {
  const scale = 10 ** decimalsOf(uom)
  const steps = Math.floor(total * scale + 1e-9)
  const n = Math.max(1, Math.min(parts, steps))
  return context.rng.split(steps, n).map((s) => s / scale)
}

export function supply(context: ChainContext, from: DemoParty, lot: DemoUnit, plan: SupplyPlan): Delivery[] {
  const { kit, rng } = context
  const outgoing = roundDown(kit.holding(from, lot) * rng.decimal(plan.share[0], plan.share[1], 3), lot.uom)
  if (outgoing <= 0) return []
  const outlets = distinctOutlets(context, plan.outlets, rng.int(plan.count[0], plan.count[1]), from)
  const shares = splitQuantity(context, outgoing, outlets.length, lot.uom)
  const [leadMin, leadMax] = plan.leadHours ?? [2, 18]
  kit.wait(leadMin, leadMax)
  return shares.map((quantity, i) => {
    const outlet = outlets[i]
    const delivered = amount(lot, quantity)
    const docType: DocType = plan.document === 'voucher' ? 'inv' : plan.document
    const number = plan.document === 'voucher' ? tradeVoucher(rng, from, kit.yymmdd()) : `${plan.document.toUpperCase()}${kit.yymmdd()}${rng.int(10_000, 99_999)}`
    const reference = plan.document === 'voucher' ? { tradeVoucherNo: number } : plan.document === 'inv' ? { invoiceNo: number } : {}
    kit.transfer(from, outlet, [delivered], {
      docs: [{ type: docType, id: number }],
      travelHours: plan.travelHours ?? [0.5, 3],
      stage: plan.shipStage,
      receiveStage: plan.receiveStage,
      data: { ...reference, ...buyerRecord(outlet), ...plan.shipData?.(outlet, delivered) },
      receiveData: { ...reference, ...supplierRecord(from), ...plan.receiveData?.(outlet, delivered) },
    })
    kit.wait(0.2, 1)
    return { outlet, quantity }
  })
}

export interface SalesPlan {
  /** One sale in the lot's unit. */
  size: [number, number]
  count: [number, number]
  /** Price in fen per unit of the lot (money is integer fen, STYLE §3). */
  priceFen?: [number, number]
  data?: (outlet: DemoParty) => Record<string, unknown> | undefined
}

/** Each outlet sells (a canteen serves, a hospital dispenses) part of what it received, never more. */
export function sellDown(context: ChainContext, deliveries: Delivery[], lot: DemoUnit, plan: SalesPlan): void {
  const { kit, rng } = context
  const decimals = decimalsOf(lot.uom)
  kit.parallel(deliveries, ({ outlet }) => {
    kit.dayAt(rng.int(0, 1), 7, 10)
    const sales = rng.int(plan.count[0], plan.count[1])
    for (let i = 0; i < sales; i++) {
      const size = Math.min(rng.decimal(plan.size[0], plan.size[1], decimals), kit.holding(outlet, lot))
      if (size <= 0) break
      const price = plan.priceFen ? { unitPriceFen: rng.int(plan.priceFen[0], plan.priceFen[1]) } : {}
      retailStep(context, outlet, [amount(lot, size)], { ...price, ...plan.data?.(outlet) })
      kit.wait(0.2, 3)
    }
  })
}

/** Sale to consumers (a canteen's meals count as its sales), dispensing to patients, or use by a business user. */
export function retailStep(context: ChainContext, outlet: DemoParty, goods: readonly (DemoUnit | Amount)[], data: Record<string, unknown> = {}): void {
  const { kit, rng } = context
  if (outlet.kind === 'user') {
    kit.use(outlet, goods, { data })
  } else if (outlet.kind === 'hospital' || outlet.kind === 'pharmacy') {
    kit.consume(outlet, 'dispensing', goods, { disposition: 'dispensed', data: { billType: '321', ...data } })
  } else {
    const where = outlet.role === 'stall' ? { stallNo: outlet.siteName } : outlet.kind === 'canteen' ? { meal: rng.pick(['学生午餐', '学生晚餐', '教职工午餐']) } : {}
    kit.sell(outlet, goods, { data: { ...where, ...data } })
  }
}

function distinctOutlets(context: ChainContext, roles: readonly RoleName[], count: number, except: DemoParty): DemoParty[] {
  const chosen: DemoParty[] = []
  for (let attempt = 0; chosen.length < count && attempt < count * 4; attempt++) {
    const outlet = party(context, context.rng.pick(roles))
    if (outlet !== except && !chosen.includes(outlet)) chosen.push(outlet)
  }
  return chosen.length > 0 ? chosen : [party(context, roles[0])]
}
