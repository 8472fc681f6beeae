/**
 * 生猪 → 白条猪肉, the 肉菜流通追溯 chain (categories.md §1): farm (产地检疫, 承诺达标合格证) → designated
 * slaughterhouse (进厂查验, 瘦肉精抽检, 屠宰检疫, 屠宰 as a transformation, 肉品品质检验) → wholesale-market
 * traders (进场查验, 交易凭证号) → market stalls and school canteens; chilled cuts go straight to supermarkets.
 */
import { amount, zsStep } from '../chain-kit.js'
import { vehiclePlate } from '../identity.js'
import { digits, newLot, party, quarantineCertificate, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { sellDown, supply } from './distribution.js'

const LIVE_WEIGHT_KG: [number, number] = [110, 125]
/** 白条 yield of live weight (屠宰率), and the share of it cut into chilled cuts. */
const CARCASS_YIELD: [number, number] = [0.72, 0.76]
const CUTS_SHARE: [number, number] = [0.15, 0.25]
const PORK_PRICE_FEN: [number, number] = [2600, 3600]

export const porkChain: ChainKind = {
  name: 'pork',
  category: 'agri',
  share: 0.14,
  spanDays: 10,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const farm = party(context, 'pig_farm')
    const slaughterhouse = party(context, 'slaughterhouse')
    const heads = rng.int(12, 48)
    kit.dayAt(0, 6, 9)
    const pigs = newLot(context, catalogue.product(rng, farm, 'pig'), farm, 'SZ', heads)
    const earTagStart = Number(digits(rng, 7)) + 1
    const earTag = (n: number) => `1${farm.regionCode}${String(earTagStart + n).padStart(8, '0')}`
    kit.make(farm, [amount(pigs, heads)], {
      data: {
        originRegion: farm.regionCode, breed: '杜长大三元', headCount: heads, earTagFrom: earTag(0), earTagTo: earTag(heads - 1),
        feedSource: '自配料(玉米、豆粕)', vaccination: '猪瘟、口蹄疫、蓝耳病', withdrawalPeriodMet: true,
      },
    })
    const originCertificate = quarantineCertificate(rng, farm)
    const promise = `HG${farm.regionCode}${kit.yymmdd()}${digits(rng, 4)}`
    const plate = vehiclePlate(rng, farm.place.plate)
    kit.dayAt(1, 4, 7).transfer(farm, slaughterhouse, [amount(pigs, heads)], {
      docs: [{ type: 'cert', id: originCertificate }],
      stage: 'leaving_farm',
      data: { complianceCertificateNo: promise, originQuarantineCertificateNo: originCertificate, buyerName: slaughterhouse.name, headCount: heads, vehiclePlate: plate },
      travelHours: [1, 4],
      receiveStage: 'slaughter',
      receiveData: {
        originQuarantineCertificateNo: originCertificate, headCount: heads, deadOnArrival: 0, ownerName: farm.name, ownerUscc: farm.uscc,
        originRegion: farm.regionCode, vehiclePlate: plate,
      },
    })
    kit.wait(0.5, 2).inspect(slaughterhouse, [amount(pigs, heads)], {
      data: { testItem: '瘦肉精(克伦特罗、莱克多巴胺、沙丁胺醇)', testMethod: '胶体金快速检测', sampleSize: Math.min(heads, 10), testResult: '阴性' },
    })
    const productCertificate = quarantineCertificate(rng, slaughterhouse)
    kit.wait(2, 6).observe(slaughterhouse, zsStep('quarantining'), [amount(pigs, heads)], {
      disposition: 'conformant', docs: [{ type: 'cert', id: productCertificate }],
      data: { quarantineCertificateNo: productCertificate, headCount: heads, quarantineOfficer: `${slaughterhouse.place.name}动物卫生监督所驻场官方兽医` },
    })
    const liveWeight = heads * rng.decimal(LIVE_WEIGHT_KG[0], LIVE_WEIGHT_KG[1], 1)
    const dressed = liveWeight * rng.decimal(CARCASS_YIELD[0], CARCASS_YIELD[1], 3)
    const cutsKg = Math.round(dressed * rng.decimal(CUTS_SHARE[0], CUTS_SHARE[1], 3) * 10) / 10
    const carcassKg = Math.round((dressed - cutsKg) * 10) / 10
    kit.dayAt(1, 1, 4)
    const carcass = newLot(context, catalogue.product(rng, slaughterhouse, 'carcass'), slaughterhouse, 'TZ', carcassKg)
    const cuts = newLot(context, catalogue.product(rng, slaughterhouse, 'cuts'), slaughterhouse, 'FG', cutsKg)
    const qualityCertificate = `RP${slaughterhouse.regionCode}${digits(rng, 8)}`
    kit.transform(slaughterhouse, [amount(pigs, heads)], [amount(carcass, carcassKg), amount(cuts, cutsKg)], {
      bizStep: zsStep('slaughtering'),
      docs: [{ type: 'cert', id: productCertificate }],
      data: { quarantineCertificateNo: productCertificate, meatQualityCertificateNo: qualityCertificate, headCount: heads, liveWeightKg: Math.round(liveWeight * 10) / 10 },
    })
    const certificates = { quarantineCertificateNo: productCertificate, meatQualityCertificateNo: qualityCertificate }
    const market = party(context, 'wholesale_market')
    const traders = supply(context, slaughterhouse, carcass, {
      outlets: ['wholesaler'], count: [1, 2], share: [0.97, 1], document: 'voucher', leadHours: [0.5, 2], shipStage: 'slaughter', receiveStage: 'wholesale',
      shipData: () => certificates, receiveData: () => ({ quarantineCertificateNo: productCertificate }),
    })
    kit.parallel(traders, ({ outlet: trader }) => {
      kit.wait(0.1, 0.5).inspect(market, [amount(carcass, kit.holding(trader, carcass))], {
        data: { check: '进场查验', quarantineCertificateNo: productCertificate, testItem: '瘦肉精', testResult: '阴性', trader: trader.name },
      })
      const outlets = supply(context, trader, carcass, {
        outlets: ['stall', 'stall', 'canteen'], count: [2, 4], share: [0.85, 0.98], document: 'voucher', leadHours: [0.5, 2], shipStage: 'wholesale', receiveStage: 'retail',
        receiveData: () => ({ quarantineCertificateNo: productCertificate }),
      })
      sellDown(context, outlets, carcass, { size: [0.5, 4], count: [2, 5], priceFen: PORK_PRICE_FEN })
    })
    const stores = supply(context, slaughterhouse, cuts, {
      outlets: ['supermarket'], count: [1, 2], share: [0.95, 1], document: 'voucher', leadHours: [1, 3], shipStage: 'slaughter', receiveStage: 'retail',
      shipData: () => certificates, receiveData: () => ({ quarantineCertificateNo: productCertificate }),
    })
    sellDown(context, stores, cuts, { size: [0.4, 1.5], count: [2, 4], priceFen: [3200, 4600], data: () => ({ packaging: '托盘装' }) })
    return { root: pigs, end: carcass }
  },
}
