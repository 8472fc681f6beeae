/**
 * 危险品 (categories.md §6): production → sale (buyer unit and address, 经办人 and ID number, purpose, filed
 * with the county 公安 within 5 days, 危险化学品安全管理条例 §41) → storage (专用仓库, 双人双锁) → transport
 * by a licensed dangerous-goods carrier (车辆, 驾驶员, 押运员) → use, with what is left of explosives
 * destroyed under supervision — so produced = sold + stock and received = used + destroyed + stock.
 */
import type { DemoParty } from '../catalogue/catalogue.js'
import type { RoleName } from '../catalogue/roles.js'
import { amount, type Amount } from '../chain-kit.js'
import { personName, residentId, vehiclePlate } from '../identity.js'
import type { DemoUnit } from '../units.js'
import { digits, lotIlmd, newLot, party, testReportNumber, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { buyerRecord, roundDown, supplierRecord } from './distribution.js'

interface HazardVariant {
  maker: RoleName
  product: string
  lot: [number, number]
  /** Share of the lot the dealer buys. */
  bought: [number, number]
  purpose: string
  /** Whatever the user has not used after its last job is destroyed (explosives) or kept (chemicals). */
  destroyLeftover: boolean
}

const VARIANTS: [HazardVariant, number][] = [
  [{ maker: 'chemical_maker', product: 'chemical', lot: [5000, 20000], bought: [0.1, 0.3], purpose: '黄金选矿浸出 / 化工原料', destroyLeftover: false }, 2],
  [{ maker: 'explosive_maker', product: 'explosive', lot: [3000, 12000], bought: [0.1, 0.3], purpose: '矿山爆破作业', destroyLeftover: true }, 2],
]

/** Class (data standard code list) and CAS number of each product, by its name's first characters. */
const CLASSES: { prefix: string; goodsClass: string; casNo?: string }[] = [
  { prefix: '氰化钠', goodsClass: 'highly_toxic', casNo: '143-33-9' },
  { prefix: '硝酸铵', goodsClass: 'explosive_precursor', casNo: '6484-52-2' },
  { prefix: '乳化炸药', goodsClass: 'civil_explosive' },
]

export const hazardousChain: ChainKind = {
  name: 'hazardous',
  category: 'hazardous',
  share: 0.06,
  spanDays: 18,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const variant = rng.weighted(VARIANTS)
    const maker = catalogue.pick(rng, variant.maker)
    const product = catalogue.product(rng, maker, variant.product)
    const hazard = CLASSES.find((c) => product.product.name.startsWith(c.prefix))!
    kit.commonData = { goodsClass: hazard.goodsClass, ...(hazard.casNo ? { casNo: hazard.casNo } : {}) }
    const size = rng.int(variant.lot[0], variant.lot[1])
    kit.dayAt(0, 8, 12)
    const lot = newLot(context, product, maker, 'H', size)
    kit.make(maker, [amount(lot, size)], { ilmd: lotIlmd(lot), data: { licenceNo: maker.licences[0]?.number, packagingMark: 'GB 190 危险货物包装标志' } })
    kit.wait(4, 24).inspect(maker, [amount(lot, size)], { docs: [{ type: 'testres', id: testReportNumber(rng, maker, kit.yymmdd()) }], data: { conclusion: '合格' } })
    const dealer = party(context, 'hazmat_dealer')
    const bought = roundDown(size * rng.decimal(variant.bought[0], variant.bought[1], 3), lot.uom)
    sell(context, maker, dealer, [amount(lot, bought)], '经营(转售)')
    kit.wait(1, 4).observe(dealer, 'storing', [amount(lot, bought)], { data: { warehouseName: dealer.siteName, security: '双人双锁 视频监控' } })
    const users = catalogue.sample(rng, 'hazmat_user', rng.int(1, 2), context.city)
    const carrier = party(context, 'hazmat_logistics')
    kit.parallel(users, (user) => {
      const goods = [amount(lot, roundDown(bought * rng.decimal(0.3, 0.45, 3), lot.uom))]
      kit.dayAt(rng.int(1, 3), 8, 11)
      sell(context, dealer, user, goods, variant.purpose, carrier)
      useUp(context, user, lot, variant)
    })
    return { root: lot, end: lot }
  },
}

/** A sale with the buyer's particulars, the carrier's transport record in between, and the receipt. */
function sell(context: ChainContext, seller: DemoParty, buyer: DemoParty, goods: Amount[], purpose: string, carrier?: DemoParty): void {
  const { kit, rng } = context
  const invoice = { type: 'inv' as const, id: `FP${digits(rng, 10)}` }
  kit.ship(seller, buyer, goods, {
    docs: [invoice],
    data: {
      ...buyerRecord(buyer), buyerLicenceNo: buyer.licences[0]?.number, agentName: personName(rng), agentIdNumber: residentId(rng, buyer.regionCode), purpose,
      policeFiling: '已于5日内向县级公安机关备案',
    },
  })
  if (carrier) {
    kit.wait(0.5, 2).observe(carrier, 'transporting', goods, {
      data: { vehiclePlate: vehiclePlate(rng, carrier.place.plate), driverName: personName(rng), escortName: personName(rng), transportPermitNo: `YS${kit.yymmdd()}${digits(rng, 6)}` },
    })
  }
  kit.wait(2, 8).receive(buyer, seller, goods, { docs: [invoice], data: { ...supplierRecord(seller), check: '入库验收' } })
}

function useUp(context: ChainContext, user: DemoParty, lot: DemoUnit, variant: HazardVariant): void {
  const { kit, rng } = context
  const jobs = rng.int(2, 4)
  for (let i = 0; i < jobs; i++) {
    const held = kit.holding(user, lot)
    const quantity = roundDown(held * rng.decimal(0.25, 0.5, 3), lot.uom)
    if (quantity <= 0) break
    kit.dayAt(rng.int(0, 2), 7, 16).use(user, [amount(lot, quantity)], { data: { purpose: variant.purpose, operatorName: personName(rng), site: `${rng.int(1, 12)}号作业面`, issueRecord: '领用清退记录已签字' } })
  }
  const left = kit.holding(user, lot)
  if (variant.destroyLeftover && left > 0) {
    kit.dayAt(1, 9, 15).consume(user, 'destroying', [amount(lot, left)], { disposition: 'destroyed', data: { destructionMethod: '报公安机关批准后集中销毁', supervisorName: personName(rng) } })
  }
}
