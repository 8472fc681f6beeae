/**
 * 农业生产资料 (categories.md §4): a pesticide, veterinary drug or fertiliser made under its registration
 * number, released, bought by county 农资 dealers (采购台账 / 兽药入库), sold to farms (销售台账 / 出库) and
 * used there — with the target, dose, plot and 安全间隔期 / 休药期 the farm must respect before harvest or
 * slaughter. Veterinary drugs carry their 24-digit 兽药追溯码 (公告第2210号) in and out of stock.
 */
import type { DemoParty } from '../catalogue/catalogue.js'
import type { RoleName } from '../catalogue/roles.js'
import { amount, type Amount } from '../chain-kit.js'
import { personName } from '../identity.js'
import type { Random } from '../random.js'
import type { DemoUnit } from '../units.js'
import { digits, lotIlmd, newLot, testReportNumber, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { supply } from './distribution.js'

interface InputVariant {
  maker: RoleName
  product: string
  /** `zs:stage` of its trade records. The standard has no fertiliser stage; its records follow the pesticide ones. */
  stage: 'pesticide' | 'vet_drug'
  buyers: RoleName[]
  lotSize: [number, number]
  use: (rng: Random) => Record<string, unknown>
  /** Packs one use takes. */
  perUse: [number, number]
}

const VARIANTS: [InputVariant, number][] = [
  [{
    maker: 'pesticide_maker', product: 'pesticide', stage: 'pesticide', buyers: ['veg_farm', 'fruit_farm'], lotSize: [2000, 8000], perUse: [2, 6],
    use: (rng) => ({ useTarget: rng.pick(['蚜虫', '小菜蛾', '蓟马', '红蜘蛛']), dosage: `每亩${rng.pick(['20克', '30克', '40毫升'])}兑水30公斤喷雾`, areaMu: rng.int(5, 40), safetyIntervalDays: rng.pick([7, 10, 14]) }),
  }, 3],
  [{
    maker: 'vet_maker', product: 'vet_drug', stage: 'vet_drug', buyers: ['pig_farm'], lotSize: [1000, 5000], perUse: [1, 4],
    use: (rng) => ({ useTarget: rng.pick(['猪链球菌病', '仔猪腹泻', '猪疥螨']), dosage: rng.pick(['混饮 每升水0.6克 连用5日', '皮下注射 每10公斤体重0.3毫升']), headCount: rng.int(20, 200), withdrawalPeriodDays: rng.pick([14, 21, 28]) }),
  }, 2],
  [{
    maker: 'fertiliser_maker', product: 'fertiliser', stage: 'pesticide', buyers: ['veg_farm', 'fruit_farm'], lotSize: [1500, 6000], perUse: [5, 20],
    use: (rng) => ({ useTarget: rng.pick(['基肥', '追肥']), dosage: `每亩${rng.pick([25, 40, 50])}公斤 ${rng.pick(['撒施', '穴施'])}`, areaMu: rng.int(10, 80) }),
  }, 2],
]

/** Codes listed per delivery: a sample of the packs, as the dealer's scanner records them. */
const LISTED_CODES = 5

export const agriInputChain: ChainKind = {
  name: 'agri_input',
  category: 'agri_input',
  share: 0.08,
  spanDays: 20,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const variant = rng.weighted(VARIANTS)
    const maker = catalogue.pick(rng, variant.maker)
    const product = catalogue.product(rng, maker, variant.product)
    const packs = rng.int(variant.lotSize[0], variant.lotSize[1])
    kit.dayAt(0, 8, 12)
    const lot = newLot(context, product, maker, 'N', packs)
    const registration = { pesticideRegistrationNo: product.product.approvalNumber, manufacturerName: maker.name, pesticideLicenceNo: maker.licences[0]?.number }
    kit.make(maker, [amount(lot, packs)], { ilmd: lotIlmd(lot), data: registration })
    const report = testReportNumber(rng, maker, kit.yymmdd())
    kit.wait(12, 48).inspect(maker, [amount(lot, packs)], { docs: [{ type: 'testres', id: report }], data: { conclusion: '合格', activeIngredientContent: '符合标签标示' } })
    const records = (delivered: Amount) => (variant.stage === 'vet_drug' ? { vetDrugCodes: vetDrugCodes(context, maker, lot, delivered.quantity), vetDrugApprovalNo: product.product.approvalNumber } : registration)
    const dealers = supply(context, maker, lot, {
      outlets: ['input_dealer'], count: [1, 2], share: [0.05, 0.15], document: 'inv', leadHours: [12, 48], travelHours: [24, 60],
      shipStage: variant.stage, receiveStage: variant.stage,
      shipData: (_, delivered) => records(delivered), receiveData: (_, delivered) => ({ ledger: '采购台账', ...records(delivered) }),
    })
    kit.parallel(dealers, ({ outlet: dealer }) => {
      const farms = supply(context, dealer, lot, {
        outlets: variant.buyers, count: [2, 4], share: [0.5, 0.8], document: 'inv', leadHours: [24, 96], shipStage: variant.stage, receiveStage: variant.stage,
        shipData: (_, delivered) => ({ ledger: '销售台账', handledBy: personName(rng), ...records(delivered) }), receiveData: (_, delivered) => records(delivered),
      })
      kit.parallel(farms, ({ outlet: farm }) => {
        const uses = rng.int(1, 2)
        for (let i = 0; i < uses; i++) {
          kit.dayAt(rng.int(1, 3), 7, 17)
          const quantity = Math.min(rng.int(variant.perUse[0], variant.perUse[1]), kit.holding(farm, lot))
          if (quantity <= 0) break
          kit.use(farm, [amount(lot, quantity)], { data: { manufacturerName: maker.name, plot: `${rng.int(1, 30)}号地块`, operator: personName(rng), ...variant.use(rng) } })
        }
      })
    })
    return { root: lot, end: lot }
  },
}

/** 兽药产品追溯码 (公告第2210号): application date YYYYMMDD + 5-digit company + 11 random digits. */
function vetDrugCodes(context: ChainContext, maker: DemoParty, lot: DemoUnit, packs: number): string[] {
  const date = (lot.productionDate ?? context.kit.date()).replace(/-/g, '')
  const company = String(Number.parseInt(maker.uscc.slice(10, 14), 36) % 100_000).padStart(5, '0')
  return Array.from({ length: Math.min(LISTED_CODES, packs) }, () => `${date}${company}${digits(context.rng, 11)}`)
}
