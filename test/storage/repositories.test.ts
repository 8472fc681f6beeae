/** The storage contract: every repository behaves the same on every engine. */
import { describe, expect, it } from 'vitest'
import type { PartyId, ProductId, TraceUnitId } from '../../src/domain/ids.js'
import type { Party, TraceUnit } from '../../src/domain/master-data.js'
import { newRowId } from '../../src/storage/ids.js'
import { engines, freshStore } from '../support/engines.js'
import { makeUscc } from '../support/factories.js'

const NOW = '2026-11-20T08:00:00.000Z'

function party(overrides: Partial<Party> = {}): Party {
  return {
    id: newRowId<PartyId>(), uscc: makeUscc(), name: '测试主体', kind: 'farm', regionCode: '441402', categories: ['agri', 'food'],
    licences: [{ type: '食品经营许可证', number: 'JY14414020000001', validUntil: '2030-01-01' }], createdAt: NOW, ...overrides,
  }
}

function unit(key: string, overrides: Partial<TraceUnit> = {}): TraceUnit {
  return { id: newRowId<TraceUnitId>(), key, scheme: 'gs1', kind: 'lot', createdAt: NOW, ...overrides }
}

describe.each(engines())('repositories on %s', (engine) => {
  it('stores a party and finds it by id, USCC or GLN in one look-up', async () => {
    const store = await freshStore(engine)
    const p = party({ gln: '6901234000016' })
    await store.parties.insert(p)
    expect(await store.parties.findById(p.id)).toEqual(p)
    expect(await store.parties.findByUscc(p.uscc!)).toEqual(p)
    const found = await store.parties.findByReferences([p.uscc!, '6901234000016', 'nobody'])
    expect(found).toEqual([p])
    expect(await store.parties.findById('missing')).toBeUndefined()
  })

  it('refuses a second party with the same USCC as a unique violation', async () => {
    const store = await freshStore(engine)
    const p = party()
    await store.parties.insert(p)
    const error = await store.parties.insert(party({ uscc: p.uscc })).catch((e: unknown) => e)
    expect(store.isUniqueViolation(error)).toBe(true)
  })

  it('finds units by key across more keys than one statement may bind', async () => {
    const store = await freshStore(engine)
    const units = Array.from({ length: 3000 }, (_, i) => unit(`01/06901234000016/10/L${i}`))
    await store.units.insertMany(units)
    const keys = [...units.map((u) => u.key), ...Array.from({ length: 40_000 }, (_, i) => `nothing-${i}`)]
    const found = await store.units.findByKeys(keys)
    expect(found).toHaveLength(3000)
    expect(new Set(found.map((u) => u.id))).toEqual(new Set(units.map((u) => u.id)))
  })

  it('reserves code serials without overlap under concurrent transactions', async () => {
    const store = await freshStore(engine)
    const starts = await Promise.all(Array.from({ length: 20 }, () => store.transaction((tx) => tx.codes.reserveSerials('ZS441400A', 5))))
    const serials = starts.flatMap((start) => [0, 1, 2, 3, 4].map((i) => start + i))
    expect(new Set(serials).size).toBe(100)
    expect(Math.min(...serials)).toBe(1)
  })

  it('rolls a failed transaction back completely', async () => {
    const store = await freshStore(engine)
    const p = party()
    await store.transaction(async (tx) => {
      await tx.parties.insert(p)
      throw new Error('stop')
    }).catch(() => undefined)
    expect(await store.parties.findById(p.id)).toBeUndefined()
  })

  it('keeps lineage and custody rows and reads them back by unit', async () => {
    const store = await freshStore(engine)
    const [a, b] = [unit('01/06901234000016/10/A'), unit('01/06901234000016/10/B')]
    await store.units.insertMany([a, b])
    const base = { event_row_id: 'e1', event_id: 'urn:uuid:1', event_time: NOW }
    await store.lineage.insertMany([{ id: newRowId(), kind: 'transformation', from_unit_id: a.id, to_unit_id: b.id, action: 'add', quantity_milli: null, uom: null, ...base }])
    await store.custody.insertMany([{ id: newRowId(), unit_id: b.id, role: 'made', party_id: null, party_ref: 'x', site_id: null, region_code: '441402', counterparty_id: null, counterparty_ref: null, quantity_milli: 1_500_250, uom: 'KGM', ...base }])
    expect(await store.lineage.edgesFrom([a.id])).toMatchObject([{ kind: 'transformation', fromId: a.id, toId: b.id, eventId: 'urn:uuid:1' }])
    expect(await store.lineage.edgesTo([b.id])).toHaveLength(1)
    expect(await store.lineage.edgesAround([], [b.id])).toHaveLength(1)
    expect(await store.lineage.edgesAround([b.id], [a.id])).toHaveLength(0)
    expect(await store.custody.findByUnitIds([b.id])).toEqual([expect.objectContaining({ unitId: b.id, role: 'made', quantityMilli: 1_500_250, uom: 'KGM', partyRef: 'x' })])
  })

  it('leaves edges of events declared erroneous out of lineage look-ups', async () => {
    const store = await freshStore(engine)
    const [a, b] = [unit('01/06901234000016/10/RA'), unit('01/06901234000016/10/RB')]
    await store.units.insertMany([a, b])
    const eventRow = { id: newRowId(), event_id: 'urn:uuid:retracted', type: 'TransformationEvent', action: null, event_time: NOW, event_time_zone_offset: '+08:00', record_time: NOW, biz_step: null, disposition: null, read_point: null, biz_location: null, category: null, party_id: null, site_id: null, content_hash: 'h', document: '{}', findings: '[]' }
    await store.events.insertMany([eventRow as never])
    await store.lineage.insertMany([{ id: newRowId(), kind: 'transformation', from_unit_id: a.id, to_unit_id: b.id, action: 'add', quantity_milli: null, uom: null, event_row_id: eventRow.id, event_id: 'urn:uuid:retracted', event_time: NOW }])
    expect(await store.lineage.edgesAround([a.id], [])).toHaveLength(1)
    await store.events.insertErrorDeclarations([{ id: newRowId(), event_row_id: eventRow.id, declaration_time: NOW, reason: 'incorrect_data', corrective_event_ids: '[]', record_time: NOW }])
    expect(await store.lineage.edgesAround([a.id], [b.id])).toEqual([])
  })

  it('counts by category for open statistics', async () => {
    const store = await freshStore(engine)
    await store.parties.insertMany([party(), party({ categories: ['drug'] })])
    const stats = await store.stats.parties()
    expect(stats).toEqual({ total: 2, byCategory: { agri: 1, food: 1, drug: 1 } })
    const product = { id: newRowId<ProductId>(), category: 'drug' as const, name: '阿莫西林胶囊', uom: 'H87', createdAt: NOW }
    await store.products.insert(product)
    await store.units.insertMany([unit('01/06901234000016/21/1', { kind: 'item', productId: product.id }), unit('01/06901234000016/10/X')])
    expect(await store.stats.units('item')).toEqual({ total: 1, byCategory: { drug: 1 } })
    expect(await store.stats.units('lot')).toEqual({ total: 1, byCategory: { unknown: 1 } })
  })

  it('counts public queries of a code', async () => {
    const store = await freshStore(engine)
    await store.codes.recordQuery(newRowId(), 'u1', '2026-11-01T00:00:00.000Z', 'web')
    await store.codes.recordQuery(newRowId(), 'u1', '2026-11-02T00:00:00.000Z', 'api')
    expect(await store.codes.countQueries('u1')).toEqual({ count: 2, firstAt: '2026-11-01T00:00:00.000Z' })
    expect(await store.codes.countQueries('u2')).toEqual({ count: 0, firstAt: undefined })
  })
})
