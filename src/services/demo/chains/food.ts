/**
 * 食品 (categories.md §2): raw-material intake with 进货查验 (食品安全法 §50) → production as a transformation
 * under an SC licence → release test with 检验合格证号 (§51; every batch for infant formula, §81) →
 * distributors → supermarkets and canteens (§53). Variants: infant formula and UHT milk from Inner Mongolia
 * raw milk, 五常 rice, 中牟 peanut oil, 五华 长乐烧 liquor and 客家娘酒.
 */
import type { RoleName } from '../catalogue/roles.js'
import { amount } from '../chain-kit.js'
import type { Random } from '../random.js'
import { digits, lotIlmd, newLot, testReportNumber, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { buyerRecord, sellDown, supply, supplierRecord } from './distribution.js'

interface FoodVariant {
  supplier: RoleName
  raw: string
  rawKg: [number, number]
  factory: RoleName
  products: string[]
  /** Finished units per kilogram of raw material. */
  unitsPerKg: number
  intakeTest: (rng: Random) => Record<string, unknown>
  releaseTest: (rng: Random) => Record<string, unknown>
  outlets: RoleName[]
  perSale: [number, number]
}

const VARIANTS: [FoodVariant, number][] = [
  [{
    supplier: 'dairy_farm', raw: 'raw_milk', rawKg: [8000, 18000], factory: 'dairy_plant', products: ['formula_1', 'formula_2'], unitsPerKg: 1 / 6.5,
    intakeTest: (rng) => ({ proteinPer100g: rng.decimal(3, 3.4, 2), melamine: '未检出', aflatoxinM1: '未检出', totalBacteriaCfuPerMl: rng.int(20_000, 90_000) }),
    releaseTest: () => ({ testScope: 'GB 10765-2021 全项目', enterobacterSakazakii: '未检出', conclusion: '合格' }),
    outlets: ['supermarket'], perSale: [1, 3],
  }, 3],
  [{
    supplier: 'dairy_farm', raw: 'raw_milk', rawKg: [6000, 15000], factory: 'dairy_plant', products: ['uht_milk'], unitsPerKg: 1 / 3.1,
    intakeTest: (rng) => ({ proteinPer100g: rng.decimal(3, 3.4, 2), melamine: '未检出', antibioticResidue: '阴性' }),
    releaseTest: () => ({ testScope: 'GB 25190-2010', commercialSterility: '符合', conclusion: '合格' }),
    outlets: ['supermarket', 'canteen'], perSale: [1, 4],
  }, 2],
  [{
    supplier: 'rice_farm', raw: 'paddy', rawKg: [8000, 25000], factory: 'rice_mill', products: ['rice'], unitsPerKg: 0.65 / 5,
    intakeTest: (rng) => ({ moisturePercent: rng.decimal(13.5, 14.5, 1), cadmium: '符合GB 2762', result: '合格' }),
    releaseTest: () => ({ grade: '一级', conclusion: '合格' }),
    outlets: ['supermarket', 'canteen'], perSale: [1, 3],
  }, 2],
  [{
    supplier: 'peanut_farm', raw: 'peanut', rawKg: [6000, 20000], factory: 'oil_mill', products: ['peanut_oil'], unitsPerKg: 0.42 / 4.6,
    intakeTest: (rng) => ({ aflatoxinB1UgPerKg: rng.decimal(0.5, 4, 1), moisturePercent: rng.decimal(7, 9, 1), result: '合格' }),
    releaseTest: () => ({ aflatoxinB1: '符合GB 2761', acidValue: '符合GB 2716', conclusion: '合格' }),
    outlets: ['supermarket', 'canteen'], perSale: [1, 2],
  }, 2],
  [{
    supplier: 'grain_farm', raw: 'glutinous_rice', rawKg: [3000, 9000], factory: 'distillery', products: ['liquor', 'rice_wine'], unitsPerKg: 1.1,
    intakeTest: (rng) => ({ moisturePercent: rng.decimal(13, 14.5, 1), result: '合格' }),
    releaseTest: () => ({ methanol: '符合GB 2757', conclusion: '合格' }),
    outlets: ['supermarket', 'supermarket', 'stall'], perSale: [1, 6],
  }, 1],
]

export const foodChain: ChainKind = {
  name: 'food',
  category: 'food',
  share: 0.18,
  spanDays: 14,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const variant = rng.weighted(VARIANTS)
    const factory = catalogue.pick(rng, variant.factory)
    const suppliers = catalogue.sample(rng, variant.supplier, rng.int(1, 2))
    const inputs = suppliers.map((supplier) => {
      const kg = rng.decimal(variant.rawKg[0], variant.rawKg[1], 0) / suppliers.length
      kit.dayAt(0, 5, 9)
      const raw = catalogue.product(rng, supplier, variant.raw)
      const lot = newLot(context, raw, supplier, 'YL', kg)
      const goods = [amount(lot, kg)]
      const invoice = `FP${digits(rng, 10)}`
      const promise = `HG${supplier.regionCode}${kit.yymmdd()}${digits(rng, 4)}`
      const report = testReportNumber(rng, supplier, kit.yymmdd())
      kit.make(supplier, goods, { category: 'agri', data: { originRegion: supplier.regionCode, collectionDate: kit.date() } })
      kit.wait(1, 3).ship(supplier, factory, goods, {
        category: 'agri', stage: 'leaving_farm', docs: [{ type: 'inv', id: invoice }],
        data: { complianceCertificateNo: promise, ...buyerRecord(factory), invoiceNo: invoice },
      })
      kit.wait(2, 30).receive(factory, supplier, goods, {
        stage: 'intake', docs: [{ type: 'inv', id: invoice }],
        data: {
          ...supplierRecord(supplier), productName: raw.product.name, productionDate: kit.date(), invoiceNo: invoice,
          inspectionCertificateNo: report, lotNumber: lot.lotNumber,
        },
      })
      kit.wait(0.5, 2).inspect(factory, goods, { data: { check: '原料验收检验', ...variant.intakeTest(rng), testResult: '合格', inspectionCertificateNo: report } })
      return goods[0]
    })
    const rawKg = inputs.reduce((sum, a) => sum + a.quantity, 0)
    const units = Math.max(1, Math.floor(rawKg * variant.unitsPerKg))
    kit.dayAt(1, 7, 11)
    const product = catalogue.product(rng, factory, rng.pick(variant.products))
    const lot = newLot(context, product, factory, 'P', units)
    const licence = factory.licences.find((l) => l.type === '食品生产许可证')!.number
    kit.transform(factory, inputs, [amount(lot, units)], {
      ilmd: lotIlmd(lot),
      data: { scLicenceNo: licence, productionDate: kit.date(), shelfLifeDays: product.product.shelfLifeDays, processRecord: `${rng.int(1, 4)}号线 批生产记录` },
    })
    const report = testReportNumber(rng, factory, kit.yymmdd())
    const certificate = `HG${factory.regionCode}${kit.yymmdd()}${digits(rng, 4)}`
    kit.wait(20, 60).inspect(factory, [amount(lot, units)], {
      docs: [{ type: 'testres', id: report }],
      data: { ...variant.releaseTest(rng), testResult: '合格', inspectionCertificateNo: certificate, testReportNo: report },
    })
    const distributors = supply(context, factory, lot, {
      outlets: ['food_distributor'], count: [1, 2], share: [0.5, 0.9], document: 'desadv', leadHours: [4, 24], travelHours: [20, 60],
      shipStage: 'release', receiveStage: 'distribution',
      shipData: () => ({ inspectionCertificateNo: certificate, productionDate: lot.productionDate, shelfLifeDays: product.product.shelfLifeDays }),
      receiveData: () => ({ inspectionCertificateNo: certificate, productionDate: lot.productionDate }),
    })
    kit.parallel(distributors, ({ outlet: distributor }) => {
      const stores = supply(context, distributor, lot, {
        outlets: variant.outlets, count: [2, 3], share: [0.6, 0.9], document: 'desadv', leadHours: [4, 20], shipStage: 'distribution', receiveStage: 'distribution',
        receiveData: () => ({ inspectionCertificateNo: certificate }),
      })
      sellDown(context, stores, lot, { size: variant.perSale, count: [2, 5] })
    })
    return { root: inputs[0].unit, end: lot }
  },
}
