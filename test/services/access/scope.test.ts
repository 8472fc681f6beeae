/** The scope rules as services see them, on every engine: who may read and write which parties. */
import { describe, expect, it } from 'vitest'
import { ANONYMOUS } from '../../../src/domain/accounts/actor.js'
import type { Party } from '../../../src/domain/master-data.js'
import { actorOf } from '../../../src/services/accounts/actors.js'
import { mayReadParty, mayWriteAsParty, narrowPrefix, partyListFilter, resolveScope } from '../../../src/services/access/scope.js'
import { newRowId } from '../../../src/storage/ids.js'
import type { Store } from '../../../src/storage/store.js'
import { engines, freshStore } from '../../support/engines.js'

const NOW = '2026-11-20T08:00:00.000Z'

function party(name: string, regionCode: string, categories: Party['categories']): Party {
  return { id: newRowId(), name, kind: 'wholesaler', regionCode, categories, licences: [], createdAt: NOW } as Party
}

async function custody(store: Store, from: Party, to: Party) {
  const unitId = newRowId()
  // custody.unit_id carries no foreign key: the scope look-ups need only the custody rows.
  await store.custody.insertMany([{ id: newRowId(), unit_id: unitId, role: 'shipped', party_id: from.id, party_ref: null, site_id: null, region_code: from.regionCode, counterparty_id: to.id, counterparty_ref: null, quantity_milli: 1000, uom: 'KGM', event_row_id: newRowId(), event_id: 'urn:x', event_time: NOW }])
}

describe.each(engines())('scope rules on %s', (engine) => {
  it('gives an enterprise its own party to write and one step up and down to read', async () => {
    const store = await freshStore(engine)
    const supplier = party('供应商', '441402', ['food'])
    const me = party('本企业', '441403', ['food'])
    const customer = party('客户', '460106', ['food'])
    const stranger = party('无关企业', '441402', ['food'])
    const customersCustomer = party('下下游', '441402', ['food'])
    await store.parties.insertMany([supplier, me, customer, stranger, customersCustomer])
    await custody(store, supplier, me)
    await custody(store, me, customer)
    await custody(store, customer, customersCustomer)
    const organisation = { id: newRowId(), kind: 'enterprise' as const, name: '本企业', status: 'active' as const, categories: [], partyId: me.id, createdAt: NOW }
    const scope = await resolveScope(store, actorOf(organisation, 'api-key', {}))
    expect(scope.kind).toBe('parties')
    expect([supplier, me, customer].every((p) => mayReadParty(scope, p))).toBe(true)
    expect(mayReadParty(scope, stranger)).toBe(false)
    expect(mayReadParty(scope, customersCustomer)).toBe(false)
    expect(mayWriteAsParty(scope, me.id)).toBe(true)
    expect(mayWriteAsParty(scope, supplier.id)).toBe(false)
    const listed = await store.parties.list({ limit: 50, offset: 0, ...partyListFilter(scope, undefined) })
    expect(listed.map((p) => p.name).sort()).toEqual(['供应商', '客户', '本企业'].sort())
  })

  it('gives a regulator its region subtree and categories, and nothing outside', async () => {
    const store = await freshStore(engine)
    const meijiangFood = party('梅江食品', '441402', ['food'])
    const meijiangDrug = party('梅江药店', '441402', ['drug'])
    const haikouFood = party('海口食品', '460106', ['food'])
    await store.parties.insertMany([meijiangFood, meijiangDrug, haikouFood])
    const organisation = { id: newRowId(), kind: 'regulator' as const, name: '梅州市场监管', status: 'active' as const, department: 'market' as const, regionCode: '441400', categories: ['food' as const], createdAt: NOW }
    const scope = await resolveScope(store, actorOf(organisation, 'session', {}))
    expect(scope).toMatchObject({ kind: 'region', regionPrefix: '4414', categories: ['food'] })
    expect([meijiangFood, meijiangDrug, haikouFood].map((p) => mayReadParty(scope, p))).toEqual([true, false, false])
    expect(partyListFilter(scope, '46')).toBeUndefined()
    expect((await store.parties.list({ limit: 50, offset: 0, ...partyListFilter(scope, '44') })).map((p) => p.name)).toEqual(['梅江食品'])
    expect(mayWriteAsParty(scope, meijiangFood.id)).toBe(false)
  })

  it('treats a pending organisation and the anonymous caller as the public', async () => {
    const store = await freshStore(engine)
    const pending = { id: newRowId(), kind: 'enterprise' as const, name: '待审核', status: 'pending' as const, categories: [], createdAt: NOW }
    expect((await resolveScope(store, actorOf(pending, 'session', {}))).kind).toBe('public')
    expect((await resolveScope(store, ANONYMOUS)).kind).toBe('public')
  })

  it('narrows a requested region prefix to the scope, or to nothing', () => {
    expect(narrowPrefix('4414', undefined)).toBe('4414')
    expect(narrowPrefix('4414', '441402')).toBe('441402')
    expect(narrowPrefix('4414', '44')).toBe('4414')
    expect(narrowPrefix('4414', '46')).toBeUndefined()
  })
})
