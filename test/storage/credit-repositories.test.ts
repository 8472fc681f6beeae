/** The credit, blacklist and inspection-draw repositories behave the same on every engine. */
import { describe, expect, it } from 'vitest'
import type { BlacklistEntry } from '../../src/domain/credit/blacklist.js'
import type { CreditSnapshot } from '../../src/domain/credit/snapshot.js'
import type { PartyId } from '../../src/domain/ids.js'
import type { Party } from '../../src/domain/master-data.js'
import { newRowId } from '../../src/storage/ids.js'
import type { Store } from '../../src/storage/store.js'
import { engines, freshStore } from '../support/engines.js'
import { makeUscc } from '../support/factories.js'

const NOW = '2026-11-20T08:00:00.000Z'

async function party(store: Store, name: string, regionCode: string, categories: Party['categories']): Promise<Party> {
  const p: Party = { id: newRowId<PartyId>(), uscc: makeUscc(regionCode), name, kind: 'retailer', regionCode, categories, licences: [], createdAt: NOW }
  await store.parties.insert(p)
  return p
}

const snapshot = (partyId: string, score: number, computedAt: string): CreditSnapshot => ({
  id: newRowId(), partyId, computedAt, modelVersion: 'credit-v1', score, grade: score >= 90 ? 'A' : score >= 60 ? 'C' : 'D', reasons: [],
})

const entry = (p: Party, overrides: Partial<BlacklistEntry> = {}): BlacklistEntry => ({
  id: newRowId(), partyId: p.id, partyName: p.name, uscc: p.uscc, regionCode: p.regionCode, reason: '检验不合格', decisionNo: '梅市监信〔2026〕1号',
  decisionTitle: '决定书', authority: '梅州市市场监督管理局', validFrom: '2026-11-01', validTo: '2027-10-31', createdAt: NOW, createdBy: 'org', ...overrides,
})

describe.each(engines())('credit repositories on %s', (engine) => {
  it('keeps every snapshot, lists the newest per party sorted and paged, within region and categories', async () => {
    const store = await freshStore(engine)
    const a = await party(store, '甲食品店', '441402', ['food'])
    const b = await party(store, '乙食品店', '441403', ['food'])
    const c = await party(store, '丙药店', '460105', ['drug'])
    await store.credit.append(snapshot(a.id, 100, '2026-11-01T00:00:00.000Z'), { name: a.name, regionCode: a.regionCode })
    await store.credit.append(snapshot(a.id, 55, '2026-11-10T00:00:00.000Z'), { name: a.name, regionCode: a.regionCode })
    await store.credit.append(snapshot(b.id, 70, '2026-11-05T00:00:00.000Z'), { name: b.name, regionCode: b.regionCode })
    await store.credit.append(snapshot(c.id, 90, '2026-11-05T00:00:00.000Z'), { name: c.name, regionCode: c.regionCode })

    expect((await store.credit.history(a.id, 10)).map((s) => s.score)).toEqual([55, 100])
    expect((await store.credit.latest(a.id))?.score).toBe(55)
    const worst = await store.credit.list({ sort: 'score', limit: 2, offset: 0 })
    expect([worst.total, worst.rows.map((r) => r.partyName)]).toEqual([3, ['甲食品店', '乙食品店']])
    expect((await store.credit.list({ sort: '-score', limit: 1, offset: 1 })).rows[0]?.partyName).toBe('乙食品店')
    expect((await store.credit.list({ sort: 'score', regionPrefix: '4414', categories: ['food'], limit: 10, offset: 0 })).total).toBe(2)
    expect((await store.credit.list({ sort: 'score', categories: ['drug'], grade: 'A', limit: 10, offset: 0 })).rows.map((r) => r.partyId)).toEqual([c.id])
    expect((await store.credit.list({ sort: 'score', categories: [], limit: 10, offset: 0 })).total).toBe(0)
  })

  it('finds blacklist entries in force on a date, and allows one revocation per entry', async () => {
    const store = await freshStore(engine)
    const a = await party(store, '甲食品店', '441402', ['food'])
    const current = entry(a)
    const old = entry(a, { validFrom: '2024-01-01', validTo: '2024-12-31' })
    await store.blacklist.insert(current)
    await store.blacklist.insert(old)
    expect((await store.blacklist.inForceFor([a.id], '2026-11-20')).map((e) => e.id)).toEqual([current.id])
    expect((await store.blacklist.list({ text: '食品', limit: 10, offset: 0 })).total).toBe(2)
    expect((await store.blacklist.list({ uscc: a.uscc, inForceOn: '2026-11-20', limit: 10, offset: 0 })).total).toBe(1)

    await store.blacklist.insertRevocation({ id: newRowId(), entryId: current.id, reason: '信用修复', revokedAt: NOW, revokedBy: 'org' })
    const again = await store.blacklist.insertRevocation({ id: newRowId(), entryId: current.id, reason: '再次', revokedAt: NOW, revokedBy: 'org' }).catch((e: unknown) => e)
    expect(store.isUniqueViolation(again)).toBe(true)
    expect((await store.blacklist.findById(current.id))?.revocation?.reason).toBe('信用修复')
    expect(await store.blacklist.inForceFor([a.id], '2026-11-20')).toEqual([])
  })

  it('reads the alerts about a party for credit, leaving out dismissed ones', async () => {
    const store = await freshStore(engine)
    const a = await party(store, '甲食品店', '441402', ['food'])
    const alert = (status: string, severity: string) => ({
      id: newRowId(), rule: 'reporting_gap', severity, subject_kind: 'party', subject_id: a.id, subject_key: a.id, dedup_key: newRowId(), party_id: a.id,
      region_code: a.regionCode, category: 'food', message_zh: '长期未上报', message_en: 'Silent', thresholds: '{}', data: '{}', status, evidence_count: 0, created_at: NOW, updated_at: NOW,
    })
    const open = alert('open', 'high')
    const resolved = alert('resolved', 'low')
    await store.alerts.insert(open)
    await store.alerts.insert(resolved)
    await store.alerts.insert(alert('dismissed', 'medium'))
    const facts = await store.creditSignals.alertsAbout(a.id, '2026-01-01T00:00:00.000Z', 10)
    expect(facts.map((f) => [f.id, f.severity, f.status]).sort()).toEqual([[open.id, 'high', 'open'], [resolved.id, 'low', 'resolved']].sort())
  })
})
