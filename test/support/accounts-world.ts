/**
 * A small world with every role of the authorisation rules, on a platform closed by an admin token:
 * enterprise A (梅县, food) buys from supplier C (梅江) and sells to retailers D (梅江) and H (海口);
 * enterprise B (海口, drugs) has its own lot; regulators of 梅州 (food) and 海口 (drugs); an applicant
 * whose registration is pending ("public": signed in, no rights). Each role carries its headers.
 */
import { withGs1Check } from '../../src/domain/identifiers/gs1.js'
import { actorOf } from '../../src/services/accounts/actors.js'
import { createApiKey } from '../../src/services/accounts/api-keys.js'
import type { EngineName } from '../../src/storage/dialect/dialect.js'
import { buildTestPlatform, type TestPlatform } from './build-app.js'
import { capture, makeUscc } from './factories.js'

export const ADMIN_TOKEN = 'test-admin-token-0123456789'
export const ROLES = ['anonymous', 'public', 'enterpriseA', 'enterpriseB', 'regulatorMeizhouFood', 'regulatorHaikouDrug', 'operator'] as const
export type Role = (typeof ROLES)[number]

export const FOOD_GTIN = withGs1Check('0690123400010')
export const DRUG_GTIN = withGs1Check('0690123400020')
export const FOOD_LOT = `urn:epc:class:lgtin:6901234.000010.F2611`
export const DRUG_LOT = `urn:epc:class:lgtin:6901234.000020.R2611`
export const APPLICANT = { username: 'applicant-meizhou', password: 'pending-applicant-pass' }

export interface WorldParty { id: string; uscc: string; siteId: string }

export interface World {
  platform: TestPlatform
  headers: Record<Role, Record<string, string>>
  parties: { a: WorldParty; b: WorldParty; c: WorldParty; d: WorldParty; h: WorldParty }
  organisations: Record<'a' | 'b' | 'meizhou' | 'haikou', string>
  foodProductId: string
  drugProductId: string
  /** An event of each enterprise, by eventID. */
  events: { a: string; b: string }
  registrationId: string
  /** Two more pending registrations in 梅江, for approval and rejection tests. */
  pendingRegistrations: [string, string]
}

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T08:00:00+08:00`

export async function buildWorld(engine: EngineName): Promise<World> {
  const platform = await buildTestPlatform(engine, { ZHUISU_ADMIN_TOKEN: ADMIN_TOKEN, ZHUISU_RATE_LIMIT_LOGIN: '0', ZHUISU_RATE_LIMIT_PUBLIC: '0' })
  const { server, app } = platform
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` }
  const post = async (url: string, payload: object) => {
    const reply = await server.inject({ method: 'POST', url, headers: admin, payload })
    if (reply.statusCode !== 201) throw new Error(`${url}: ${reply.statusCode} ${reply.body}`)
    return reply.json() as { id: string }
  }
  const party = async (name: string, kind: string, regionCode: string, category: string): Promise<WorldParty> => {
    const uscc = makeUscc(regionCode)
    const { id } = await post('/api/v1/parties', { name, kind, regionCode, uscc, categories: [category] })
    const site = await post(`/api/v1/parties/${id}/sites`, { name: `${name}场所`, kind: 'site', regionCode })
    return { id, uscc, siteId: site.id }
  }
  const c = await party('梅江食品供应商', 'wholesaler', '441402', 'food')
  const a = await party('梅县食品厂', 'manufacturer', '441403', 'food')
  const d = await party('梅江超市', 'supermarket', '441402', 'food')
  const h = await party('海口超市', 'supermarket', '460106', 'food')
  const b = await party('海口药品批发', 'wholesaler', '460105', 'drug')
  const foodProductId = (await post('/api/v1/products', { name: '腊肉', gtin: FOOD_GTIN, category: 'food', uom: 'KGM', partyId: c.id })).id
  const drugProductId = (await post('/api/v1/products', { name: '阿莫西林胶囊', gtin: DRUG_GTIN, category: 'drug', uom: 'H87', partyId: b.id })).id

  const ship = (day: number, from: WorldParty, to: WorldParty, epcClass: string, quantity: number, uom = 'KGM') => ({
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: at(day), 'zs:party': from.uscc, bizLocation: { id: from.siteId },
    destinationList: [{ type: 'owning_party', destination: to.uscc }], quantityList: [{ epcClass, quantity, uom }],
  })
  const events = {
    a: 'urn:uuid:0190a000-0000-7000-8000-00000000000a',
    b: 'urn:uuid:0190b000-0000-7000-8000-00000000000b',
  }
  const reply = await capture(server, [
    { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(1), 'zs:party': c.uscc, bizLocation: { id: c.siteId }, quantityList: [{ epcClass: FOOD_LOT, quantity: 100, uom: 'KGM' }] },
    ship(2, c, a, FOOD_LOT, 100),
    { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: at(3), eventID: events.a, 'zs:party': a.uscc, bizLocation: { id: a.siteId }, sourceList: [{ type: 'owning_party', source: c.uscc }], quantityList: [{ epcClass: FOOD_LOT, quantity: 100, uom: 'KGM' }] },
    ship(4, a, d, FOOD_LOT, 40),
    ship(4, a, h, FOOD_LOT, 30),
    { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(1), eventID: events.b, 'zs:party': b.uscc, bizLocation: { id: b.siteId }, quantityList: [{ epcClass: DRUG_LOT, quantity: 500, uom: 'H87' }] },
  ], admin)
  if (reply.statusCode !== 201) throw new Error(`capture: ${reply.statusCode} ${reply.body}`)

  const organisation = async (payload: object) => (await post('/api/v1/organisations', payload)).id
  const organisations = {
    a: await organisation({ kind: 'enterprise', name: '梅县食品厂', partyId: a.id }),
    b: await organisation({ kind: 'enterprise', name: '海口药品批发', partyId: b.id }),
    meizhou: await organisation({ kind: 'regulator', name: '梅州市市场监督管理局', department: 'market', regionCode: '441400', categories: ['food'] }),
    haikou: await organisation({ kind: 'regulator', name: '海口市药品监督管理局', department: 'drug', regionCode: '460100', categories: ['drug'] }),
  }
  // Keys through the service: the HTTP path for keys is tested on its own, and this keeps the world fast.
  const keyOf = async (organisationId: string) => {
    const org = (await app.store.organisations.findById(organisationId))!
    const { secret } = await createApiKey({ store: app.store, clock: app.clock }, actorOf(org, 'session', {}), { name: 'test' })
    return { authorization: `Bearer ${secret}` }
  }
  const register = async (name: string, account: { username: string; password: string }) => {
    const reply = await server.inject({ method: 'POST', url: '/api/v1/registrations', payload: { uscc: makeUscc('441402'), name, partyKind: 'retailer', regionCode: '441402', categories: ['food'], ...account } })
    if (reply.statusCode !== 201) throw new Error(`registration: ${reply.statusCode} ${reply.body}`)
    return (reply.json() as { registration: { id: string } }).registration.id
  }
  const registrationId = await register('梅江新开食品店', APPLICANT)
  const pendingRegistrations: [string, string] = [
    await register('梅江待批食品店', { username: 'applicant-2', password: 'another-applicant-pass' }),
    await register('梅江待驳回食品店', { username: 'applicant-3', password: 'a-third-applicant-pass' }),
  ]
  const login = await server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: APPLICANT })
  const cookie = login.cookies.find((k) => k.name === 'zs_session')
  if (login.statusCode !== 200 || !cookie) throw new Error(`login: ${login.statusCode} ${login.body}`)
  const headers: Record<Role, Record<string, string>> = {
    anonymous: {},
    public: { cookie: `zs_session=${cookie.value}`, 'x-csrf-token': (login.json() as { me: { csrfToken: string } }).me.csrfToken },
    enterpriseA: await keyOf(organisations.a),
    enterpriseB: await keyOf(organisations.b),
    regulatorMeizhouFood: await keyOf(organisations.meizhou),
    regulatorHaikouDrug: await keyOf(organisations.haikou),
    operator: admin,
  }
  return {
    platform, headers, parties: { a, b, c, d, h }, organisations, foodProductId, drugProductId, events, registrationId, pendingRegistrations,
  }
}
