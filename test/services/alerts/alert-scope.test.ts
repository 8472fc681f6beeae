/** Thresholds per region, scope of the alert list, transitions and notifications, on every engine. */
import { describe, expect, it } from 'vitest'
import { ANONYMOUS } from '../../../src/domain/accounts/actor.js'
import { listAlertsFor, transitionAlertFor } from '../../../src/services/alerts/alert-access.js'
import type { Scope } from '../../../src/services/access/scope.js'
import { engines } from '../../support/engines.js'
import { buildAlertWorld, made, shipped } from './alert-world.js'

const regulator = (regionPrefix: string): Scope => ({ kind: 'region', actor: { ...ANONYMOUS, role: 'regulator', regionCode: `${regionPrefix}00`.padEnd(6, '0'), categories: ['agri'] }, regionPrefix, categories: ['agri'] })

describe.each(engines())('alert thresholds and scope on %s', (engine) => {
  it('a stricter region fires where the default stays silent; scope, workflow and notifications follow', async () => {
    const w = await buildAlertWorld(engine)
    const put = await w.platform.server.inject({ method: 'PUT', url: '/api/v1/alert-thresholds', payload: { regionCode: '441400', rule: 'mass_balance', parameters: { tolerancePct: 0 } } })
    expect(put.statusCode).toBe(200)
    const meizhou = await w.party('梅州农场', 'farm', '441402', ['agri'])
    const haikou = await w.party('海口农场', 'farm', '460105', ['agri'])
    const buyer = await w.party('批发商', 'wholesaler', '441402', ['agri'])
    const item = await w.product('agri')
    const [l1, l2] = [w.lot(item), w.lot(item)]
    // 0.5 % over: beyond Meizhou's 0 % tolerance, within the default 1 %.
    await w.capture([made(meizhou.uscc, l1, 100), made(haikou.uscc, l2, 100), shipped(meizhou.uscc, buyer.uscc, l1, 100.5), shipped(haikou.uscc, buyer.uscc, l2, 100.5)])
    const alerts = await w.alerts()
    expect(alerts.map((a) => a.subject.id)).toEqual([meizhou.id])
    expect(alerts[0].thresholds).toMatchObject({ source: '4414', parameters: { tolerancePct: 0 } })

    const deps = { store: w.platform.app.store, clock: w.platform.app.clock }
    expect((await listAlertsFor(deps, regulator('4601'), { limit: 10, offset: 0 })).total).toBe(0)
    expect((await listAlertsFor(deps, regulator('4414'), { limit: 10, offset: 0 })).total).toBe(1)
    const own = await listAlertsFor(deps, { kind: 'parties', actor: { ...ANONYMOUS, role: 'enterprise' }, own: [meizhou.id], readable: [meizhou.id] }, { limit: 10, offset: 0 })
    expect(own.alerts[0].thresholds).toBeUndefined()
    expect(own.alerts[0].nextStatuses).toEqual([])
    await expect(transitionAlertFor(deps, regulator('4601'), alerts[0].id, { to: 'acknowledged' })).rejects.toMatchObject({ code: 'alert_not_found' })
    await expect(transitionAlertFor(deps, regulator('4414'), alerts[0].id, { to: 'resolved' })).rejects.toMatchObject({ code: 'alert_note_required' })
    const moved = await transitionAlertFor(deps, regulator('4414'), alerts[0].id, { to: 'acknowledged' })
    expect(moved.history.map((h) => h.to)).toEqual(['open', 'acknowledged'])

    const notes = await w.platform.app.store.notifications.listBySubject('alert', alerts[0].id, 10)
    expect(notes.map((n) => n.type).sort()).toEqual(['alert.opened', 'alert.status_changed'])
  })
})
