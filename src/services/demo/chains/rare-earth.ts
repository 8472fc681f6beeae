/**
 * 稀土 (categories.md §7): ore mined by a designated producer against its 总量控制指标 → 冶炼分离 as a
 * transformation into separated oxides → circulation to magnet makers (who use the oxide in their own
 * transformation) and to a trader who exports it under an export licence with its customs declaration.
 */
import type { DemoParty } from '../catalogue/catalogue.js'
import { amount, type Actor } from '../chain-kit.js'
import { pglnUrn } from '../identity.js'
import type { DemoUnit } from '../units.js'
import { digits, newLot, testReportNumber, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { buyerRecord, roundDown, splitQuantity, supplierRecord } from './distribution.js'

/** Separation recovery of the ore's rare-earth oxide (REO) content. */
const RECOVERY: [number, number] = [0.9, 0.95]
/** Magnet output per kilogram of Pr-Nd oxide (NdFeB holds about 30 % rare earth). */
const MAGNET_KG_PER_OXIDE_KG = 3.1
const BUYERS: { name: string; country: string; prefix: string }[] = [
  { name: 'Nippon Magnetics K.K.', country: '日本', prefix: '4912345' },
  { name: 'Rhein Metall-Oxide GmbH', country: '德国', prefix: '4034567' },
  { name: 'Hanbit Advanced Materials Co.', country: '韩国', prefix: '8809876' },
]

export const rareEarthChain: ChainKind = {
  name: 'rare_earth',
  category: 'rare_earth',
  share: 0.05,
  spanDays: 20,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const mine = catalogue.pick(rng, 're_mine')
    const province = mine.regionCode.slice(0, 2)
    const smelters = catalogue.sample(rng, 're_smelter', 2).sort((a, b) => Number(b.regionCode.startsWith(province)) - Number(a.regionCode.startsWith(province)))
    const smelter = smelters[0]
    const tonnes = rng.decimal(20, 120, 2)
    const reoShare = mine.products[0].template.name.startsWith('离子型') ? rng.decimal(0.92, 0.95, 3) : rng.decimal(0.5, 0.6, 3)
    kit.dayAt(0, 7, 12)
    const ore = newLot(context, catalogue.product(rng, mine, 'ore'), mine, 'KS', tonnes)
    const quota = `工信部联原〔${kit.date().slice(0, 4)}〕${rng.int(10, 99)}号`
    kit.make(mine, [amount(ore, tonnes)], {
      data: { quotaDocumentNo: quota, mineName: mine.siteName, productForm: 'ore', quotaTonnesReo: rng.int(2000, 8000) * 10, reoPercent: Math.round(reoShare * 1000) / 10 },
    })
    sellTo(context, mine, smelter, ore, tonnes, [6, 30])
    kit.wait(2, 10).inspect(smelter, [amount(ore, tonnes)], { docs: [{ type: 'testres', id: testReportNumber(rng, smelter, kit.yymmdd()) }], data: { assay: 'REO化验', reoPercent: Math.round(reoShare * 1000) / 10 } })
    const oxideKg = tonnes * 1000 * reoShare * rng.decimal(RECOVERY[0], RECOVERY[1], 3)
    const products = rng.sample(smelter.products, rng.int(2, Math.min(3, smelter.products.length)))
    const shares = splitQuantity(context, Math.floor(oxideKg * 10) / 10, products.length, 'KGM')
    kit.dayAt(rng.int(2, 4), 8, 12)
    const oxides = products.map((product, i) => ({ lot: newLot(context, product, smelter, 'YH', shares[i]), kg: shares[i], name: product.product.name }))
    kit.transform(smelter, [amount(ore, tonnes)], oxides.map((o) => amount(o.lot, o.kg)), {
      data: { quotaDocumentNo: `工信部联原〔${kit.date().slice(0, 4)}〕${rng.int(10, 99)}号 冶炼分离指标`, productForm: 'compound', rawMaterialSource: `${mine.name} ${ore.lotNumber}`, process: '萃取分离' },
    })
    kit.parallel(oxides, (oxide) => {
      if (oxide === oxides[0] || rng.chance(0.5)) toMagnets(context, smelter, oxide.lot, oxide.kg)
      else exportOxide(context, smelter, oxide.lot, oxide.kg)
    })
    return { root: ore, end: oxides[0].lot }
  },
}

/** Circulation (流通): a sale on the VAT special invoice, with the buyer's and the supplier's records. */
function sellTo(context: ChainContext, seller: DemoParty, buyer: DemoParty, lot: DemoUnit, quantity: number, travelHours: [number, number]): void {
  const { kit, rng } = context
  const invoice = `XT${digits(rng, 10)}`
  kit.dayAt(rng.int(1, 3), 8, 14).transfer(seller, buyer, [amount(lot, quantity)], {
    docs: [{ type: 'inv', id: invoice }], travelHours, stage: 'circulation', receiveStage: 'circulation',
    data: { ...buyerRecord(buyer), invoiceNo: invoice, productForm: lot.uom === 'TNE' ? 'ore' : 'compound' },
    receiveData: { ...supplierRecord(seller), invoiceNo: invoice },
  })
}

function toMagnets(context: ChainContext, smelter: DemoParty, oxide: DemoUnit, kg: number): void {
  const { kit, catalogue, rng } = context
  const maker = catalogue.pick(rng, 're_magnet')
  const sold = roundDown(kg * rng.decimal(0.4, 0.8, 3), oxide.uom)
  sellTo(context, smelter, maker, oxide, sold, [12, 48])
  const used = roundDown(sold * rng.decimal(0.5, 0.9, 3), oxide.uom)
  const magnetKg = Math.round(used * MAGNET_KG_PER_OXIDE_KG * 10) / 10
  kit.dayAt(rng.int(1, 3), 8, 12)
  const magnets = newLot(context, catalogue.product(rng, maker, 'magnet'), maker, 'CT', magnetKg)
  // No bizStep: the standard's `processing` step is separation under a quota, which a magnet maker has none of.
  kit.transform(maker, [amount(oxide, used)], [amount(magnets, magnetKg)], { bizStep: null, data: { process: '熔炼、制粉、成型、烧结', grade: 'N52' } })
}

function exportOxide(context: ChainContext, smelter: DemoParty, oxide: DemoUnit, kg: number): void {
  const { kit, catalogue, rng } = context
  const trader = catalogue.pick(rng, 're_trader')
  const sold = roundDown(kg * rng.decimal(0.3, 0.7, 3), oxide.uom)
  sellTo(context, smelter, trader, oxide, sold, [24, 60])
  const buyer = rng.pick(BUYERS)
  const overseas: Actor = { ref: pglnUrn({ prefix: buyer.prefix, referenceDigits: 5 }, 1), name: buyer.name }
  const exported = roundDown(sold * rng.decimal(0.5, 1, 3), oxide.uom)
  kit.dayAt(rng.int(2, 5), 9, 16).ship(trader, overseas, [amount(oxide, exported)], {
    stage: 'export',
    docs: [{ type: 'inv', id: `EX${digits(rng, 10)}` }, { type: 'bol', id: `BL${digits(rng, 9)}` }],
    data: {
      exportLicenceNo: `${kit.date().slice(2, 4)}-AA-${digits(rng, 6)}`, customsDeclarationNo: `${trader.regionCode.slice(0, 4)}${kit.date().slice(0, 4)}${digits(rng, 10)}`,
      buyerName: buyer.name, destinationCountry: buyer.country, productForm: 'compound',
    },
  })
}
