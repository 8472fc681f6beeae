/**
 * 气瓶 (categories.md §5): cylinders made with stamped numbers, registered by one filling station (一瓶一码),
 * then filled again and again. Each fill is recorded with its pre-fill check, weights and post-fill check as
 * gas packed into the cylinder (the station makes the filled gas, the cylinder carries it); the cylinder
 * goes to a restaurant, the gas is used, and the empty cylinder comes back for the next fill.
 */
import type { CatalogueProduct, DemoParty } from '../catalogue/catalogue.js'
import { amount, zsStep, type Amount } from '../chain-kit.js'
import { personName } from '../identity.js'
import type { DemoUnit } from '../units.js'
import { digits, newLot, party, type ChainContext, type ChainKind, type ChainSample } from './chain.js'

/** YSP35.5: at most 15 kg of LPG per fill (GB 5842). */
const FILL_KG: [number, number] = [14.5, 15]
const CYCLE_DAYS: [number, number] = [7, 14]
const PERIODIC_INSPECTION_YEARS = 4

export const cylinderChain: ChainKind = {
  name: 'cylinder',
  category: 'equipment',
  share: 0.05,
  spanDays: 50,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng, ids } = context
    const maker = catalogue.pick(rng, 'cylinder_maker')
    const station = party(context, 'filling_station')
    const product = catalogue.product(rng, maker, 'cylinder')
    kit.dayAt(0, 8, 16)
    const numbers = new Map<DemoUnit, string>()
    const nextInspection = kit.date(kit.now, PERIODIC_INSPECTION_YEARS * 365)
    const cylinders = Array.from({ length: rng.int(2, 4) }, () => {
      const stamped = `YSP355-${kit.yymmdd().slice(0, 2)}${String(ids.next('cylinder')).padStart(6, '0')}`
      const cylinder = kit.units.item(product, stamped, maker.id, kit.date())
      numbers.set(cylinder, stamped)
      return cylinder
    })
    for (const cylinder of cylinders) {
      kit.make(maker, [cylinder], {
        stage: 'cylinder_manufacture',
        data: { cylinderCode: numbers.get(cylinder), manufacturerName: maker.name, nominalPressureMpa: 2.1, volumeLitres: 35.5, wallThicknessMm: 2.5, nextInspectionDate: nextInspection, electronicMark: '二维码永久标识' },
      })
    }
    kit.dayAt(rng.int(1, 3), 8, 12).transfer(maker, station, cylinders, {
      docs: [{ type: 'inv', id: `FP${digits(rng, 10)}` }], travelHours: [2, 8],
      receiveData: { registration: '充装单位使用登记', tagFitted: true, fillerOnly: station.name },
    })
    let first: DemoUnit | undefined
    const lpg = catalogue.product(rng, station, 'lpg')
    for (;;) {
      const days = rng.int(CYCLE_DAYS[0], CYCLE_DAYS[1])
      if (kit.now + (days + 1) * 86_400_000 > kit.end) break
      kit.dayAt(rng.int(1, 2), 7, 10)
      const fills = cylinders.map((cylinder) => fill(context, station, lpg, cylinder, numbers.get(cylinder)!, nextInspection))
      first ??= fills[0].unit
      const restaurant = party(context, 'restaurant')
      kit.wait(0.5, 3).transfer(station, restaurant, cylinders, { travelHours: [0.3, 1.5], data: { driver: personName(rng), deliveryNote: `PS${kit.yymmdd()}${digits(rng, 4)}` } })
      kit.dayAt(days - 1, 18, 21).use(restaurant, fills, { data: { usage: '餐饮燃料' } })
      for (const cylinder of cylinders) kit.unpack(restaurant, cylinder, { data: { status: '空瓶待回收' } })
      kit.dayAt(1, 8, 11).transfer(restaurant, station, cylinders, { travelHours: [0.3, 1.5], data: { returned: '空瓶回收' } })
    }
    return { root: cylinders[0], end: first ?? cylinders[0] }
  },
}

/**
 * One cylinder's fill: the pre-fill check, then the gas (its own lot, so a cylinder's contents never mix with
 * another's) packed into it.
 */
function fill(context: ChainContext, station: DemoParty, lpg: CatalogueProduct, cylinder: DemoUnit, cylinderCode: string, nextInspection: string): Amount {
  const { kit, rng } = context
  const kg = rng.decimal(FILL_KG[0], FILL_KG[1], 1)
  kit.inspect(station, [cylinder], {
    stage: 'cylinder_pre_fill',
    data: {
      cylinderCode, inspectorName: personName(rng), nextInspectionDate: nextInspection, residualPressureMpa: rng.decimal(0.05, 0.2, 2),
      appearanceOk: true, valveOk: true, ownerName: station.name, medium: '液化石油气',
    },
  })
  const gas = amount(newLot(context, lpg, station, 'CZ', kg), kg)
  kit.pack(station, cylinder, [gas], {
    bizStep: zsStep('filling'),
    makes: true,
    data: {
      cylinderCode, operatorName: personName(rng), tareWeight: { quantity: rng.decimal(16.2, 17.4, 1), uom: 'KGM' }, filledWeight: { quantity: kg, uom: 'KGM' },
      maxFillWeight: { quantity: FILL_KG[1], uom: 'KGM' }, fillingPressureMpa: rng.decimal(0.7, 1.1, 2), medium: '液化石油气', recheckOk: true,
    },
  })
  return gas
}
