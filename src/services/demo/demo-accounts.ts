/**
 * Demo accounts (演示账号): with the demo data, one sign-in per role so a visitor can walk the platform as the
 * people who use it — an operator, regulators at city and province level, and the enterprises of the 梅州
 * pork chain (farm, slaughterhouse, market) plus a pharmacy. They exist only in a database the demo filled
 * (`ZHUISU_DEMO=1` on an empty database); their passwords are public by design and shown on the sign-in page.
 */
import { ADMIN_TOKEN_OPERATOR } from '../../domain/accounts/actor.js'
import type { Department, OrganisationKind } from '../../domain/accounts/organisation.js'
import { CATEGORY_CODES, type CategoryCode } from '../../domain/categories.js'
import type { Party, PartyKind } from '../../domain/master-data.js'
import type { Store } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { addUser, createOrganisation } from '../accounts/organisations.js'

export const DEMO_PASSWORD = 'zhuisu-demo-2026'

export interface DemoAccount {
  username: string
  password: string
  role: OrganisationKind
  organisationName: string
  /** What the account is for, in both languages, for the sign-in page. */
  description: { zh: string; en: string }
}

interface EnterpriseSpec { username: string; kinds: PartyKind[]; regionPrefix: string; category?: CategoryCode; zh: string; en: string }
interface RegulatorSpec { username: string; name: string; department: Department; regionCode: string; categories: CategoryCode[]; zh: string; en: string }

const OPERATOR = { username: 'demo-operator', zh: '平台运营：全部数据、账号审批', en: 'Platform operator: all data, account approval' }

const REGULATORS: RegulatorSpec[] = [
  { username: 'demo-regulator-meizhou', name: '梅州市市场监督管理局', department: 'market', regionCode: '441400', categories: ['agri', 'food'], zh: '市级监管：梅州的食用农产品（含肉类）和食品', en: 'City regulator: edible farm produce (meat included) and food in Meizhou' },
  { username: 'demo-regulator-guangdong', name: '广东省市场监督管理局', department: 'market', regionCode: '440000', categories: [...CATEGORY_CODES], zh: '省级监管：广东全省、全部品类', en: 'Provincial regulator: all of Guangdong, every category' },
  { username: 'demo-regulator-hainan-drug', name: '海南省药品监督管理局', department: 'drug', regionCode: '460000', categories: ['drug'], zh: '省级药监：海南的药品', en: 'Provincial drug regulator: medicines in Hainan' },
]

const ENTERPRISES: EnterpriseSpec[] = [
  { username: 'demo-farm', kinds: ['farm'], regionPrefix: '4414', category: 'agri', zh: '企业：梅州的养殖场（记录出栏、出货）', en: 'Enterprise: a farm in Meizhou (records harvests and shipments)' },
  { username: 'demo-slaughterhouse', kinds: ['slaughterhouse'], regionPrefix: '4414', zh: '企业：梅州的屠宰场（收货、屠宰、出货）', en: 'Enterprise: a slaughterhouse in Meizhou (receives, slaughters, ships)' },
  { username: 'demo-market', kinds: ['market', 'wholesale_market', 'supermarket', 'retailer'], regionPrefix: '4414', category: 'agri', zh: '企业：梅州的农贸市场摊位（进货、销售）', en: 'Enterprise: a market stall in Meizhou (receives and sells)' },
  { username: 'demo-pharmacy', kinds: ['pharmacy', 'hospital'], regionPrefix: '46', zh: '企业：海口的药店（药品进货、销售）', en: 'Enterprise: a pharmacy in Haikou (receives and sells medicines)' },
]

/** Creates the demo organisations and users; returns the accounts it made (none when no party fits). */
export async function createDemoAccounts(deps: { store: Store; clock: Clock }): Promise<DemoAccount[]> {
  const system = ADMIN_TOKEN_OPERATOR
  const made: DemoAccount[] = []
  const operator = await createOrganisation(deps, system, { kind: 'operator', name: '追溯平台运营中心（演示）' })
  await addUser(deps, system, operator.id, { username: OPERATOR.username, displayName: '平台运营（演示）', password: DEMO_PASSWORD })
  made.push({ username: OPERATOR.username, password: DEMO_PASSWORD, role: 'operator', organisationName: operator.name, description: { zh: OPERATOR.zh, en: OPERATOR.en } })

  for (const spec of REGULATORS) {
    const organisation = await createOrganisation(deps, system, { kind: 'regulator', name: spec.name, department: spec.department, regionCode: spec.regionCode, categories: spec.categories })
    await addUser(deps, system, organisation.id, { username: spec.username, displayName: spec.name, password: DEMO_PASSWORD })
    made.push({ username: spec.username, password: DEMO_PASSWORD, role: 'regulator', organisationName: spec.name, description: { zh: spec.zh, en: spec.en } })
  }

  const parties = await deps.store.parties.list({ limit: 100_000, offset: 0 })
  for (const spec of ENTERPRISES) {
    const party = pickParty(parties, spec)
    if (!party) continue
    const organisation = await createOrganisation(deps, system, { kind: 'enterprise', name: party.name, partyId: party.id })
    await addUser(deps, system, organisation.id, { username: spec.username, displayName: party.name, password: DEMO_PASSWORD })
    made.push({ username: spec.username, password: DEMO_PASSWORD, role: 'enterprise', organisationName: party.name, description: { zh: spec.zh, en: spec.en } })
  }
  return made
}

function pickParty(parties: Party[], spec: EnterpriseSpec): Party | undefined {
  for (const kind of spec.kinds) {
    const found = parties.find((p) => p.kind === kind && p.regionCode.startsWith(spec.regionPrefix) && (!spec.category || p.categories.includes(spec.category)))
    if (found) return found
  }
  return undefined
}

/** Every demo sign-in, in the order the sign-in page lists them. */
const LISTED: { username: string; zh: string; en: string }[] = [OPERATOR, ...REGULATORS, ...ENTERPRISES]

/** The demo accounts of a database, for the sign-in page: those of the list above that exist (two queries). */
export async function listDemoAccounts(store: Store): Promise<DemoAccount[]> {
  const found = new Map((await store.accounts.findByUsernames(LISTED.map((spec) => spec.username))).map((a) => [a.username, a]))
  const organisations = new Map((await store.organisations.findByIds([...found.values()].map((a) => a.organisationId))).map((o) => [o.id, o]))
  return LISTED.flatMap((spec): DemoAccount[] => {
    const organisation = organisations.get(found.get(spec.username)?.organisationId ?? '')
    if (!organisation) return []
    return [{ username: spec.username, password: DEMO_PASSWORD, role: organisation.kind, organisationName: organisation.name, description: { zh: spec.zh, en: spec.en } }]
  })
}
