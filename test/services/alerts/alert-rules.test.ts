/** Each early-warning rule fires on a crafted history and stays silent on a clean one, on every engine. */
import { describe, expect, it } from 'vitest'
import { sweepTimedRules } from '../../../src/services/alerts/sweep.js'
import { fixedClock } from '../../../src/services/clock.js'
import { engines } from '../../support/engines.js'
import { ZHUISU_BIZ_STEP_PREFIX } from '../../../src/domain/events/vocabulary.js'
import { buildAlertWorld, made, shipped, step } from './alert-world.js'

const ZS_STEP = (word: string) => `${ZHUISU_BIZ_STEP_PREFIX}${word}`

const FOOD_LICENCE = [{ type: '食品经营许可证', number: 'JY14414020000011', validUntil: '2030-01-01' }]

describe.each(engines())('early-warning rules on %s', (engine) => {
  it('mass_balance: more shipped than made fires; a balanced lot stays silent; a repeat adds evidence', async () => {
    const w = await buildAlertWorld(engine)
    const a = await w.party('梅州农场', 'farm', '441402', ['agri'])
    const b = await w.party('梅州批发', 'wholesaler', '441402', ['agri'])
    const item = await w.product('agri')
    const bad = w.lot(item)
    const good = w.lot(item)
    await w.capture([made(a.uscc, bad, 10), made(a.uscc, good, 10), shipped(a.uscc, b.uscc, good, 10)])
    expect(await w.alerts('?rule=mass_balance')).toEqual([])
    await w.capture([shipped(a.uscc, b.uscc, bad, 15)])
    await w.capture([shipped(a.uscc, b.uscc, bad, 1, '2026-11-11')])
    const alerts = await w.alerts('?rule=mass_balance')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ rule: 'mass_balance', severity: 'medium', status: 'open', subject: { kind: 'party', id: a.id }, regionCode: '441402', category: 'agri', evidenceCount: 2 })
    expect(alerts[0].message.zh).toContain('15')
    expect(alerts[0].evidence[0].unitKey).toMatch(/^01\/0690123400/)
  })

  it('hazardous_balance: more used than received fires for hazardous goods only', async () => {
    const w = await buildAlertWorld(engine)
    const a = await w.party('化工用户', 'user', '441402', ['hazardous'])
    const item = await w.product('hazardous')
    const lot = w.lot(item)
    const fine = w.lot(item)
    await w.capture([made(a.uscc, lot, 5), made(a.uscc, fine, 5), step(a.uscc, ZS_STEP('using'), fine, 5)])
    expect(await w.alerts()).toEqual([])
    await w.capture([step(a.uscc, ZS_STEP('using'), lot, 6)])
    expect((await w.alerts()).map((x) => x.rule)).toEqual(['hazardous_balance'])
  })

  it('expired_sale: shipped after the ILMD expiry date fires; before it, silent', async () => {
    const w = await buildAlertWorld(engine)
    const a = await w.party('食品厂', 'manufacturer', '441402', ['food'], FOOD_LICENCE)
    const b = await w.party('超市', 'supermarket', '441402', ['food'], FOOD_LICENCE)
    const item = await w.product('food')
    const old = w.lot(item)
    const fresh = w.lot(item)
    await w.capture([
      made(a.uscc, old, 10, '2025-01-01', { 'cbvmda:itemExpirationDate': '2026-01-01' }),
      made(a.uscc, fresh, 10, '2026-11-01', { 'cbvmda:itemExpirationDate': '2027-05-01' }),
      shipped(a.uscc, b.uscc, fresh, 10),
    ])
    expect(await w.alerts()).toEqual([])
    await w.capture([shipped(a.uscc, b.uscc, old, 10)])
    const [alert] = await w.alerts()
    expect(alert).toMatchObject({ rule: 'expired_sale', severity: 'high', data: { expiryDate: '2026-01-01', day: '2026-11-10' } })
  })

  it('failed_inspection_shipped: a non_conformant inspection then a shipment fires; a passed one stays silent', async () => {
    const w = await buildAlertWorld(engine)
    const a = await w.party('农场', 'farm', '441402', ['agri'])
    const b = await w.party('市场', 'market', '441402', ['agri'])
    const item = await w.product('agri')
    const failed = w.lot(item)
    const passed = w.lot(item)
    await w.capture([
      made(a.uscc, failed, 10), made(a.uscc, passed, 10),
      step(a.uscc, 'inspecting', passed, undefined, '2026-11-04', { disposition: 'conformant' }),
      shipped(a.uscc, b.uscc, passed, 10),
    ])
    expect(await w.alerts()).toEqual([])
    await w.capture([step(a.uscc, 'inspecting', failed, undefined, '2026-11-04', { disposition: 'non_conformant' })])
    await w.capture([shipped(a.uscc, b.uscc, failed, 10)])
    const [alert] = await w.alerts()
    expect(alert).toMatchObject({ rule: 'failed_inspection_shipped', subject: { id: a.id } })
    expect(alert.evidence).toHaveLength(2)
  })

  it('unlicensed_receiver: food shipped to a receiver without a valid 食品经营许可证 fires', async () => {
    const w = await buildAlertWorld(engine)
    const a = await w.party('食品厂', 'manufacturer', '441402', ['food'], FOOD_LICENCE)
    const licensed = await w.party('超市', 'supermarket', '441402', ['food'], FOOD_LICENCE)
    const expired = await w.party('小店', 'retailer', '441402', ['food'], [{ type: '食品经营许可证', number: 'JY1441402000002X', validUntil: '2026-01-01' }])
    const item = await w.product('food')
    const lot = w.lot(item)
    await w.capture([made(a.uscc, lot, 10), shipped(a.uscc, licensed.uscc, lot, 5)])
    expect(await w.alerts()).toEqual([])
    await w.capture([shipped(a.uscc, expired.uscc, lot, 5)])
    const [alert] = await w.alerts()
    expect(alert).toMatchObject({ rule: 'unlicensed_receiver', subject: { kind: 'party', id: expired.id }, subjectKey: 'food' })
  })

  it('duplicate_serial: one serial sold twice, or seen in two distant cities within hours, fires', async () => {
    const w = await buildAlertWorld(engine)
    const meizhou = await w.party('梅州药店', 'pharmacy', '441402', ['drug'])
    const meizhou2 = await w.party('梅州药店二', 'pharmacy', '441402', ['drug'])
    const beijing = await w.party('北京药店', 'pharmacy', '110105', ['drug'])
    const item = await w.product('agri', 'H87')
    const once = w.item(item)
    const twice = w.item(item)
    const travelled = w.item(item)
    await w.capture([
      step(meizhou.uscc, 'storing', once, undefined, '2026-11-10T08:00:00+08:00'),
      step(meizhou.uscc, 'retail_selling', once, undefined, '2026-11-10T09:00:00+08:00'),
    ])
    expect(await w.alerts()).toEqual([])
    await w.capture([step(meizhou.uscc, 'retail_selling', twice, undefined, '2026-11-10T09:00:00+08:00')])
    await w.capture([step(meizhou2.uscc, 'retail_selling', twice, undefined, '2026-11-12T09:00:00+08:00')])
    await w.capture([
      step(meizhou.uscc, 'retail_selling', travelled, undefined, '2026-11-10T09:00:00+08:00'),
      step(beijing.uscc, 'retail_selling', travelled, undefined, '2026-11-10T11:00:00+08:00'),
    ])
    const found = (await w.alerts('?rule=duplicate_serial')).map((a) => a.data.reason).sort()
    expect(found).toEqual(['sold_twice', 'sold_twice'])
    const observed = w.item(item)
    await w.capture([
      step(meizhou.uscc, 'retail_selling', observed, undefined, '2026-11-13T09:00:00+08:00'),
      step(beijing.uscc, 'receiving', observed, undefined, '2026-11-13T10:00:00+08:00', { disposition: 'in_progress' }),
    ])
    expect(await w.alerts('?rule=duplicate_serial')).toHaveLength(2)
  })

  it('quota_exceeded: rare earth made beyond the party\'s yearly quota fires', async () => {
    const w = await buildAlertWorld(engine)
    const mine = await w.party('稀土矿', 'mine', '150200', ['rare_earth'])
    const item = await w.product('rare_earth')
    const put = await w.platform.server.inject({ method: 'PUT', url: '/api/v1/quotas', payload: { partyId: mine.id, year: 2026, quantity: 100, uom: 'KGM' } })
    expect(put.statusCode).toBe(200)
    await w.capture([made(mine.uscc, w.lot(item), 80)])
    expect(await w.alerts()).toEqual([])
    await w.capture([made(mine.uscc, w.lot(item), 30, '2026-11-02')])
    const [alert] = await w.alerts()
    expect(alert).toMatchObject({ rule: 'quota_exceeded', subjectKey: '2026|KGM', data: { used: '110', quota: '100' } })
  })

  it('reporting_gap and maintenance_overdue: the sweep fires on a fixed clock past the period, not before', async () => {
    const w = await buildAlertWorld(engine)
    const maintainer = await w.party('电梯维保', 'maintainer', '441402', ['equipment'])
    const item = await w.product('equipment', 'H87')
    const lateElevator = w.item(item)
    const keptElevator = w.item(item)
    await w.capture([
      step(maintainer.uscc, ZS_STEP('maintaining'), lateElevator, undefined, '2026-11-01'),
      step(maintainer.uscc, ZS_STEP('maintaining'), keptElevator, undefined, '2026-11-18'),
    ])
    const store = w.platform.app.store
    expect((await sweepTimedRules(store, fixedClock('2026-11-10T00:00:00.000Z'))).opened).toBe(0)
    await sweepTimedRules(store, fixedClock('2026-11-20T00:00:00.000Z'))
    const overdue = await w.alerts('?rule=maintenance_overdue')
    expect(overdue).toHaveLength(1)
    expect(overdue[0]).toMatchObject({ subject: { kind: 'unit' }, partyId: maintainer.id, data: { days: 18, limit: 15 } })
    expect(await w.alerts('?rule=reporting_gap')).toEqual([])
    await sweepTimedRules(store, fixedClock('2027-01-15T00:00:00.000Z'))
    expect((await w.alerts('?rule=reporting_gap')).map((a) => a.subject.id)).toEqual([maintainer.id])
    // The same silence is alerted once, even after the alert is closed.
    await sweepTimedRules(store, fixedClock('2027-01-16T00:00:00.000Z'))
    expect(await w.alerts('?rule=reporting_gap')).toHaveLength(1)
  })
})
