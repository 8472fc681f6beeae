/**
 * A pork chain for the enterprise portal on a platform closed by an admin token: a farm (梅县), a
 * slaughterhouse and a market stall (梅江), and a food factory that trades with none of them. Each
 * enterprise has an organisation, a user (for sign-in in the browser) and an API key (for inject()).
 */
import { withGs1Check } from '../../src/domain/identifiers/gs1.js'
import { bizStepSpelling } from '../../src/domain/standards/standard.js'
import { actorOf } from '../../src/services/accounts/actors.js'
import { createApiKey } from '../../src/services/accounts/api-keys.js'
import type { EngineName } from '../../src/storage/dialect/dialect.js'
import { buildTestPlatform, type TestPlatform } from './build-app.js'
import { makeUscc } from './factories.js'

export const PORTAL_ADMIN_TOKEN = 'portal-test-admin-token-0123456789'
export const PIG_GTIN = withGs1Check('0690123400031')
export const PORK_GTIN = withGs1Check('0690123400032')
/** The farm's lot of live pigs and the slaughterhouse's lot of pork (GS1 LGTIN class URNs). */
export const PIG_LOT = 'urn:epc:class:lgtin:6901234.000031.P20261118'
export const PORK_LOT = 'urn:epc:class:lgtin:6901234.000032.K20261119'

export interface PortalParty {
  id: string
  uscc: string
  name: string
  siteId: string
  organisationId: string
  headers: Record<string, string>
  user: { username: string; password: string }
}

export interface PortalWorld {
  platform: TestPlatform
  admin: Record<string, string>
  farm: PortalParty
  slaughterhouse: PortalParty
  market: PortalParty
  factory: PortalParty
  pigProductId: string
  porkProductId: string
}

export async function buildPortalWorld(engine: EngineName): Promise<PortalWorld> {
  const platform = await buildTestPlatform(engine, { ZHUISU_ADMIN_TOKEN: PORTAL_ADMIN_TOKEN, ZHUISU_RATE_LIMIT_LOGIN: '0', ZHUISU_RATE_LIMIT_PUBLIC: '0' })
  const { server, app } = platform
  const admin = { authorization: `Bearer ${PORTAL_ADMIN_TOKEN}` }
  const post = async (url: string, payload: object) => {
    const reply = await server.inject({ method: 'POST', url, headers: admin, payload })
    if (reply.statusCode !== 201) throw new Error(`${url}: ${reply.statusCode} ${reply.body}`)
    return reply.json() as { id: string }
  }
  const party = async (name: string, kind: string, regionCode: string, category: string, username: string): Promise<PortalParty> => {
    const uscc = makeUscc(regionCode)
    const { id } = await post('/api/v1/parties', { name, kind, regionCode, uscc, categories: [category] })
    const site = await post(`/api/v1/parties/${id}/sites`, { name: `${name}场所`, kind: 'site', regionCode })
    const organisationId = (await post('/api/v1/organisations', { kind: 'enterprise', name, partyId: id })).id
    const user = { username, password: `${username}-password-1` }
    await post(`/api/v1/organisations/${organisationId}/users`, user)
    const organisation = (await app.store.organisations.findById(organisationId))!
    const { secret } = await createApiKey({ store: app.store, clock: app.clock }, actorOf(organisation, 'session', {}), { name: 'portal test' })
    return { id, uscc, name, siteId: site.id, organisationId, headers: { authorization: `Bearer ${secret}` }, user }
  }
  const farm = await party('梅县生猪养殖场', 'farm', '441403', 'agri', 'meixian-farm')
  const slaughterhouse = await party('梅江定点屠宰场', 'slaughterhouse', '441402', 'agri', 'meijiang-abattoir')
  const market = await party('梅江农贸市场3号摊', 'market', '441402', 'agri', 'meijiang-stall')
  const factory = await party('海口食品厂', 'manufacturer', '460105', 'food', 'haikou-factory')
  const pigProductId = (await post('/api/v1/products', { name: '生猪', gtin: PIG_GTIN, category: 'agri', uom: 'H87', partyId: farm.id })).id
  const porkProductId = (await post('/api/v1/products', { name: '白条猪肉', gtin: PORK_GTIN, category: 'agri', uom: 'KGM', partyId: slaughterhouse.id })).id
  return { platform, admin, farm, slaughterhouse, market, factory, pigProductId, porkProductId }
}

/** The farm's harvest (lot start) and its shipment of the lot to `to`, as the portal's forms write them. */
export function farmEvents(world: PortalWorld, to: PortalParty, heads = 20) {
  const { farm } = world
  return [
    {
      type: 'ObjectEvent', action: 'ADD', bizStep: bizStepSpelling('harvesting'), eventTime: '2026-11-18T08:00:00+08:00', 'zs:party': farm.uscc, 'zs:category': 'agri',
      bizLocation: { id: farm.siteId }, quantityList: [{ epcClass: PIG_LOT, quantity: heads, uom: 'H87' }], 'zs:data': { headCount: heads },
    },
    {
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: '2026-11-19T06:00:00+08:00', eventID: 'urn:uuid:0190c000-0000-7000-8000-0000000000f1',
      'zs:party': farm.uscc, 'zs:category': 'agri', 'zs:stage': 'leaving_farm', bizLocation: { id: farm.siteId },
      destinationList: [{ type: 'owning_party', destination: to.uscc }], quantityList: [{ epcClass: PIG_LOT, quantity: heads, uom: 'H87' }],
      'zs:data': { complianceCertificateNo: 'HG-2026-0118', originQuarantineCertificateNo: '4414031118', headCount: heads },
    },
  ]
}
