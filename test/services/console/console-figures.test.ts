/**
 * The console's figures on a crafted dataset, on every engine: coverage, timeliness, completeness,
 * accuracy, flows; the rollups stay right after more captures, after a second or concurrent refresh and
 * when the watermark moves past what was counted.
 */
import { describe, expect, it } from 'vitest'
import { ANONYMOUS } from '../../../src/domain/accounts/actor.js'
import { exampleData } from '../../../src/domain/standards/examples.js'
import { allSteps, STANDARD } from '../../../src/domain/standards/standard.js'
import type { Scope } from '../../../src/services/access/scope.js'
import { fixedClock } from '../../../src/services/clock.js'
import { getCoverage, listCoverageParties } from '../../../src/services/console/coverage.js'
import { listDrillEvents } from '../../../src/services/console/drill-down.js'
import { getQuality } from '../../../src/services/console/quality.js'
import { catchUpRollups, rebuildRollups, refreshRollups } from '../../../src/services/console/refresh-rollups.js'
import { getVolumes } from '../../../src/services/console/volumes.js'
import { buildTestPlatform, TEST_NOW, type TestPlatform } from '../../support/build-app.js'
import { engines } from '../../support/engines.js'
import { withGs1Check } from '../../../src/domain/identifiers/gs1.js'
import { capture, makeProduct, makeUscc } from '../../support/factories.js'

const LOT = 'urn:epc:class:lgtin:6901234.000077.C2611'
const operator: Scope = { kind: 'all', actor: { ...ANONYMOUS, role: 'operator' } }
const meizhouFood: Scope = { kind: 'region', actor: { ...ANONYMOUS, role: 'regulator' }, regionPrefix: '4414', categories: ['food'] }
const haikouDrug: Scope = { kind: 'region', actor: { ...ANONYMOUS, role: 'regulator' }, regionPrefix: '4601', categories: ['drug'] }

interface Party { id: string; uscc: string; siteId: string }

async function crafted(engine: Parameters<typeof buildTestPlatform>[0]) {
  const platform = await buildTestPlatform(engine)
  const { server } = platform
  const party = async (name: string, regionCode: string, category: string): Promise<Party> => {
    const uscc = makeUscc(regionCode)
    const reply = await server.inject({ method: 'POST', url: '/api/v1/parties', payload: { name, kind: 'manufacturer', regionCode, uscc, categories: [category] } })
    const { id } = reply.json() as { id: string }
    const site = await server.inject({ method: 'POST', url: `/api/v1/parties/${id}/sites`, payload: { name: `${name}场所`, kind: 'site', regionCode } })
    return { id, uscc, siteId: (site.json() as { id: string }).id }
  }
  const p1 = await party('梅江腊肉厂', '441402', 'food')
  const p2 = await party('梅县食品批发', '441403', 'food')
  const p3 = await party('海口超市', '460106', 'food')
  const p4 = await party('梅江沉默食品店', '441402', 'food')
  const p5 = await party('海口药房', '460106', 'drug')
  const productId = await makeProduct(server, '梅州腊肉', withGs1Check('0690123400077'), 'food')
  return { platform, p1, p2, p3, p4, p5, productId }
}

// TEST_NOW is 2026-11-20 16:00 in Shanghai: delays below are counted against it.
const at = (day: number, hhmm: string) => `2026-11-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`
/** What a food event of the step needs to pass the data standard: category, stage and the step's elements. */
function foodFields(stage: string, step: string): Record<string, unknown> {
  const found = allSteps(STANDARD.food).find((r) => r.stage.code === stage && r.step.code === step)!
  return { 'zs:category': 'food', 'zs:stage': stage, 'zs:data': exampleData(found.step) }
}
const made = (p: Party, time: string, quantity = 100) => ({ type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: time, 'zs:party': p.uscc, bizLocation: { id: p.siteId }, ...foodFields('production', 'production'), quantityList: [{ epcClass: LOT, quantity, uom: 'KGM' }] })
const ship = (from: Party, to: Party, time: string, quantity: number) => ({
  type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: time, 'zs:party': from.uscc, bizLocation: { id: from.siteId }, ...foodFields('distribution', 'wholesale_sale'),
  destinationList: [{ type: 'owning_party', destination: to.uscc }], quantityList: [{ epcClass: LOT, quantity, uom: 'KGM' }],
})

async function captureOk(platform: TestPlatform, events: unknown[]) {
  const reply = await capture(platform.server, events)
  expect(reply.statusCode, reply.body).toBe(201)
}

describe.each(engines())('console figures on %s', (engine) => {
  it('computes coverage, timeliness, completeness, accuracy and flows, and stays right as events arrive', async () => {
    const { platform, p1, p2, p3, p4, productId } = await crafted(engine)
    const deps = { store: platform.app.store, clock: platform.app.clock }
    await captureOk(platform, [
      made(p1, at(19, '08:00')), // 32 h late → ≤ 72 h
      ship(p1, p2, at(20, '10:00'), 100), // 6 h → ≤ 6 h
      ship(p1, p3, at(20, '15:58'), 30), // 2 min → ≤ 5 min
      { ...ship(p2, p3, at(20, '12:00'), 10), bizLocation: { id: 'urn:epc:id:sgln:6901234.00001.0' } }, // an unregistered site
    ])

    const coverage = await getCoverage(deps, meizhouFood, {})
    expect(coverage.total).toMatchObject({ registered: 3, active: 2 })
    expect(coverage.total.share).toBeCloseTo(2 / 3)
    expect(coverage.byCategory).toEqual([expect.objectContaining({ category: 'food', registered: 3, active: 2 })])
    expect(coverage.byCounty.map((c) => [c.regionCode, c.registered, c.active])).toEqual([['441402', 2, 1], ['441403', 1, 1]])
    expect(coverage.counties.covered).toBe(2)
    expect(coverage.counties.uncovered.map((c) => c.regionCode)).not.toContain('441402')
    expect(coverage.counties.uncovered.map((c) => c.regionCode)).toContain('441422')
    const inactive = await listCoverageParties(deps, meizhouFood, { status: 'inactive' }, {})
    expect(inactive.parties.map((p) => p.id)).toEqual([p4.id])

    const quality = await getQuality(deps, meizhouFood, {}, {})
    const q1 = quality.parties.find((p) => p.partyId === p1.id)!
    expect(q1).toMatchObject({ events: 3, medianMinutes: 360, p90Minutes: 4320, completeness: 1, accuracy: 1, reportingDays: 2 })
    expect(q1.within24h).toBeCloseTo(2 / 3)
    expect(q1.operationRate).toBeCloseTo(2 / 30)
    const q2 = quality.parties.find((p) => p.partyId === p2.id)!
    expect(q2).toMatchObject({ events: 1, flagged: 1, accuracy: 0 })
    expect(quality.parties.map((p) => p.partyId)).not.toContain(p3.id)

    const volumes = await getVolumes(deps, operator, {})
    expect(volumes.totalEvents).toBe(4)
    expect(volumes.perDay.find((d) => d.day === '2026-11-20')?.events).toBe(3)
    expect(volumes.provinceFlows).toEqual([
      expect.objectContaining({ from: '440000', to: '460000', movements: 2, quantities: [{ uom: 'KGM', quantity: 40 }] }),
      expect.objectContaining({ from: '440000', to: '440000', movements: 1, quantities: [{ uom: 'KGM', quantity: 100 }] }),
    ])
    expect(volumes.cityFlows.map((f) => [f.from, f.to, f.movements])).toEqual([['441400', '460100', 2], ['441400', '441400', 1]])
    expect(volumes.topParties[0]).toMatchObject({ partyId: p1.id, events: 3 })
    expect(volumes.topProducts).toEqual([{ productId, name: '梅州腊肉', category: 'food', events: 4 }])

    const flowEvents = await listDrillEvents(deps, operator, { fromRegion: '441400', toRegion: '460000' }, {})
    expect(flowEvents.events).toHaveLength(2)
    const dayEvents = await listDrillEvents(deps, meizhouFood, { partyId: p1.id, day: '2026-11-19' }, {})
    expect(dayEvents.events.map((e) => e.bizStep)).toEqual(['commissioning'])

    // More captures: the rollups add exactly them, and a second or concurrent refresh counts nothing twice.
    await captureOk(platform, [ship(p4, p2, at(20, '09:00'), 5), made(p2, at(18, '08:00'))])
    await Promise.all([refreshRollups(deps), refreshRollups(deps), refreshRollups(deps)])
    const after = await getCoverage(deps, meizhouFood, {})
    expect(after.total).toMatchObject({ registered: 3, active: 3 })
    const volumesAfter = await getVolumes(deps, operator, {})
    expect(volumesAfter.totalEvents).toBe(6)
    expect(volumesAfter.provinceFlows.find((f) => f.to === '440000')).toMatchObject({ movements: 2, quantities: [{ uom: 'KGM', quantity: 105 }] })
    expect((await getQuality(deps, meizhouFood, {}, {})).parties.find((p) => p.partyId === p2.id)).toMatchObject({ events: 2, reportingDays: 2 })
  })

  it('moves the watermark past counted events without counting them again', async () => {
    const { platform, p1, p2 } = await crafted(engine)
    await captureOk(platform, [made(p1, at(19, '08:00')), ship(p1, p2, at(20, '10:00'), 100)])
    const store = platform.app.store
    await refreshRollups({ store, clock: fixedClock(TEST_NOW) })
    const later = fixedClock('2026-11-20T09:00:00.000Z')
    await refreshRollups({ store, clock: later, recheckMs: 0 })
    expect(await store.consoleRollups.watermark('event')).toBe('2026-11-20T08:58:00.000Z')
    expect(await store.consoleRollups.tailCounts('event', '2026-11-20T08:58:00.000Z')).toEqual({ above: 0, seen: 0 })
    const volumes = await getVolumes({ store, clock: later }, operator, {})
    expect(volumes.totalEvents).toBe(2)
  })

  it('counts large backlogs in batches with the same result', async () => {
    const { platform, p1, p2 } = await crafted(engine)
    await captureOk(platform, Array.from({ length: 12 }, (_, i) => ship(p1, p2, at(10 + (i % 5), '10:00'), i + 1)))
    const deps = { store: platform.app.store, clock: platform.app.clock, batchSize: 5 }
    await refreshRollups(deps)
    const volumes = await getVolumes(deps, operator, {})
    expect(volumes.totalEvents).toBe(12)
    expect(volumes.provinceFlows).toEqual([expect.objectContaining({ movements: 12, quantities: [{ uom: 'KGM', quantity: 78 }] })])
  })

  it('counts incrementally (reads, batches, concurrent passes) exactly what a rebuild from the events counts', async () => {
    const { platform, p1, p2, p3, p4, p5 } = await crafted(engine)
    const deps = { store: platform.app.store, clock: platform.app.clock }
    const store = platform.app.store
    await captureOk(platform, [made(p1, at(19, '08:00')), ship(p1, p2, at(20, '10:00'), 100), ship(p1, p3, at(3, '15:58'), 30)])
    expect((await getVolumes(deps, operator, {})).totalEvents).toBe(3)
    await captureOk(platform, [ship(p2, p3, at(12, '12:00'), 10), made(p4, at(1, '09:00')), { ...made(p2, at(20, '07:00')), bizLocation: { id: 'urn:epc:id:sgln:6901234.00001.0' } }])
    await captureOk(platform, Array.from({ length: 7 }, (_, i) => ship(p1, p4, at(5 + i, '10:00'), i + 1)))
    await Promise.all([catchUpRollups({ ...deps, batchSize: 3 }), catchUpRollups({ ...deps, batchSize: 3 }), refreshRollups({ ...deps, recheckMs: 0 })])
    await captureOk(platform, [{ type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: at(18, '09:00'), 'zs:party': p5.uscc, bizLocation: { id: p5.siteId }, quantityList: [{ epcClass: LOT, quantity: 1, uom: 'KGM' }] }])
    // Earlier months: whole months come from the monthly rollups, the days at the period's edges from the daily ones.
    await captureOk(platform, [ship(p1, p2, '2026-09-03T10:00:00+08:00', 1), ship(p1, p2, '2026-09-10T10:00:00+08:00', 2), ship(p1, p3, '2026-10-05T10:00:00+08:00', 3)])
    const movements = async (days: number) => (await getVolumes(deps, operator, { days })).provinceFlows.reduce((sum, f) => sum + f.movements, 0)
    expect([await movements(90), await movements(75), await movements(47), await movements(10)]).toEqual([13, 12, 11, 3])
    const coverage = await getCoverage(deps, operator, {})
    const volumes = await getVolumes(deps, operator, {})
    expect(volumes.topParties[0]).toMatchObject({ partyId: p1.id, events: 13 })
    const quality = await getQuality(deps, operator, {}, {})
    const counted = await store.consoleRollups.derivedRows()
    expect(counted.console_region_day.length).toBeGreaterThan(0)
    expect(counted.console_party_span.length).toBeGreaterThan(0)
    expect(counted.console_party_month.length).toBeGreaterThan(0)

    expect(await rebuildRollups(deps)).toMatchObject({ events: 17 })
    expect(await store.consoleRollups.derivedRows()).toEqual(counted)
    expect(await getCoverage(deps, operator, {})).toEqual(coverage)
    expect(await getVolumes(deps, operator, {})).toEqual(volumes)
    expect(await getQuality(deps, operator, {}, {})).toEqual(quality)
  })

  it('shows a regulator of another region and category nothing', async () => {
    const { platform, p1, p2, p5 } = await crafted(engine)
    await captureOk(platform, [ship(p1, p2, at(20, '10:00'), 100)])
    const deps = { store: platform.app.store, clock: platform.app.clock }
    const coverage = await getCoverage(deps, haikouDrug, {})
    expect(coverage.total).toMatchObject({ registered: 1, active: 0 })
    expect((await getVolumes(deps, haikouDrug, {})).totalEvents).toBe(0)
    expect((await getVolumes(deps, haikouDrug, {})).provinceFlows).toEqual([])
    expect((await getQuality(deps, haikouDrug, {}, {})).parties).toEqual([])
    expect((await listCoverageParties(deps, haikouDrug, {}, {})).parties.map((p) => p.id)).toEqual([p5.id])
    await expect(getCoverage(deps, haikouDrug, { regionCode: '441400' })).rejects.toMatchObject({ code: 'forbidden' })
    await expect(getCoverage(deps, meizhouFood, { category: 'drug' })).rejects.toMatchObject({ code: 'forbidden' })
  })
})
