/**
 * Vegetables, aquatic products and tropical / local fruit "from field to table" (categories.md §1): harvest
 * with a 承诺达标合格证, the grower's own rapid test, wholesale-market entry check (农残快检), then traders'
 * sales to stalls, supermarkets and school canteens, each with a 交易凭证号. Fruit travels between cities
 * (海南菠萝 to 郑州); vegetables and fish stay local.
 */
import type { RoleName } from '../catalogue/roles.js'
import { amount, zsStep } from '../chain-kit.js'
import type { Random } from '../random.js'
import { digits, newLot, party, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { sellDown, supply } from './distribution.js'

interface Variant {
  grower: RoleName
  product: string
  harvestKg: [number, number]
  /** Growers from any city (fruit is shipped far), or only the chain's own. */
  anyCity: boolean
  test: (rng: Random) => Record<string, unknown>
  saleKg: [number, number]
  priceFen: [number, number]
}

const pesticideTest = (rng: Random) => ({
  testItem: '有机磷和氨基甲酸酯类农药残留', testMethod: '酶抑制率法(GB/T 5009.199)', inhibitionRatePercent: rng.decimal(5, 35, 1), testResult: '合格',
})

const VARIANTS: Variant[] = [
  { grower: 'veg_farm', product: 'veg', harvestKg: [300, 2500], anyCity: false, test: pesticideTest, saleKg: [0.5, 5], priceFen: [300, 900] },
  {
    grower: 'aqua_farm', product: 'fish', harvestKg: [200, 1500], anyCity: false, saleKg: [0.5, 3], priceFen: [1600, 9000],
    test: () => ({ testItem: '孔雀石绿、硝基呋喃类代谢物、氯霉素', testMethod: '胶体金快速检测', testResult: '阴性' }),
  },
  { grower: 'fruit_farm', product: 'fruit', harvestKg: [800, 5000], anyCity: true, test: pesticideTest, saleKg: [1, 8], priceFen: [500, 1600] },
]

export const produceChain: ChainKind = {
  name: 'produce',
  category: 'agri',
  share: 0.14,
  spanDays: 8,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const variant = rng.weighted([[VARIANTS[0], 5], [VARIANTS[1], 3], [VARIANTS[2], 2]])
    const grower = variant.anyCity ? catalogue.pick(rng, variant.grower) : party(context, variant.grower)
    const product = catalogue.product(rng, grower, variant.product)
    const kg = rng.decimal(variant.harvestKg[0], variant.harvestKg[1], 1)
    kit.dayAt(0, 5, 10)
    const lot = newLot(context, product, grower, 'CS', kg)
    const promise = `HG${grower.regionCode}${kit.yymmdd()}${digits(rng, 4)}`
    kit.make(grower, [amount(lot, kg)], {
      bizStep: zsStep('harvesting'),
      data: {
        originRegion: grower.regionCode, harvestDate: kit.date(), plot: `${rng.int(1, 30)}号地块`, complianceCertificateNo: promise,
        lastInputUse: variant.grower === 'aqua_farm' ? '渔用饲料' : '10%吡虫啉可湿性粉剂', safetyIntervalMet: true,
      },
    })
    kit.wait(0.5, 2).inspect(grower, [amount(lot, kg)], { data: { ...variant.test(rng), tester: '自检' } })
    const market = party(context, 'wholesale_market')
    const far = grower.place.city?.key !== context.city
    const traders = supply(context, grower, lot, {
      outlets: ['wholesaler'], count: [1, 2], share: [0.9, 1], document: 'voucher', leadHours: [1, 6], travelHours: far ? [20, 40] : [1, 4],
      shipStage: 'leaving_farm', receiveStage: 'wholesale',
      shipData: () => ({ complianceCertificateNo: promise }),
      receiveData: () => ({ complianceCertificateNo: promise, originRegion: grower.regionCode }),
    })
    kit.parallel(traders, ({ outlet: trader }) => {
      kit.wait(0.1, 0.5).inspect(market, [amount(lot, kit.holding(trader, lot))], { data: { check: '进场查验', ...variant.test(rng), trader: trader.name } })
      const outlets = supply(context, trader, lot, {
        outlets: ['stall', 'stall', 'supermarket', 'canteen'], count: [2, 4], share: [0.8, 0.97], document: 'voucher', leadHours: [0.5, 3],
        shipStage: 'wholesale', receiveStage: 'retail', receiveData: () => ({ complianceCertificateNo: promise }),
      })
      sellDown(context, outlets, lot, { size: variant.saleKg, count: [2, 5], priceFen: variant.priceFen })
    })
    return { root: lot, end: lot }
  },
}
