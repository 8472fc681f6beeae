/**
 * Impact inside a large database (issue 7): the shared demo database (bench/large-demo.ts, default 1,000,000 events), then a lot is
 * added whose forward closure has 10,000 lots at 2,000 holders — the ingredient lot goes to 20 plants that
 * make 50 lots each; 1,000 wholesalers re-pack each into 9 lots, shipped to 2,000 end holders. Timed: the
 * impact assessment (goal p99 < 500 ms on both engines) and the affected-list export (.xlsx and CSV, goal
 * < 2 s), against a baseline in the same run: one batched custody read of the same 10,000 lots.
 */
import { Writable } from 'node:stream'
import { completeUscc } from '../src/domain/identifiers/uscc.js'
import type { PartyId, SiteId } from '../src/domain/ids.js'
import type { Party, PartyKind, Site } from '../src/domain/master-data.js'
import { captureEvents } from '../src/services/capture/capture-events.js'
import { assessImpact } from '../src/services/impact/assess.js'
import { writeImpactCsv, writeImpactXlsx } from '../src/services/impact/export.js'
import type { EngineName } from '../src/storage/dialect/dialect.js'
import { newRowId } from '../src/storage/ids.js'
import { bizStepSpelling, standardFields } from './standard-fields.js'
import { largeDemo } from './large-demo.js'
import { latency, round, type Figure } from './support.js'

const PLANTS = 20
const LOTS_PER_PLANT = 50
const REPACKS = 9
const HOLDERS = 2000
const REGIONS = ['110105', '310115', '330106', '320505', '440106', '440305', '441402', '460106', '510107', '420106', '350203', '370202']
const KINDS: PartyKind[] = ['school_canteen', 'hospital', 'supermarket', 'ecommerce', 'retailer', 'canteen', 'market', 'pharmacy']

function party(serial: number, name: string, kind: PartyKind, regionCode: string): { party: Party; site: Site } {
  const id = newRowId<PartyId>()
  const createdAt = '2026-09-01T00:00:00.000Z'
  return {
    party: {
      id, uscc: completeUscc(`91${regionCode}MB${String(serial).padStart(6, '0')}`), name, kind, regionCode, contactName: `联系人${serial}`,
      contactPhone: `1390000${String(serial).padStart(4, '0')}`, categories: ['food'], licences: [], createdAt,
    },
    site: { id: newRowId<SiteId>(), partyId: id, name: `${name}仓库`, kind: 'site', regionCode, createdAt },
  }
}

/** The outbreak's parties and events: 1 + 1,000 + 9,000 lots, 2,000 end holders. */
export function outbreak(): { parties: Party[]; sites: Site[]; events: unknown[]; root: string; lots: number } {
  let serial = 0
  const all: { party: Party; site: Site }[] = []
  const make = (name: string, kind: PartyKind, region: string) => {
    const made = party(++serial, name, kind, region)
    all.push(made)
    return made
  }
  const supplier = make('原料供应商', 'manufacturer', '330106')
  const plants = Array.from({ length: PLANTS }, (_, i) => make(`加工厂${i}`, 'processor', REGIONS[i % REGIONS.length]))
  const wholesalers = Array.from({ length: PLANTS * LOTS_PER_PLANT }, (_, i) => make(`批发商${i}`, 'wholesaler', REGIONS[i % REGIONS.length]))
  const holders = Array.from({ length: HOLDERS }, (_, i) => make(`终端${i}`, KINDS[i % KINDS.length], REGIONS[(i * 7) % REGIONS.length]))
  const lot = (item: string, name: string) => `urn:epc:class:lgtin:6901234.0${item}.${name}`
  const q = (code: string, quantity: number) => [{ epcClass: code, quantity, uom: 'KGM' }]
  const made = standardFields('food', 'production', 'production')
  const shipped = standardFields('food', 'distribution', 'wholesale_sale')
  const received = standardFields('food', 'distribution', 'purchase_check')
  let minute = 0
  const time = (day: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + day * 86_400_000 + (minute++ % 1400) * 60_000).toISOString()
  const as = (p: { party: Party; site: Site }) => ({ eventTimeZoneOffset: '+08:00', 'zs:party': p.party.uscc, bizLocation: { id: p.site.id } })
  const ship = (day: number, from: typeof supplier, to: typeof supplier, code: string, quantity: number) => [
    { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: time(day), ...as(from), ...shipped, destinationList: [{ type: 'owning_party', destination: to.party.uscc }], quantityList: q(code, quantity) },
    { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: time(day + 1), ...as(to), ...received, sourceList: [{ type: 'owning_party', source: from.party.uscc }], quantityList: q(code, quantity) },
  ]
  const root = lot('99001', 'OUTBREAK')
  const events: unknown[] = [{ type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: time(0), ...as(supplier), ...made, quantityList: q(root, PLANTS * 100) }]
  let lots = 1
  plants.forEach((plant, p) => {
    events.push(...ship(1, supplier, plant, root, 100))
    const outputs = Array.from({ length: LOTS_PER_PLANT }, (_, i) => lot('99002', `P${p}-${i}`))
    lots += outputs.length
    events.push({ type: 'TransformationEvent', bizStep: bizStepSpelling('processing'), eventTime: time(3), ...as(plant), ...made, inputQuantityList: q(root, 100), outputQuantityList: outputs.flatMap((o) => q(o, 90)) })
    outputs.forEach((output, i) => {
      const wholesaler = wholesalers[p * LOTS_PER_PLANT + i]
      events.push(...ship(5, plant, wholesaler, output, 90))
      const repacked = Array.from({ length: REPACKS }, (_, r) => lot('99003', `W${p}-${i}-${r}`))
      lots += repacked.length
      events.push({ type: 'TransformationEvent', bizStep: bizStepSpelling('processing'), eventTime: time(7), ...as(wholesaler), ...made, inputQuantityList: q(output, 90), outputQuantityList: repacked.flatMap((o) => q(o, 10)) })
      repacked.forEach((code, r) => events.push(...ship(9, wholesaler, holders[((p * LOTS_PER_PLANT + i) * REPACKS + r) % HOLDERS], code, 10)))
    })
  })
  return { parties: all.map((a) => a.party), sites: all.map((a) => a.site), events, root, lots }
}

const nullSink = () => new Writable({ write: (_chunk, _encoding, done) => done() })

export async function benchImpact(engine: EngineName, size: number): Promise<Figure[]> {
  const { app } = await largeDemo(engine, size)
  const chain = outbreak()
  for (let i = 0; i < chain.parties.length; i += 500) {
    await app.store.parties.insertMany(chain.parties.slice(i, i + 500))
    await app.store.sites.insertMany(chain.sites.slice(i, i + 500))
  }
  const deps = { store: app.store, clock: app.clock, log: app.log, captureLimit: 100_000 }
  for (let i = 0; i < chain.events.length; i += 5000) await captureEvents(deps, chain.events.slice(i, i + 5000), '/events')
  const check = await assessImpact(app.store, chain.root)
  if (check.lotCount !== chain.lots) throw new Error(`impact reached ${check.lotCount} lots, expected ${chain.lots}`)
  const endHolders = check.holders.filter((h) => h.kind !== 'wholesaler' && h.kind !== 'processor').length
  if (endHolders !== HOLDERS) throw new Error(`impact listed ${endHolders} end holders, expected ${HOLDERS}`)
  const unitIds = check.holders.flatMap((h) => h.units.map((u) => u.unitId))
  const baseline = await latency(20, 3, () => app.store.custody.findByUnitIds(unitIds))
  const impact = await latency(20, 3, () => assessImpact(app.store, chain.root))
  const note = (t: { p50: number; p99: number }) => `p50 ${round(t.p50, 1)} ms, ${round(t.p99 / baseline.p99, 1)}× baseline`
  const figures: Figure[] = [
    { benchmark: `custody read of ${chain.lots} lots (baseline)`, engine, value: round(baseline.p99, 1), unit: 'ms p99', note: `p50 ${round(baseline.p50, 1)} ms, ${size} events in the database` },
    { benchmark: `impact ${chain.lots} lots / ${check.holderCount} holders`, engine, value: round(impact.p99, 1), unit: 'ms p99', goal: '< 500', met: impact.p99 < 500, note: note(impact) },
  ]
  for (const [format, write] of [['xlsx', writeImpactXlsx], ['csv', writeImpactCsv]] as const) {
    const timing = await latency(5, 1, async () => write(await assessImpact(app.store, chain.root), nullSink()))
    figures.push({ benchmark: `affected list export (${format})`, engine, value: round(timing.p99, 0), unit: 'ms p99', goal: '< 2000', met: timing.p99 < 2000, note: note(timing) })
  }
  return figures
}
