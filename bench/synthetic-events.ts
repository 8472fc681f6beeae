/**
 * A seeded generator of capture batches for the capture benchmark: each chain is a commissioned lot,
 * a shipment, a receipt, a transformation into a new lot and a retail sale — five events.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

import { bizStepSpelling, standardFields } from './standard-fields.js'

const HARVEST = standardFields('agri', 'production', 'harvest')
const DISPATCH = standardFields('agri', 'leaving_farm', 'dispatch')
const ENTRY = standardFields('agri', 'wholesale', 'entry')
const SLAUGHTER = standardFields('agri', 'slaughter', 'slaughtering')
const SALE = standardFields('agri', 'retail', 'sale')
const COMPANY_PREFIX = '6901234'
const BASE_TIME = Date.parse('2026-09-01T00:00:00Z')

export function syntheticBatches(totalEvents: number, batchSize: number, seed: number, parties: string[]): unknown[][] {
  const random = seededRandom(seed)
  const events: unknown[] = []
  let chain = 0
  while (events.length < totalEvents) {
    const item = String(1 + Math.floor(random() * 90000)).padStart(5, '0')
    const lot = `urn:epc:class:lgtin:${COMPANY_PREFIX}.0${item}.B${seed}-${chain}`
    const product = `urn:epc:class:lgtin:${COMPANY_PREFIX}.0${item}.P${seed}-${chain}`
    const [from, to, shop] = [0, 1, 2].map(() => parties[Math.floor(random() * parties.length)])
    const t = (hours: number) => new Date(BASE_TIME + chain * 60_000 + hours * 3_600_000).toISOString()
    const quantity = 100 + Math.floor(random() * 900)
    const q = (code: string, value: number) => [{ epcClass: code, quantity: value, uom: 'KGM' }]
    events.push(
      { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: t(0), eventTimeZoneOffset: '+08:00', 'zs:party': from, ...HARVEST, quantityList: q(lot, quantity) },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: t(1), eventTimeZoneOffset: '+08:00', 'zs:party': from, ...DISPATCH, destinationList: [{ type: 'owning_party', destination: to }], quantityList: q(lot, quantity) },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: t(2), eventTimeZoneOffset: '+08:00', 'zs:party': to, ...ENTRY, sourceList: [{ type: 'owning_party', source: from }], quantityList: q(lot, quantity) },
      { type: 'TransformationEvent', bizStep: bizStepSpelling('slaughtering'), eventTime: t(3), eventTimeZoneOffset: '+08:00', 'zs:party': to, ...SLAUGHTER, inputQuantityList: q(lot, quantity), outputQuantityList: q(product, quantity / 2) },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'retail_selling', eventTime: t(4), eventTimeZoneOffset: '+08:00', 'zs:party': shop, ...SALE, quantityList: q(product, 1) },
    )
    chain++
  }
  const batches: unknown[][] = []
  for (let i = 0; i < totalEvents; i += batchSize) batches.push(events.slice(i, Math.min(totalEvents, i + batchSize)))
  return batches
}
