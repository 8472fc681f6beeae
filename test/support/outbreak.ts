/**
 * A realistic outbreak, generated from a seed, with the expected impact worked out from what was generated
 * (never by asking the service):
 * - supplier S makes the contaminated ingredient lot ING and ships it to three plants;
 * - each plant transforms it (P1 and P2 into two product lots each, P3 into one lot and serialised items);
 * - ten wholesalers each receive one product lot and ship it on to the end holders (school canteens,
 *   hospitals, supermarkets, e-commerce shops, …) in several provinces; some holders also get a second lot,
 *   most confirm receipt, then sell, use or destroy part of it;
 * - a re-packer WM receives P3's items and items of a clean plant, packs them into mixed cases (three of
 *   each per case) and ships the cases to end holders;
 * - an unrelated clean chain (CS → CP → CW → 50 clean holders, and a few contaminated holders too) must not
 *   appear, nor must CP's clean items travelling in the same cases.
 * Reused read-only by the recall tests.
 */
import { withGs1Check } from '../../src/domain/identifiers/gs1.js'
import { completeUscc } from '../../src/domain/identifiers/uscc.js'
import type { PartyId, ProductId, SiteId } from '../../src/domain/ids.js'
import type { Party, PartyKind, Product, Site } from '../../src/domain/master-data.js'
import { bizStepSpelling } from '../../src/domain/standards/standard.js'
import { newRowId } from '../../src/storage/ids.js'
import type { Store } from '../../src/storage/store.js'

export interface OutbreakOptions {
  /** End holders of the contaminated products (default 2,000). */
  holders?: number
  seed?: number
}

export interface ExpectedQuantities {
  made: number
  received: number
  unconfirmed: number
  shipped: number
  sold: number
  used: number
  destroyed: number
  held: number
}

export interface Outbreak {
  parties: Party[]
  sites: Site[]
  products: Product[]
  events: Record<string, unknown>[]
  /** The contaminated ingredient lot. */
  root: string
  /** The root of the clean chain. */
  cleanRoot: string
  /** USCC → code (as generated) → quantities, for every holder of the contaminated closure. */
  expected: Map<string, Map<string, ExpectedQuantities>>
  /** USCCs of parties that must not appear at all. */
  clean: string[]
  /** USCC → what the holder is. */
  partyByUscc: Map<string, Party>
}

const REGIONS = ['110105', '310115', '330106', '320505', '440106', '440305', '441402', '460106', '510107', '420106', '350203', '370202']
const END_KINDS: PartyKind[] = ['school_canteen', 'hospital', 'supermarket', 'ecommerce', 'retailer', 'canteen', 'market', 'pharmacy']
const CREATED = '2026-09-01T00:00:00.000Z'
const PREFIX = '6901234'

export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const lgtin = (item: string, lot: string) => `urn:epc:class:lgtin:${PREFIX}.0${item}.${lot}`
const sgtin = (item: string, serial: string) => `urn:epc:id:sgtin:${PREFIX}.0${item}.${serial}`
const sscc = (n: number) => `urn:epc:id:sscc:${PREFIX}.${String(n).padStart(10, '0')}`
const gtinOf = (item: string) => withGs1Check(`0${PREFIX}${item}`)

export function generateOutbreak(options: OutbreakOptions = {}): Outbreak {
  const holderCount = options.holders ?? 2000
  const random = seeded(options.seed ?? 7)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const parties: Party[] = []
  const sites: Site[] = []
  const partyByUscc = new Map<string, Party>()
  const siteOf = new Map<string, string>()
  let serial = 0
  const party = (name: string, kind: PartyKind, regionCode: string): string => {
    serial++
    const uscc = completeUscc(`91${regionCode}MO${String(serial).padStart(6, '0')}`)
    const id = newRowId<PartyId>()
    const p: Party = {
      id, uscc, name, kind, regionCode, address: `${name}地址${serial}号`, contactName: `联系人${serial}`, contactPhone: `1380000${String(serial).padStart(4, '0')}`,
      categories: ['food'], licences: [{ type: 'food_business', number: `JY${String(serial).padStart(12, '0')}` }], createdAt: CREATED,
    }
    const siteId = newRowId<SiteId>()
    parties.push(p)
    sites.push({ id: siteId, partyId: id, name: `${name}仓库`, kind: kind === 'school_canteen' ? 'school_canteen' : 'site', regionCode, address: `${name}仓库地址`, createdAt: CREATED })
    partyByUscc.set(uscc, p)
    siteOf.set(uscc, siteId)
    return uscc
  }
  const products: Product[] = ([['00011', '食用植物油(原料)'], ['00022', '调和油'], ['00033', '小包装调和油'], ['00044', '清洁原料油'], ['00055', '清洁成品油']] as const)
    .map(([item, name]) => ({ id: newRowId<ProductId>(), category: 'food', name, uom: item === '00033' ? 'H87' : 'KGM', gtin: gtinOf(item), createdAt: CREATED }))

  const expected = new Map<string, Map<string, ExpectedQuantities>>()
  const add = (uscc: string, code: string, field: keyof ExpectedQuantities, quantity: number) => {
    const byCode = expected.get(uscc) ?? new Map<string, ExpectedQuantities>()
    expected.set(uscc, byCode)
    const q = byCode.get(code) ?? { made: 0, received: 0, unconfirmed: 0, shipped: 0, sold: 0, used: 0, destroyed: 0, held: 0 }
    byCode.set(code, q)
    q[field] += quantity
  }
  const events: Record<string, unknown>[] = []
  let minute = 0
  const time = (day: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + day * 86_400_000 + (minute++ % 1400) * 60_000).toISOString()
  const at = (uscc: string) => ({ 'zs:party': uscc, bizLocation: { id: siteOf.get(uscc) } })
  const q = (code: string, quantity: number, uom = 'KGM') => [{ epcClass: code, quantity, uom }]
  const commission = (day: number, uscc: string, code: string, quantity: number) => {
    events.push({ type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: time(day), ...at(uscc), quantityList: q(code, quantity) })
  }
  /** Ships a lot (quantity) or a list of EPCs; the receiver confirms or not. `track` = part of the contaminated closure. */
  const ship = (day: number, from: string, to: string, what: { code: string; quantity: number } | { epcs: string[]; contents?: string[] }, confirm: boolean, track: boolean) => {
    const list = 'code' in what ? { quantityList: q(what.code, what.quantity) } : { epcList: what.epcs }
    events.push({ type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: time(day), ...at(from), destinationList: [{ type: 'owning_party', destination: to }], ...list })
    if (confirm) events.push({ type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: time(day + 1), ...at(to), sourceList: [{ type: 'owning_party', source: from }], ...list })
    if (!track) return
    const lines = 'code' in what ? [[what.code, what.quantity] as const] : (what.contents ?? what.epcs).map((code) => [code, 1] as const)
    for (const [code, quantity] of lines) {
      add(from, code, 'shipped', quantity)
      add(to, code, confirm ? 'received' : 'unconfirmed', quantity)
    }
  }
  const transform = (day: number, uscc: string, input: { code: string; quantity: number }, outputs: { code: string; quantity: number }[], items: string[], track: boolean) => {
    events.push({
      type: 'TransformationEvent', bizStep: bizStepSpelling('processing'), eventTime: time(day), ...at(uscc),
      inputQuantityList: q(input.code, input.quantity), outputQuantityList: outputs.flatMap((o) => q(o.code, o.quantity)), ...(items.length > 0 ? { outputEPCList: items } : {}),
    })
    if (!track) return
    add(uscc, input.code, 'used', input.quantity)
    for (const o of outputs) add(uscc, o.code, 'made', o.quantity)
    for (const item of items) add(uscc, item, 'made', 1)
  }
  const finish = (day: number, uscc: string, code: string, quantity: number, step: 'retail_selling' | 'destroying' | 'using') => {
    events.push({ type: 'ObjectEvent', action: 'OBSERVE', bizStep: bizStepSpelling(step), eventTime: time(day), ...at(uscc), quantityList: q(code, quantity) })
    add(uscc, code, step === 'retail_selling' ? 'sold' : step === 'destroying' ? 'destroyed' : 'used', quantity)
  }

  // The contaminated chain.
  const root = lgtin('00011', 'ING2610')
  const supplier = party('浙江原料油供应商', 'manufacturer', '330106')
  const plants = [party('苏州食品加工厂', 'processor', '320505'), party('深圳食品加工厂', 'processor', '440305'), party('成都食品加工厂', 'processor', '510107')]
  commission(0, supplier, root, 3000)
  add(supplier, root, 'made', 3000)
  for (const plant of plants) ship(1, supplier, plant, { code: root, quantity: 1000 }, true, true)
  const productLots = [lgtin('00022', 'A1'), lgtin('00022', 'A2'), lgtin('00022', 'B1'), lgtin('00022', 'B2'), lgtin('00022', 'C1')]
  const items = Array.from({ length: 60 }, (_, i) => sgtin('00033', `C${i + 1}`))
  transform(3, plants[0], { code: root, quantity: 1000 }, [{ code: productLots[0], quantity: 2000 }, { code: productLots[1], quantity: 2000 }], [], true)
  transform(3, plants[1], { code: root, quantity: 1000 }, [{ code: productLots[2], quantity: 2000 }, { code: productLots[3], quantity: 2000 }], [], true)
  transform(3, plants[2], { code: root, quantity: 1000 }, [{ code: productLots[4], quantity: 2000 }], items, true)
  const wholesalers = Array.from({ length: 10 }, (_, i) => party(`批发商${i + 1}`, 'wholesaler', REGIONS[i % REGIONS.length]))
  const plantOfLot = [0, 0, 1, 1, 2]
  // Wholesaler i gets lot i % 5, 1000 of it: the two wholesalers of a lot take all 2000.
  wholesalers.forEach((w, i) => ship(5, plants[plantOfLot[i % 5]], w, { code: productLots[i % 5], quantity: 1000 }, true, true))
  const endHolders = Array.from({ length: holderCount }, (_, i) => party(`终端${i + 1}`, END_KINDS[i % END_KINDS.length], pick(REGIONS)))
  const shippedBy = new Map<string, number>()
  const deliver = (holderIndex: number, wholesalerIndex: number, day: number) => {
    const holder = endHolders[holderIndex]
    const lot = productLots[wholesalerIndex % 5]
    // 2000 holders share 10 × 1000: at most 4 each for the first shipment, 1 for a second one.
    const quantity = day === 8 ? 1 + Math.floor(random() * 4) : 1
    const already = shippedBy.get(wholesalers[wholesalerIndex]) ?? 0
    if (already + quantity > 1000) return
    shippedBy.set(wholesalers[wholesalerIndex], already + quantity)
    const confirm = random() < 0.85
    ship(day, wholesalers[wholesalerIndex], holder, { code: lot, quantity }, confirm, true)
    if (!confirm) return
    const kind = partyByUscc.get(holder)!.kind
    const roll = random()
    if (roll < 0.4) finish(day + 3, holder, lot, Math.max(1, Math.floor(quantity / 2)), kind === 'school_canteen' || kind === 'canteen' || kind === 'hospital' ? 'using' : 'retail_selling')
    else if (roll < 0.45) finish(day + 4, holder, lot, quantity, 'destroying')
  }
  endHolders.forEach((_, i) => deliver(i, i % 10, 8))
  endHolders.forEach((_, i) => {
    if (i % 10 === 3) deliver(i, (i + 1) % 10, 12)
  })

  // Mixed cases: P3's items and clean items, three of each per case, re-packed by WM.
  const repacker = party('混装分拣中心', 'wholesaler', '440106')
  ship(6, plants[2], repacker, { epcs: items }, true, true)
  const cleanSupplier = party('清洁原料供应商', 'manufacturer', '370202')
  const cleanPlant = party('清洁食品厂', 'processor', '370202')
  const cleanWholesaler = party('清洁批发商', 'wholesaler', '350203')
  const cleanRoot = lgtin('00044', 'CLEAN1')
  const cleanLot = lgtin('00055', 'CL1')
  const cleanItems = Array.from({ length: 60 }, (_, i) => sgtin('00055', `K${i + 1}`))
  commission(0, cleanSupplier, cleanRoot, 500)
  ship(1, cleanSupplier, cleanPlant, { code: cleanRoot, quantity: 500 }, true, false)
  transform(3, cleanPlant, { code: cleanRoot, quantity: 500 }, [{ code: cleanLot, quantity: 1000 }], cleanItems, false)
  ship(6, cleanPlant, repacker, { epcs: cleanItems }, true, false)
  for (let c = 0; c < 20; c++) {
    const caseCode = sscc(c + 1)
    const contaminated = items.slice(c * 3, c * 3 + 3)
    const clean = cleanItems.slice(c * 3, c * 3 + 3)
    events.push({ type: 'AggregationEvent', action: 'ADD', bizStep: 'packing', eventTime: time(9), ...at(repacker), parentID: caseCode, childEPCs: [...contaminated, ...clean] })
    const holder = endHolders[(c * 97 + 11) % holderCount]
    ship(10, repacker, holder, { epcs: [caseCode], contents: contaminated }, true, true)
  }
  ship(5, cleanPlant, cleanWholesaler, { code: cleanLot, quantity: 1000 }, true, false)
  const cleanHolders = Array.from({ length: 50 }, (_, i) => party(`清洁终端${i + 1}`, END_KINDS[i % END_KINDS.length], pick(REGIONS)))
  for (const h of cleanHolders) ship(8, cleanWholesaler, h, { code: cleanLot, quantity: 5 }, true, false)
  // A few contaminated holders also buy the clean lot: it must not be listed for them.
  for (const i of [5, 10, 15]) ship(9, cleanWholesaler, endHolders[i % holderCount], { code: cleanLot, quantity: 2 }, true, false)

  for (const byCode of expected.values()) {
    for (const e of byCode.values()) e.held = e.made + e.received + e.unconfirmed - e.shipped - e.sold - e.used - e.destroyed
  }
  return {
    parties, sites, products, events, root, cleanRoot, expected, partyByUscc,
    clean: [cleanSupplier, cleanPlant, cleanWholesaler, ...cleanHolders],
  }
}

/** Registers the outbreak's parties, sites and products in bulk, then captures its events through the capture service. */
export async function loadOutbreak(store: Store, outbreak: Outbreak, capture: (events: Record<string, unknown>[]) => Promise<void>): Promise<void> {
  await store.parties.insertMany(outbreak.parties)
  await store.sites.insertMany(outbreak.sites)
  for (const product of outbreak.products) await store.products.insert(product)
  for (let i = 0; i < outbreak.events.length; i += 2000) await capture(outbreak.events.slice(i, i + 2000))
}
