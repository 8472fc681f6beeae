/**
 * 进口商品 (categories.md §8): the overseas producer (by its GS1 PGLN and 在华注册编号, 海关总署令第248号)
 * makes and ships a lot → at the port the importer's goods are declared and inspected by customs
 * (报关单号, 入境货物检验检疫证明, Chinese label) → the importer receives them into its bonded warehouse and
 * keeps its import and sales records (食品安全法 §98) → supermarkets, distributors and cross-border
 * e-commerce (9610) sell them.
 */
import type { Actor } from '../chain-kit.js'
import { amount } from '../chain-kit.js'
import { pglnUrn } from '../identity.js'
import type { CityKey } from '../places.js'
import { digits, lotIlmd, newLot, party, type ChainContext, type ChainKind, type ChainSample } from './chain.js'
import { buyerRecord, sellDown, supply } from './distribution.js'

const PORTS: Record<CityKey, string> = { meizhou: '汕头港(梅州综合保税区转关)', huizhou: '惠州港', haikou: '海口港', zhengzhou: '郑州航空港口岸' }

export const importChain: ChainKind = {
  name: 'import',
  category: 'import',
  share: 0.07,
  spanDays: 36,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng } = context
    const product = rng.pick(catalogue.sharedProducts)
    const origin = product.template.foreign!
    const prefix = product.product.gtin!.slice(1, 1 + product.prefixLength!)
    const producer: Actor = { ref: pglnUrn({ prefix, referenceDigits: 12 - prefix.length }, 1), name: origin.maker }
    const importer = party(context, 'importer')
    const units = rng.int(600, 4000)
    kit.dayAt(0, 8, 16)
    const lot = newLot(context, product, importer, 'IM', units)
    const registration = `CN${origin.country}${digits(rng, 8)}`
    kit.make(producer, [amount(lot, units)], {
      ilmd: lotIlmd(lot, { 'cbvmda:countryOfOrigin': origin.country }),
      data: { overseasRegistrationNo: registration, originCountry: origin.country, overseasProducer: origin.maker, productionDate: lot.productionDate, shelfLifeDays: product.product.shelfLifeDays },
    })
    const billOfLading = { type: 'bol' as const, id: `BL${digits(rng, 10)}` }
    const invoice = { type: 'inv' as const, id: `CI${digits(rng, 8)}` }
    const exportCertificate = `${origin.country}${digits(rng, 9)}`
    kit.dayAt(rng.int(2, 6), 9, 17).ship(producer, importer, [amount(lot, units)], {
      stage: 'importer', docs: [billOfLading, invoice], data: { ...buyerRecord(importer), exportCertificateNo: exportCertificate, incoterms: 'CIF' },
    })
    kit.dayAt(rng.int(8, 20), 8, 12)
    const certificate = `${digits(rng, 4)}${kit.date().slice(2, 4)}${digits(rng, 9)}`
    const declaration = `${importer.regionCode.slice(0, 4)}${kit.date().slice(0, 4)}${digits(rng, 10)}`
    kit.inspect(importer, [amount(lot, units)], {
      docs: [{ type: 'cert', id: certificate }, billOfLading],
      data: {
        port: PORTS[context.city], customsDeclarationNo: declaration, originCountry: origin.country, inspectionCertificateNo: certificate, testResult: '合格',
        exportCertificateNo: exportCertificate, chineseLabel: true, overseasRegistrationNo: registration,
      },
    })
    kit.wait(6, 48).receive(importer, producer, [amount(lot, units)], {
      stage: 'importer', docs: [billOfLading, invoice],
      data: {
        overseasExporterName: origin.maker, overseasExporterAddress: origin.address, overseasExporterContact: origin.contact, importLotNo: lot.lotNumber,
        productionDate: lot.productionDate, shelfLifeDays: product.product.shelfLifeDays, customsDeclarationNo: declaration, inspectionCertificateNo: certificate,
      },
    })
    const outlets = supply(context, importer, lot, {
      outlets: ['supermarket', 'supermarket', 'food_distributor', 'ecommerce'], count: [2, 3], share: [0.5, 0.9], document: 'desadv', leadHours: [12, 48],
      shipStage: 'importer', receiveStage: 'distribution', shipData: () => ({ importLotNo: lot.lotNumber }),
      receiveData: () => ({ inspectionCertificateNo: certificate }),
    })
    sellDown(context, outlets.filter((d) => d.outlet.kind !== 'wholesaler'), lot, {
      size: [1, 4], count: [2, 5], data: (outlet) => (outlet.kind === 'ecommerce' ? { channel: '跨境电商零售进口(9610)', consumerOrderNo: `DD${digits(rng, 12)}` } : undefined),
    })
    return { root: lot, end: lot }
  },
}
