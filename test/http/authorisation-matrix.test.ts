/**
 * The authorisation matrix: every registered route × every role, with the expected status. The route list
 * comes from the server itself (registeredRoutes, an onRoute hook), so a new route without a rule here
 * fails the first test. Runs on a platform closed by an admin token, on every engine.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { withGs1Check } from '../../src/domain/identifiers/gs1.js'
import { registeredRoutes } from '../../src/http/auth.js'
import { buildWorld, DRUG_GTIN, FOOD_LOT, ROLES, APPLICANT, type Role, type World } from '../support/accounts-world.js'
import { engines } from '../support/engines.js'
import { makeUscc } from '../support/factories.js'

/** A status, or `allowed` (neither 401 nor 403 nor 5xx) for routes whose answer another suite pins down. */
type Expected = number | 'allowed'
type Statuses = Record<Role, Expected>

interface Rule {
  request(world: World, role: Role): { url: string; payload?: object }
  expect: Statuses
  /** Runs after every other rule (it ends sessions or changes who may do what). */
  last?: boolean
}

const everyone = (status: Expected): Statuses => Object.fromEntries(ROLES.map((r) => [r, status])) as Statuses
const signedIn = (others: Partial<Statuses>, fallback: Expected): Statuses => ({ ...everyone(fallback), anonymous: 401, public: 403, ...others })
/** Operator-only routes: anonymous 401, every other role 403. */
const operatorOnly = (operator: Expected): Statuses => signedIn({ operator }, 403)
/** Confidential reads of A's food records: A, 梅州 food regulator and operator see them; B and 海口 drugs get 404. */
const aRecords = (ok: number): Statuses => signedIn({ enterpriseA: ok, enterpriseB: 404, regulatorMeizhouFood: ok, regulatorHaikouDrug: 404, operator: ok }, 403)

let serial = 0
const unique = (role: Role) => `${role}-${++serial}`
const get = (url: (w: World) => string) => (w: World) => ({ url: url(w) })

/** Keyed by `METHOD url` as registered. Families of public routes are matched by pattern below. */
const RULES: Record<string, Rule> = {
  'GET /healthz': { request: get(() => '/healthz'), expect: everyone(200) },
  'GET /openapi.json': { request: get(() => '/openapi.json'), expect: everyone(200) },
  'GET /api/v1/public/samples': { request: get(() => '/api/v1/public/samples'), expect: everyone(200) },
  'GET /api/v1/public/:code': { request: get(() => `/api/v1/public/${encodeURIComponent(FOOD_LOT)}`), expect: everyone(200) },
  'GET /api/v1/stats': { request: get(() => '/api/v1/stats'), expect: everyone(200) },
  'GET /api/v1/public/statistics': { request: get(() => '/api/v1/public/statistics'), expect: everyone(200) },
  // Supervision console: regulators (their own region and categories) and the operator; enterprises 403.
  ...Object.fromEntries(['coverage', 'coverage/parties', 'coverage/counties', 'coverage-targets', 'volumes', 'quality', 'events'].map((path) => [
    `GET /api/v1/console/${path}`, { request: get(() => `/api/v1/console/${path}`), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  ])),
  'PUT /api/v1/console/coverage-targets': {
    request: () => ({ url: '/api/v1/console/coverage-targets', payload: { targets: [{ regionCode: '441400', category: 'food', year: 2026, enterpriseSharePercent: 30, countySharePercent: 100 }] } }),
    expect: operatorOnly(200),
  },
  'GET /api/v1/alerts': { request: get(() => '/api/v1/alerts'), expect: signedIn({}, 200) },
  'GET /api/v1/alerts/:id': { request: get(() => '/api/v1/alerts/no-such-alert'), expect: signedIn({}, 404) },
  'POST /api/v1/alerts/:id/transitions': { request: () => ({ url: '/api/v1/alerts/no-such-alert/transitions', payload: { to: 'acknowledged' } }), expect: signedIn({}, 404) },
  'GET /api/v1/alert-thresholds': { request: get(() => '/api/v1/alert-thresholds'), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  'PUT /api/v1/alert-thresholds': {
    request: () => ({ url: '/api/v1/alert-thresholds', payload: { regionCode: '441400', rule: 'reporting_gap', parameters: { days: 45 } } }),
    expect: signedIn({ regulatorMeizhouFood: 200, operator: 200 }, 403),
  },
  'GET /api/v1/quotas': { request: get(() => '/api/v1/quotas'), expect: signedIn({}, 200) },
  'PUT /api/v1/quotas': { request: (w) => ({ url: '/api/v1/quotas', payload: { partyId: w.parties.a.id, year: 2026, quantity: 100, uom: 'TNE' } }), expect: operatorOnly(200) },
  'GET /api/v1/standards': { request: get(() => '/api/v1/standards'), expect: everyone(200) },
  'GET /api/v1/standards/:category': { request: get(() => '/api/v1/standards/food'), expect: everyone(200) },
  'GET /api/v1/codes/:code': { request: get(() => `/api/v1/codes/${encodeURIComponent(FOOD_LOT)}`), expect: everyone(200) },
  'GET /api/v1/products': { request: get(() => '/api/v1/products'), expect: everyone(200) },
  'GET /api/v1/products/:id': { request: get((w) => `/api/v1/products/${w.foodProductId}`), expect: everyone(200) },
  'GET /.well-known/gs1resolver': { request: get(() => '/.well-known/gs1resolver'), expect: everyone(200) },
  'GET /api/v1/auth/me': { request: get(() => '/api/v1/auth/me'), expect: everyone(200) },
  'GET /api/v1/auth/demo-accounts': { request: get(() => '/api/v1/auth/demo-accounts'), expect: everyone(200) },

  // enterprise portal (docs/portal.md): the caller's own parties only; regulators and the operator have none
  'GET /api/v1/portal/context': { request: get(() => '/api/v1/portal/context'), expect: signedIn({ enterpriseA: 200, enterpriseB: 200 }, 403) },
  'GET /api/v1/portal/holdings': { request: get(() => '/api/v1/portal/holdings?sort=remaining&inStock=true'), expect: signedIn({ enterpriseA: 200, enterpriseB: 200 }, 403) },
  'GET /api/v1/portal/events': { request: get(() => '/api/v1/portal/events?withFindings=true'), expect: signedIn({ enterpriseA: 200, enterpriseB: 200 }, 403) },
  'GET /api/v1/portal/partners': { request: get(() => '/api/v1/portal/partners?side=up'), expect: signedIn({ enterpriseA: 200, enterpriseB: 200 }, 403) },
  'GET /api/v1/portal/partner-search': { request: get(() => '/api/v1/portal/partner-search?q=%E6%A2%85'), expect: signedIn({ enterpriseA: 200, enterpriseB: 200 }, 403) },
  'GET /api/v1/portal/expected-receipts': { request: get(() => '/api/v1/portal/expected-receipts'), expect: signedIn({ enterpriseA: 200, enterpriseB: 200 }, 403) },
  'POST /api/v1/portal/expected-receipts/:eventId/accept': {
    request: (w) => ({ url: `/api/v1/portal/expected-receipts/${encodeURIComponent(w.events.b)}/accept`, payload: {} }),
    expect: signedIn({ enterpriseA: 404, enterpriseB: 404 }, 403),
  },
  'GET /api/v1/portal/licences': { request: get(() => '/api/v1/portal/licences'), expect: signedIn({ enterpriseA: 200, enterpriseB: 200 }, 403) },
  'POST /api/v1/portal/licences': {
    request: (_w, role) => ({ url: '/api/v1/portal/licences', payload: { type: '食品经营许可证', number: `JY${unique(role)}`, validUntil: '2027-01-01' } }),
    expect: signedIn({ enterpriseA: 201, enterpriseB: 201 }, 403),
  },

  // credit, blacklist and random inspection draws (docs/credit.md)
  'GET /api/v1/parties/:id/credit': { request: get((w) => `/api/v1/parties/${w.parties.a.id}/credit`), expect: signedIn({ enterpriseA: 200, regulatorMeizhouFood: 200, regulatorHaikouDrug: 404, operator: 200 }, 403) },
  'GET /api/v1/credit': { request: get(() => '/api/v1/credit'), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  'POST /api/v1/credit/recomputations': { request: () => ({ url: '/api/v1/credit/recomputations', payload: {} }), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  'GET /api/v1/blacklist': { request: get(() => '/api/v1/blacklist?q=%E6%A2%85'), expect: everyone(200) },
  'GET /api/v1/blacklist/check': { request: get((w) => `/api/v1/blacklist/check?uscc=${w.parties.a.uscc}`), expect: everyone(200) },
  'POST /api/v1/blacklist': {
    request: (w, role) => ({ url: '/api/v1/blacklist', payload: { partyId: w.parties.a.id, reason: `检验不合格 ${unique(role)}`, decisionNo: `梅市监信〔2026〕${++serial}号`, decisionTitle: '列入质量失信黑名单决定书', validFrom: '2026-11-20', validTo: '2027-11-19' } }),
    expect: signedIn({ regulatorMeizhouFood: 201, operator: 201 }, 403),
  },
  'POST /api/v1/blacklist/:id/revocations': { request: () => ({ url: '/api/v1/blacklist/missing/revocations', payload: { reason: '信用修复' } }), expect: signedIn({ regulatorMeizhouFood: 404, regulatorHaikouDrug: 404, operator: 404 }, 403) },
  'POST /api/v1/inspection-draws': {
    request: (_w, role) => ({ url: '/api/v1/inspection-draws', payload: { title: `双随机抽查 ${unique(role)}`, targetCount: 1, inspectors: ['执法人员甲', '执法人员乙'] } }),
    expect: signedIn({ regulatorMeizhouFood: 201, regulatorHaikouDrug: 201 }, 403),
  },
  'GET /api/v1/inspection-draws': { request: get(() => '/api/v1/inspection-draws'), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  'GET /api/v1/inspection-draws/:id': { request: get(() => '/api/v1/inspection-draws/missing'), expect: signedIn({ regulatorMeizhouFood: 404, regulatorHaikouDrug: 404, operator: 404 }, 403) },
  'GET /api/v1/inspection-draws/:id/verify': { request: get(() => '/api/v1/inspection-draws/missing/verify'), expect: signedIn({ regulatorMeizhouFood: 404, regulatorHaikouDrug: 404, operator: 404 }, 403) },

  'POST /api/v1/events': {
    request: (w, role) => ({
      url: '/api/v1/events',
      payload: { events: [{ type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'inspecting', eventTime: '2026-11-10T08:00:00+08:00', eventID: `urn:zhuisu:test:${unique(role)}`, 'zs:party': w.parties.a.uscc, quantityList: [{ epcClass: FOOD_LOT, quantity: ++serial, uom: 'KGM' }] }] },
    }),
    expect: signedIn({ enterpriseA: 201, operator: 201 }, 403),
  },
  'GET /api/v1/events/:eventId': { request: get((w) => `/api/v1/events/${encodeURIComponent(w.events.a)}`), expect: aRecords(200) },
  'GET /api/v1/trace/:code': { request: get(() => `/api/v1/trace/${encodeURIComponent(FOOD_LOT)}`), expect: aRecords(200) },
  'GET /api/v1/impact/:code': { request: get(() => `/api/v1/impact/${encodeURIComponent(FOOD_LOT)}`), expect: aRecords(200) },
  'POST /api/v1/impact': { request: () => ({ url: '/api/v1/impact', payload: { codes: [FOOD_LOT] } }), expect: aRecords(200) },
  'GET /api/v1/impact/:code/export': { request: get(() => `/api/v1/impact/${encodeURIComponent(FOOD_LOT)}/export?format=csv`), expect: aRecords(200) },
  'POST /api/v1/impact/export': { request: () => ({ url: '/api/v1/impact/export', payload: { codes: [FOOD_LOT], format: 'xlsx' } }), expect: aRecords(200) },
  'GET /api/v1/explorer/:code': { request: get(() => `/api/v1/explorer/${encodeURIComponent(FOOD_LOT)}`), expect: aRecords(200) },
  'POST /api/v1/parties': {
    request: (_w, role) => ({ url: '/api/v1/parties', payload: { name: `主体 ${unique(role)}`, kind: 'retailer', regionCode: '441402', uscc: makeUscc('441402') } }),
    expect: operatorOnly(201),
  },
  'GET /api/v1/parties': { request: get(() => '/api/v1/parties'), expect: signedIn({}, 200) },
  'GET /api/v1/parties/:id': { request: get((w) => `/api/v1/parties/${w.parties.a.id}`), expect: aRecords(200) },
  'POST /api/v1/parties/:id/sites': {
    request: (w, role) => ({ url: `/api/v1/parties/${w.parties.a.id}/sites`, payload: { name: `仓库 ${unique(role)}`, kind: 'warehouse', regionCode: '441403' } }),
    expect: signedIn({ enterpriseA: 201, enterpriseB: 404, operator: 201 }, 403),
  },
  'POST /api/v1/products': {
    request: (w, role) => ({ url: '/api/v1/products', payload: { name: `产品 ${unique(role)}`, category: 'food', uom: 'KGM', partyId: w.parties.a.id, gtin: withGs1Check(`06901235${String(++serial).padStart(5, '0')}`) } }),
    expect: signedIn({ enterpriseA: 201, operator: 201 }, 403),
  },
  'POST /api/v1/units': {
    request: (w) => ({ url: '/api/v1/units', payload: { productId: w.foodProductId, kind: 'lot', partyId: w.parties.a.id, lotNumber: `L${++serial}` } }),
    expect: signedIn({ enterpriseA: 201, operator: 201 }, 403),
  },
  'POST /api/v1/labels': { request: (w) => ({ url: '/api/v1/labels', payload: { codes: [FOOD_LOT] } }), expect: operatorOnly('allowed') },
  'GET /api/v1/labels/:code': { request: get(() => `/api/v1/labels/${encodeURIComponent(FOOD_LOT)}`), expect: operatorOnly('allowed') },

  'GET /api/v1/spreadsheets/templates': { request: get(() => '/api/v1/spreadsheets/templates'), expect: everyone(200) },
  'GET /api/v1/spreadsheets/templates/:category/:stage/:step': { request: get(() => '/api/v1/spreadsheets/templates/food/x/y'), expect: everyone('allowed') },
  'POST /api/v1/spreadsheets/:category/:stage/:step': { request: get(() => '/api/v1/spreadsheets/food/x/y'), expect: operatorOnly('allowed') },
  'GET /api/v1/exports/:subject/:code': { request: get(() => `/api/v1/exports/trace/${encodeURIComponent(FOOD_LOT)}`), expect: operatorOnly('allowed') },

  'POST /api/v1/auth/login': { request: () => ({ url: '/api/v1/auth/login', payload: APPLICANT }), expect: everyone(200) },
  'POST /api/v1/auth/logout': { request: () => ({ url: '/api/v1/auth/logout' }), expect: everyone(204), last: true },
  'GET /api/v1/audit': { request: get(() => '/api/v1/audit'), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  'POST /api/v1/api-keys': { request: (_w, role) => ({ url: '/api/v1/api-keys', payload: { name: unique(role) } }), expect: signedIn({ operator: 403 }, 201) },
  'GET /api/v1/api-keys': { request: get(() => '/api/v1/api-keys'), expect: signedIn({ operator: 403 }, 200) },
  'DELETE /api/v1/api-keys/:id': { request: get((w) => `/api/v1/api-keys/${spareKeyOfA(w)}`), expect: signedIn({ enterpriseA: 204, operator: 403 }, 404) },
  'POST /api/v1/subscriptions': { request: (_w, role) => ({ url: '/api/v1/subscriptions', payload: { url: `https://example.com/${unique(role)}`, types: ['recall.*'] } }), expect: signedIn({ operator: 403 }, 201) },
  'GET /api/v1/subscriptions': { request: get(() => '/api/v1/subscriptions'), expect: signedIn({ operator: 403 }, 200) },
  'GET /api/v1/subscriptions/:id': { request: get(() => '/api/v1/subscriptions/missing'), expect: signedIn({ operator: 403 }, 404) },
  'DELETE /api/v1/subscriptions/:id': { request: get(() => '/api/v1/subscriptions/missing'), expect: signedIn({ operator: 403 }, 404) },
  'GET /api/v1/subscriptions/:id/deliveries': { request: get(() => '/api/v1/subscriptions/missing/deliveries'), expect: signedIn({ operator: 403 }, 404) },
  'POST /api/v1/subscriptions/:id/test': { request: get(() => '/api/v1/subscriptions/missing/test'), expect: signedIn({ operator: 403 }, 404) },
  'POST /api/v1/complaints': { request: () => ({ url: '/api/v1/complaints', payload: { code: FOOD_LOT, text: '腊肉有异味，请尽快处理。', contact: { phone: '13800138000' } } }), expect: everyone(201) },
  'GET /api/v1/complaints': { request: get(() => '/api/v1/complaints'), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  'GET /api/v1/complaints/import-template.xlsx': { request: get(() => '/api/v1/complaints/import-template.xlsx'), expect: everyone(200) },
  'GET /api/v1/complaints/:id': { request: get((w) => `/api/v1/complaints/${complaintOf(w)}`), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 404, operator: 200 }, 403) },
  'GET /api/v1/complaints/:id/photos/:photoId': { request: get((w) => `/api/v1/complaints/${complaintOf(w)}/photos/none`), expect: signedIn({ regulatorMeizhouFood: 404, regulatorHaikouDrug: 404, operator: 404 }, 403) },
  'POST /api/v1/complaints/:id/transitions': {
    request: (w) => ({ url: `/api/v1/complaints/${complaintOf(w)}/transitions`, payload: { to: 'assigned', note: '转办', assigneeOrganisationId: w.organisations.meizhou } }),
    expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 404, operator: 200 }, 403),
  },
  'POST /api/v1/complaints/import': { request: get(() => '/api/v1/complaints/import'), expect: signedIn({ regulatorMeizhouFood: 422, regulatorHaikouDrug: 422, operator: 422 }, 403) },
  'POST /api/v1/registrations': {
    request: (_w, role) => ({ url: '/api/v1/registrations', payload: { uscc: makeUscc('460106'), name: `申请 ${unique(role)}`, partyKind: 'retailer', regionCode: '460106', categories: ['food'], username: unique(role), password: 'long-enough-password' } }),
    expect: everyone(201),
  },
  'GET /api/v1/registrations': { request: get(() => '/api/v1/registrations'), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 200, operator: 200 }, 403) },
  'POST /api/v1/registrations/:id/approve': { request: get((w) => `/api/v1/registrations/${w.pendingRegistrations[0]}/approve`), expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 404, operator: 409 }, 403) },
  'POST /api/v1/registrations/:id/reject': {
    request: (w) => ({ url: `/api/v1/registrations/${w.pendingRegistrations[1]}/reject`, payload: { reason: '营业执照已过期' } }),
    expect: signedIn({ regulatorMeizhouFood: 200, regulatorHaikouDrug: 404, operator: 409 }, 403),
  },
  'POST /api/v1/organisations': {
    request: (_w, role) => ({ url: '/api/v1/organisations', payload: { kind: 'regulator', name: `监管 ${unique(role)}`, department: 'market', regionCode: '441400', categories: ['food'] } }),
    expect: operatorOnly(201),
  },
  'GET /api/v1/organisations': { request: get(() => '/api/v1/organisations'), expect: signedIn({}, 200) },
  'POST /api/v1/organisations/:id/users': {
    request: (w, role) => ({ url: `/api/v1/organisations/${w.organisations.a}/users`, payload: { username: unique(role), password: 'long-enough-password' } }),
    expect: signedIn({ enterpriseA: 201, enterpriseB: 404, regulatorMeizhouFood: 404, regulatorHaikouDrug: 404, operator: 201 }, 403),
  },
  // Recalls: the 梅州 food regulator and the operator may recall the food lot; A and B neither own nor made it;
  // the 海口 drug regulator does not see it. Routes on one recall or task answer 404 to an id nobody may see.
  'POST /api/v1/recalls': {
    request: () => ({ url: '/api/v1/recalls', payload: { codes: [FOOD_LOT], reason: '授权矩阵测试', level: 'III' } }),
    expect: signedIn({ enterpriseA: 403, enterpriseB: 403, regulatorMeizhouFood: 201, regulatorHaikouDrug: 404, operator: 201 }, 403),
  },
  'GET /api/v1/recalls': { request: get(() => '/api/v1/recalls'), expect: signedIn({}, 200) },
  'GET /api/v1/recalls/:id': { request: get(() => '/api/v1/recalls/no-such-recall'), expect: signedIn({}, 404) },
  'POST /api/v1/recalls/:id/close': { request: () => ({ url: '/api/v1/recalls/no-such-recall/close', payload: {} }), expect: signedIn({}, 404) },
  'POST /api/v1/recalls/:id/notices': { request: () => ({ url: '/api/v1/recalls/no-such-recall/notices', payload: { title: '提示', body: '请停止食用' } }), expect: signedIn({}, 404) },
  'GET /api/v1/recall-tasks': { request: get(() => '/api/v1/recall-tasks?status=open'), expect: signedIn({}, 200) },
  'POST /api/v1/recall-tasks/:id/confirm': { request: () => ({ url: '/api/v1/recall-tasks/no-such-task/confirm', payload: {} }), expect: signedIn({}, 404) },
  'POST /api/v1/recall-tasks/:id/reports': { request: () => ({ url: '/api/v1/recall-tasks/no-such-task/reports', payload: { lots: [{ code: FOOD_LOT, removed: 1 }] } }), expect: signedIn({}, 404) },
  'POST /api/v1/recall-tasks/:id/explain': { request: () => ({ url: '/api/v1/recall-tasks/no-such-task/explain', payload: { note: '已售完' } }), expect: signedIn({}, 404) },
  'GET /api/v1/public/recalls': { request: get(() => '/api/v1/public/recalls?q=%E8%85%8A%E8%82%89'), expect: everyone(200) },
  'GET /recalls.atom': { request: get(() => '/recalls.atom'), expect: everyone(200) },
  'GET /recalls.rss': { request: get(() => '/recalls.rss'), expect: everyone(200) },
}

/** Route families answered the same to everyone: documentation, the web app's files, GS1 Digital Link resolution. */
const PUBLIC_FAMILIES: { pattern: RegExp; url: (route: string) => string }[] = [
  { pattern: /^GET \/docs/, url: (route) => route.slice(4).replace('*', 'index.css') },
  { pattern: /^GET \/(assets\/|help-images\/|index\.html$)/, url: (route) => route.slice(4) },
  { pattern: /^(GET|OPTIONS) \/[a-z0-9]+\/\*$/, url: (route) => `${route.replace(/^\S+ /, '').slice(0, -2)}/${DRUG_GTIN}` },
  { pattern: /^(GET|OPTIONS) \*$/, url: () => '/account/login' },
]
/** EPCIS 2.0 interface: operator-only until it takes the caller's scope (its own suite tests its answers). */
const EPCIS = /^(GET|POST|DELETE|OPTIONS) \/epcis\//

function ruleOf(route: string): Rule | undefined {
  if (RULES[route]) return RULES[route]
  const family = PUBLIC_FAMILIES.find((f) => f.pattern.test(route))
  if (family) return { request: () => ({ url: family.url(route) }), expect: everyone('allowed') }
  if (EPCIS.test(route)) {
    const url = route.replace(/^\S+ /, '').replace(/:\w+/g, 'x')
    return { request: (_w, role) => ({ url, payload: route === 'POST /epcis/queries' ? { name: unique(role), query: {} } : route.startsWith('POST') ? {} : undefined }), expect: route.startsWith('OPTIONS') ? everyone('allowed') : operatorOnly('allowed') }
  }
  return undefined
}

const complaints = new WeakMap<World, string>()
function complaintOf(world: World): string {
  return complaints.get(world) ?? 'missing'
}

const spareKeys = new WeakMap<World, string>()
function spareKeyOfA(world: World): string {
  return spareKeys.get(world) ?? 'missing'
}

describe.each(engines())('authorisation matrix on %s', (engine) => {
  let world: World
  let routes: string[]

  beforeAll(async () => {
    world = await buildWorld(engine)
    routes = registeredRoutes(world.platform.server)
    const key = await world.platform.server.inject({ method: 'POST', url: '/api/v1/api-keys', headers: world.headers.enterpriseA, payload: { name: 'spare' } })
    spareKeys.set(world, (key.json() as { key: { id: string } }).key.id)
    const complaint = await world.platform.server.inject({ method: 'POST', url: '/api/v1/complaints', payload: { code: FOOD_LOT, text: '腊肉有异味，请尽快处理。', contact: { phone: '13800138000' } } })
    complaints.set(world, (complaint.json() as { id: string }).id)
  }, 120_000)

  it('has a rule for every registered route', () => {
    expect(routes.length).toBeGreaterThan(30)
    expect(routes.filter((route) => !ruleOf(route))).toEqual([])
  })

  it('answers every route to every role as the matrix says', async () => {
    const ordered = [...new Set(routes)].filter((r) => ruleOf(r)).sort((x, y) => Number(ruleOf(x)!.last ?? false) - Number(ruleOf(y)!.last ?? false))
    const mismatches: string[] = []
    for (const route of ordered) {
      const rule = ruleOf(route)!
      const method = route.split(' ')[0] as 'GET' | 'POST' | 'DELETE' | 'OPTIONS'
      for (const role of ROLES) {
        const { url, payload } = rule.request(world, role)
        const reply = await world.platform.server.inject({ method, url, headers: world.headers[role], payload })
        const expected = rule.expect[role]
        const ok = expected === 'allowed' ? ![401, 403].includes(reply.statusCode) && reply.statusCode < 500 : reply.statusCode === expected
        if (!ok) mismatches.push(`${route} as ${role}: ${reply.statusCode}, expected ${expected} — ${reply.body.slice(0, 160)}`)
      }
    }
    expect(mismatches).toEqual([])
    // Every route × every role (well over a thousand requests, some of them exports): minutes on a busy machine.
  }, 900_000)
})
