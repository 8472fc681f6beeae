/**
 * 中药材 (categories.md §1, 18 pilots: 种植 → 经营 → 专业市场 → 饮片生产 → 饮片经营 → 使用): 三七 harvested in
 * 文山 马关, bought by a 昆明 herb trader, processed into 饮片 by a GMP decoction-piece maker (from here on
 * the chain is 药品), tested against the 中国药典 and dispensed by hospitals' and pharmacies' 中药房.
 */
import { amount, zsStep } from '../chain-kit.js'
import { digits, lotIlmd, newLot, testReportNumber, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { sellDown, supply } from './distribution.js'

/** Share of dried root left after 净制、切制、干燥. */
const PROCESSING_YIELD: [number, number] = [0.86, 0.93]

export const herbChain: ChainKind = {
  name: 'herbs',
  category: 'agri',
  share: 0.05,
  spanDays: 16,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const farm = catalogue.pick(rng, 'herb_farm')
    const kg = rng.decimal(150, 900, 1)
    kit.dayAt(0, 8, 11)
    const herb = newLot(context, catalogue.product(rng, farm, 'herb'), farm, 'SQ', kg)
    const promise = `HG${farm.regionCode}${kit.yymmdd()}${digits(rng, 4)}`
    kit.make(farm, [amount(herb, kg)], {
      bizStep: zsStep('harvesting'),
      data: { originRegion: farm.regionCode, complianceCertificateNo: promise, growingYears: 3, harvestDate: kit.date(), primaryProcessing: '晒干、分头', grade: '60头' },
    })
    const [toTrader] = supply(context, farm, herb, {
      outlets: ['herb_trader'], count: [1, 1], share: [1, 1], document: 'voucher', leadHours: [24, 72], travelHours: [4, 8],
      shipStage: 'leaving_farm', receiveStage: 'wholesale', shipData: () => ({ complianceCertificateNo: promise }), receiveData: () => ({ originRegion: farm.regionCode }),
    })
    const trader = toTrader.outlet
    kit.wait(1, 4).inspect(trader, [amount(herb, toTrader.quantity)], { data: { testItem: '性状、二氧化硫残留量', testMethod: '快速检测', testResult: '合格' } })
    const [toMaker] = supply(context, trader, herb, {
      outlets: ['tcm_maker'], count: [1, 1], share: [0.6, 1], document: 'voucher', leadHours: [24, 72], travelHours: [20, 48],
      shipStage: 'wholesale', receiveStage: 'retail', receiveData: () => ({ complianceCertificateNo: promise }),
    })
    const maker = toMaker.outlet
    const sold = toMaker.quantity
    kit.category = 'drug'
    const intakeReport = testReportNumber(rng, maker, kit.yymmdd())
    kit.wait(2, 20).inspect(maker, [amount(herb, sold)], {
      docs: [{ type: 'testres', id: intakeReport }],
      data: { standard: '中国药典2020年版一部', identification: '符合规定', notoginsenosideContentPercent: rng.decimal(5.2, 7.5, 2), heavyMetals: '符合规定', conclusion: '合格' },
    })
    const pieces = Math.round(sold * rng.decimal(PROCESSING_YIELD[0], PROCESSING_YIELD[1], 3) * 10) / 10
    kit.dayAt(1, 8, 12)
    const lot = newLot(context, catalogue.product(rng, maker, 'decoction_pieces'), maker, 'YP', pieces)
    kit.transform(maker, [amount(herb, sold)], [amount(lot, pieces)], {
      ilmd: lotIlmd(lot), data: { process: '净制、切制、干燥', batchRecord: `PR${kit.yymmdd()}${digits(rng, 3)}`, productionDate: kit.date(), expiryDate: lot.expiryDate },
    })
    const release = testReportNumber(rng, maker, kit.yymmdd())
    kit.wait(4, 24).inspect(maker, [amount(lot, pieces)], {
      docs: [{ type: 'testres', id: release }], data: { inspectionCertificateNo: release, conclusion: '符合规定', releasedBy: '质量受权人' },
    })
    const outlets = supply(context, maker, lot, {
      outlets: ['hospital', 'pharmacy'], count: [2, 3], share: [0.5, 0.9], document: 'inv', leadHours: [6, 30], travelHours: [12, 40],
      shipStage: 'mah', receiveStage: 'use', receiveData: () => ({ verificationResult: 'matched', inspectionCertificateNo: release }),
    })
    sellDown(context, outlets, lot, { size: [0.02, 0.15], count: [3, 6], data: (outlet) => (outlet.kind === 'hospital' ? { prescriptionNo: `CF${digits(rng, 8)}` } : undefined) })
    return { root: herb, end: lot }
  },
}
