/**
 * 药品 (categories.md §3): API maker → MAH production (API lot in, serialised packs out, each pack its own
 * SGTIN: 一物一码) → packs aggregated into cases with SSCCs (包装比例) → release by the 质量受权人 →
 * distributors (receipt verified and fed back upstream) → hospitals and pharmacies, which unpack cases and
 * dispense pack by pack (bill type 321).
 */
import { amount } from '../chain-kit.js'
import type { DemoParty } from '../catalogue/catalogue.js'
import { personName } from '../identity.js'
import type { DemoUnit } from '../units.js'
import { digits, lotIlmd, newLot, party, testReportNumber, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { buyerRecord, retailStep, supplierRecord } from './distribution.js'

/** Kilograms of API per pack: 0.25 g × 24 capsules, 0.5 g × 60 tablets. */
const API_KG_PER_PACK: Record<string, number> = { amoxicillin: 0.006, metformin: 0.03 }

export const drugChain: ChainKind = {
  name: 'drug',
  category: 'drug',
  share: 0.14,
  spanDays: 16,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng, ids } = context
    const mah = catalogue.pick(rng, 'mah')
    const product = catalogue.product(rng, mah, rng.pick(['amoxicillin', 'metformin']))
    const apiMaker = catalogue.pick(rng, 'api_maker')
    const packsPerCase = rng.pick([10, 12, 20])
    const caseCount = rng.int(3, 6)
    const packs = packsPerCase * caseCount
    const apiKg = Math.ceil(packs * API_KG_PER_PACK[product.template.key] * 1.02 * 10) / 10

    kit.dayAt(0, 8, 12)
    const api = newLot(context, catalogue.product(rng, apiMaker, `api_${product.template.key}`), apiMaker, 'API', apiKg)
    kit.make(apiMaker, [amount(api, apiKg)], { ilmd: lotIlmd(api), data: { approvalNo: api.approvalNumber, productionDate: api.productionDate, expiryDate: api.expiryDate } })
    const apiReport = testReportNumber(rng, apiMaker, kit.yymmdd())
    kit.wait(4, 20).inspect(apiMaker, [amount(api, apiKg)], { docs: [{ type: 'testres', id: apiReport }], data: { standard: '中国药典2020年版二部', conclusion: '符合规定' } })
    const invoice = `FP${digits(rng, 10)}`
    kit.dayAt(1, 9, 15).transfer(apiMaker, mah, [amount(api, apiKg)], {
      docs: [{ type: 'inv', id: invoice }], travelHours: [20, 48], stage: 'mah', receiveStage: 'use',
      data: { invoiceNo: invoice, ...buyerRecord(mah) }, receiveData: { verificationResult: 'matched', invoiceNo: invoice, ...supplierRecord(apiMaker) },
    })
    kit.wait(2, 12).inspect(mah, [amount(api, apiKg)], { data: { check: '原料入厂检验', supplierReport: apiReport, conclusion: '符合规定' } })

    kit.dayAt(1, 8, 10)
    const lotNumber = kit.lotNumber('B')
    const expiry = kit.date(kit.now, product.product.shelfLifeDays ?? 730)
    const items = Array.from({ length: packs }, () => kit.units.item(product, ids.serial(12), mah.id))
    kit.transform(mah, [amount(api, apiKg)], items, {
      ilmd: { 'cbvmda:lotNumber': lotNumber, 'cbvmda:itemExpirationDate': expiry },
      data: { approvalNo: product.product.approvalNumber, productionDate: kit.date(), expiryDate: expiry, lotNumber, dosageForm: product.template.name.endsWith('胶囊') ? '胶囊剂' : '片剂', codingRuleFiled: true },
    })
    const cases: DemoUnit[] = []
    for (let c = 0; c < caseCount; c++) {
      const parent = kit.units.container(mah.company!, ids.serial(9))
      kit.pack(mah, parent, items.slice(c * packsPerCase, (c + 1) * packsPerCase), { data: { packagingRatio: `1:${packsPerCase}`, lotNumber } })
      cases.push(parent)
    }
    const release = testReportNumber(rng, mah, kit.yymmdd())
    kit.wait(24, 72).inspect(mah, cases, { docs: [{ type: 'testres', id: release }], data: { lotNumber, conclusion: '符合规定', releasedBy: '质量受权人' } })

    const distributors = context.catalogue.sample(rng, 'drug_distributor', rng.int(1, 2), context.city)
    const end = items[0]
    let offset = 0
    const shares = distributors.map((distributor, i) => {
      const share = i === distributors.length - 1 ? cases.length - offset : Math.max(1, Math.floor(cases.length / distributors.length))
      offset += share
      return { distributor, held: cases.slice(offset - share, offset) }
    })
    kit.parallel(shares, ({ distributor, held }) => {
      deliverCases(context, mah, distributor, held, lotNumber, [20, 60], ['mah', 'wholesale'])
      kit.wait(1, 6).observe(distributor, 'storing', held, { data: { storageCondition: '阴凉库 ≤20℃', verification: '扫码验收一致，已反馈上游' } })
      const outlets = rng.sample([party(context, 'hospital'), party(context, 'pharmacy'), party(context, 'pharmacy')].filter((o, j, all) => all.indexOf(o) === j), Math.min(held.length, rng.int(1, 3)))
      const deliveries = outlets.map((outlet, j) => ({ outlet, given: held.filter((_, k) => k % outlets.length === j) }))
      for (const { outlet, given } of deliveries) deliverCases(context, distributor, outlet, given, lotNumber, [1, 4], ['wholesale', 'use'])
      kit.parallel(deliveries, ({ outlet, given }) => dispense(context, outlet, given, packsPerCase))
    })
    return { root: api, end }
  },
}

/** Cases shipped with the invoice and 随货同行单; the receiver scans them, checks against upstream data and feeds back. */
function deliverCases(context: ChainContext, from: DemoParty, to: DemoParty, cases: DemoUnit[], lotNumber: string, travelHours: [number, number], [stage, receiveStage]: [string, string]): void {
  const { kit, rng } = context
  const invoice = `FP${digits(rng, 10)}`
  kit.wait(4, 20).transfer(from, to, cases, {
    docs: [{ type: 'inv', id: invoice }, { type: 'desadv', id: `SH${kit.yymmdd()}${digits(rng, 5)}` }],
    travelHours, stage, receiveStage,
    data: { lotNumber, invoiceNo: invoice, ...buyerRecord(to) },
    receiveData: { verificationResult: 'matched', invoiceNo: invoice, casesScanned: cases.length, feedbackToUpstream: true, ...supplierRecord(from) },
  })
}

/** Unpacks the first case or two and dispenses packs one prescription at a time. */
function dispense(context: ChainContext, outlet: DemoParty, cases: DemoUnit[], packsPerCase: number): void {
  const { kit, rng } = context
  const opened = cases.slice(0, rng.int(1, Math.min(2, cases.length)))
  for (const parent of opened) {
    const packs = kit.contentsOf(parent)
    kit.dayAt(rng.int(0, 1), 8, 11).unpack(outlet, parent, { data: { reason: '拆零销售' } })
    let next = 0
    const prescriptions = rng.int(2, Math.min(6, packsPerCase))
    for (let p = 0; p < prescriptions && next < packs.length; p++) {
      const take = packs.slice(next, next + rng.int(1, 2))
      next += take.length
      kit.wait(0.3, 5)
      const prescription = outlet.kind === 'hospital' ? { prescriptionNo: `CF${digits(rng, 10)}`, prescriber: personName(rng) } : {}
      retailStep(context, outlet, take, { ...prescription, dispenser: personName(rng), medicalInsuranceSettled: rng.chance(0.6) })
    }
  }
}
