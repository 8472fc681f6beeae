/**
 * Credit, blacklist and random inspection draws over HTTP, on every engine, in the accounts world:
 * A (梅县 food) fails an inspection and is blacklisted by the 梅州 food regulator; 海口's drug regulator
 * may do none of it; the public sees the list with public fields only.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, FOOD_LOT, type Role, type World } from '../support/accounts-world.js'
import { engines } from '../support/engines.js'
import { capture, makeUscc } from '../support/factories.js'

const FAILED_INSPECTION = 'urn:uuid:0190c000-0000-7000-8000-0000000000f1'
const PASSED_INSPECTION = 'urn:uuid:0190c000-0000-7000-8000-0000000000f2'

const inspection = (eventID: string, uscc: string, testResult: string) => ({
  type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'inspecting', eventTime: '2026-11-05T08:00:00+08:00', eventID, 'zs:party': uscc,
  'zs:category': 'food', 'zs:stage': 'release', 'zs:data': { testResult, inspectionCertificateNo: 'JY-2026-0001' },
  quantityList: [{ epcClass: FOOD_LOT, quantity: 1, uom: 'KGM' }],
})

describe.each(engines())('credit and blacklist on %s', (engine) => {
  let world: World
  const call = async (role: Role, method: 'GET' | 'POST', url: string, payload?: object) => {
    const reply = await world.platform.server.inject({ method, url, headers: world.headers[role], payload })
    return { status: reply.statusCode, body: reply.json() as any }
  }
  const listing = (overrides: object = {}) => ({
    partyId: world.parties.a.id, reason: '出厂检验不合格仍销售', decisionNo: '梅市监信〔2026〕7号', decisionTitle: '关于将梅县食品厂列入质量失信黑名单的决定',
    validFrom: '2026-11-20', validTo: '2027-11-19', ...overrides,
  })

  beforeAll(async () => {
    world = await buildWorld(engine)
    const reply = await capture(world.platform.server, [
      inspection(FAILED_INSPECTION, world.parties.a.uscc, '不合格'),
      inspection(PASSED_INSPECTION, world.parties.a.uscc, '合格'),
    ], world.headers.operator)
    if (reply.statusCode !== 201) throw new Error(`capture: ${reply.statusCode} ${reply.body}`)
  }, 120_000)

  it('scores a failed inspection with its event as evidence, and keeps one snapshot while nothing changes', async () => {
    const first = await call('regulatorMeizhouFood', 'GET', `/api/v1/parties/${world.parties.a.id}/credit`)
    expect(first.status).toBe(200)
    // Alerts the capture raised (failed_inspection_shipped…) count too: the score is 100 plus every reason's points.
    const points = first.body.current.reasons.reduce((sum: number, r: { points: number }) => sum + r.points, 0)
    expect(first.body.current).toMatchObject({ score: Math.min(100, 100 + points), modelVersion: 'credit-v1' })
    expect(first.body.current.reasons).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'inspection', rule: 'inspection_failed', points: -10, evidence: [FAILED_INSPECTION] }),
      expect.objectContaining({ source: 'inspection', rule: 'inspection_passed', points: 1, evidence: [PASSED_INSPECTION] }),
    ]))
    expect(first.body.sources).toContain('blacklist')
    const own = await call('enterpriseA', 'GET', `/api/v1/parties/${world.parties.a.id}/credit`)
    expect(own.body.history).toHaveLength(1)
    expect((await call('enterpriseB', 'GET', `/api/v1/parties/${world.parties.a.id}/credit`)).status).toBe(403)
  })

  it('refuses a listing out of scope, a bad USCC or period, and a party not named', async () => {
    expect((await call('regulatorHaikouDrug', 'POST', '/api/v1/blacklist', listing())).body.error.code).toBe('forbidden')
    const badUscc = await call('regulatorMeizhouFood', 'POST', '/api/v1/blacklist', listing({ partyId: undefined, uscc: '91441403MA4UXXXXX1' }))
    expect([badUscc.status, badUscc.body.error.code, badUscc.body.error.field]).toEqual([422, 'uscc_invalid', '/uscc'])
    const unknown = await call('regulatorMeizhouFood', 'POST', '/api/v1/blacklist', listing({ partyId: undefined, uscc: makeUscc('441403') }))
    expect(unknown.body.error.code).toBe('party_not_found')
    const reversed = await call('regulatorMeizhouFood', 'POST', '/api/v1/blacklist', listing({ validTo: '2026-01-01' }))
    expect([reversed.status, reversed.body.error.code, reversed.body.error.field]).toEqual([400, 'blacklist_period_invalid', '/validTo'])
    expect((await call('regulatorMeizhouFood', 'POST', '/api/v1/blacklist', listing({ partyId: undefined }))).body.error.code).toBe('blacklist_party_required')
    expect((await call('anonymous', 'GET', `/api/v1/blacklist/check?uscc=${world.parties.a.uscc}`)).body.blacklisted).toBe(false)
  })

  it('lists a party by USCC, publishes public fields only, answers the joint-punishment check, and grades it D', async () => {
    const added = await call('regulatorMeizhouFood', 'POST', '/api/v1/blacklist', listing({ partyId: undefined, uscc: world.parties.a.uscc.toLowerCase() }))
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ partyName: '梅县食品厂', uscc: world.parties.a.uscc, status: 'active', authority: '梅州市市场监督管理局' })

    const list = await call('anonymous', 'GET', `/api/v1/blacklist?q=${encodeURIComponent('梅县')}`)
    expect(list.body.total).toBe(1)
    expect(Object.keys(list.body.entries[0]).sort()).toEqual(['authority', 'decisionNo', 'decisionTitle', 'id', 'partyName', 'publishedAt', 'reason', 'regionCode', 'status', 'uscc', 'validFrom', 'validTo'])
    expect(JSON.stringify(list.body)).not.toContain(world.organisations.meizhou)
    expect((await call('anonymous', 'GET', '/api/v1/blacklist?q=%25')).body.total).toBe(0)
    expect((await call('anonymous', 'GET', `/api/v1/blacklist?q=${world.parties.a.uscc}`)).body.total).toBe(1)

    const check = await call('anonymous', 'GET', `/api/v1/blacklist/check?uscc=${world.parties.a.uscc}`)
    expect(check.body).toMatchObject({ blacklisted: true, entries: [{ id: added.body.id, decisionNo: '梅市监信〔2026〕7号' }] })
    expect((await call('anonymous', 'GET', `/api/v1/blacklist/check?party=${world.parties.d.id}`)).body.blacklisted).toBe(false)
    expect((await call('anonymous', 'GET', '/api/v1/blacklist/check?uscc=123')).body.error.code).toBe('uscc_invalid')

    const credit = await call('regulatorMeizhouFood', 'GET', `/api/v1/parties/${world.parties.a.id}/credit`)
    expect(credit.body.current.grade).toBe('D')
    expect(credit.body.current.reasons.at(-1)).toMatchObject({ source: 'blacklist', points: -40, evidence: [added.body.id] })
    expect(credit.body.history.at(-1).grade).toBe('D')
    expect(credit.body.history.length).toBeGreaterThanOrEqual(2)

    const ranked = await call('regulatorMeizhouFood', 'GET', '/api/v1/credit?grade=D')
    expect(ranked.body).toMatchObject({ total: 1, rows: [{ partyId: world.parties.a.id, grade: 'D' }] })
    expect((await call('regulatorHaikouDrug', 'GET', '/api/v1/credit')).body.total).toBe(0)
  })

  it('revokes an entry once, keeps it as a record, and stops reporting it', async () => {
    const { body: { entries: [entry] } } = await call('anonymous', 'GET', '/api/v1/blacklist')
    expect((await call('regulatorHaikouDrug', 'POST', `/api/v1/blacklist/${entry.id}/revocations`, { reason: '信用修复' })).status).toBe(403)
    const revoked = await call('regulatorMeizhouFood', 'POST', `/api/v1/blacklist/${entry.id}/revocations`, { reason: '已整改，信用修复' })
    expect(revoked.body).toMatchObject({ status: 'revoked', revocationReason: '已整改，信用修复', id: entry.id })
    expect((await call('operator', 'POST', `/api/v1/blacklist/${entry.id}/revocations`, { reason: '再次' })).body.error.code).toBe('blacklist_not_in_force')
    expect((await call('anonymous', 'GET', `/api/v1/blacklist/check?uscc=${world.parties.a.uscc}`)).body.blacklisted).toBe(false)
    expect((await call('anonymous', 'GET', '/api/v1/blacklist')).body.total).toBe(0)
    const credit = await call('enterpriseA', 'GET', `/api/v1/parties/${world.parties.a.id}/credit`)
    expect(credit.body.current.grade).not.toBe('D')
    expect(credit.body.history.length).toBeGreaterThanOrEqual(3)
  })

  it('counts a complaint about a lot of the party, unanswered until it is answered', async () => {
    const submitted = await call('anonymous', 'POST', '/api/v1/complaints', { code: FOOD_LOT, text: '买到的腊肉有异味，包装鼓胀，怀疑已经变质。', contact: { phone: '13800138000' } })
    expect(submitted.status).toBe(201)
    const credit = await call('operator', 'GET', `/api/v1/parties/${world.parties.c.id}/credit`)
    expect(credit.body.current.reasons).toContainEqual(expect.objectContaining({ source: 'complaint', rule: 'complaint_unanswered', points: -2, evidence: [submitted.body.id] }))
    expect(credit.body.sources).toContain('complaint')
  })

  it('counts a complaint against the party only when the answer finds it substantiated', async () => {
    const text = '买到的腊肉重量不足，标注 500 克实际只有 420 克。'
    const complain = async () => (await call('anonymous', 'POST', '/api/v1/complaints', { code: FOOD_LOT, text, contact: { phone: '13800138001' } })).body.id as string
    const answer = async (id: string, finding: string) => {
      expect((await call('regulatorMeizhouFood', 'POST', `/api/v1/complaints/${id}/transitions`, { to: 'investigating' })).status).toBe(200)
      const answered = await call('regulatorMeizhouFood', 'POST', `/api/v1/complaints/${id}/transitions`, { to: 'answered', answer: '经核查已答复', finding })
      expect(answered.status).toBe(200)
    }
    const [cleared, upheld] = [await complain(), await complain()]
    await answer(cleared, 'unsubstantiated')
    await answer(upheld, 'substantiated')
    const reasons = (await call('operator', 'GET', `/api/v1/parties/${world.parties.c.id}/credit`)).body.current.reasons
    const substantiated = reasons.find((r: { rule: string }) => r.rule === 'complaint_substantiated')
    expect(substantiated.evidence).toContain(upheld)
    expect(substantiated.evidence).not.toContain(cleared)
  })

  it('rewards a recall task finished by the deadline, with the task as evidence', async () => {
    const recall = await call('regulatorMeizhouFood', 'POST', '/api/v1/recalls', { codes: [FOOD_LOT], reason: '菌落总数超标', level: 'II' })
    expect(recall.status).toBe(201)
    const detail = await call('regulatorMeizhouFood', 'GET', `/api/v1/recalls/${recall.body.id}`)
    const task = detail.body.tasks.find((t: { party: { id?: string } }) => t.party.id === world.parties.d.id)
    const explained = await call('operator', 'POST', `/api/v1/recall-tasks/${task.id}/explain`, { note: '召回前已全部售出' })
    expect(explained.status).toBe(200)
    const credit = await call('regulatorMeizhouFood', 'GET', `/api/v1/parties/${world.parties.d.id}/credit`)
    expect(credit.body.current.reasons).toContainEqual(expect.objectContaining({ source: 'recall', rule: 'recall_on_time', points: 1, evidence: [task.id] }))
  })
})

describe.each(engines())('random inspection draws on %s', (engine) => {
  let world: World
  const call = async (role: Role, method: 'GET' | 'POST', url: string, payload?: object) => {
    const reply = await world.platform.server.inject({ method, url, headers: world.headers[role], payload })
    return { status: reply.statusCode, body: reply.json() as any }
  }
  const draw = (overrides: object = {}) => ({ title: '2026 年第四季度食品经营者双随机抽查', targetCount: 2, seed: '福彩3D 2026310 期 517', inspectors: ['李明', '王芳', '陈强', '赵敏'], ...overrides })

  beforeAll(async () => {
    world = await buildWorld(engine)
    const blacklisted = await call('regulatorMeizhouFood', 'POST', '/api/v1/blacklist', {
      partyId: world.parties.d.id, reason: '销售过期食品', decisionNo: '梅市监信〔2026〕9号', decisionTitle: '列入质量失信黑名单决定书', validFrom: '2026-11-01', validTo: '2027-10-31',
    })
    if (blacklisted.status !== 201) throw new Error(JSON.stringify(blacklisted.body))
  }, 120_000)

  it('draws from the parties in scope, weighted by risk, and records seed, candidates and inspectors', async () => {
    const first = await call('regulatorMeizhouFood', 'POST', '/api/v1/inspection-draws', draw())
    expect(first.status).toBe(201)
    const { body } = first
    expect(body).toMatchObject({ seed: '福彩3D 2026310 期 517', seedSource: 'entered', algorithm: 'es-hmac-sha256-v1', regionPrefix: '4414', categories: ['food'], perTarget: 2 })
    expect(body.candidates.map((c: { partyId: string }) => c.partyId).sort()).toEqual([world.parties.a.id, world.parties.c.id, world.parties.d.id].sort())
    const weightOf = (id: string) => body.candidates.find((c: { partyId: string }) => c.partyId === id).weight
    expect(weightOf(world.parties.d.id)).toBeGreaterThanOrEqual(80)
    expect(weightOf(world.parties.d.id)).toBeGreaterThan(weightOf(world.parties.c.id))
    expect(body.result).toHaveLength(2)
    for (const target of body.result) expect(new Set(target.inspectors).size).toBe(2)

    const again = await call('regulatorMeizhouFood', 'POST', '/api/v1/inspection-draws', draw())
    expect(again.body.result).toEqual(body.result)
    const verified = await call('operator', 'GET', `/api/v1/inspection-draws/${body.id}/verify`)
    expect(verified.body).toMatchObject({ resultMatches: true, candidatesHashMatches: true, algorithmKnown: true })

    const generated = await call('regulatorMeizhouFood', 'POST', '/api/v1/inspection-draws', draw({ seed: undefined, partyKinds: ['supermarket'], targetCount: 5 }))
    expect(generated.body).toMatchObject({ seedSource: 'generated', result: [{ partyId: world.parties.d.id }] })
    expect(generated.body.seed).toMatch(/^[0-9a-f]{32}$/)

    const list = await call('regulatorMeizhouFood', 'GET', '/api/v1/inspection-draws?limit=2')
    expect(list.body.total).toBe(3)
    expect(list.body.draws[0]).toMatchObject({ id: generated.body.id, candidates: [] })
    expect((await call('regulatorHaikouDrug', 'GET', '/api/v1/inspection-draws')).body.total).toBe(0)
    expect((await call('regulatorHaikouDrug', 'GET', `/api/v1/inspection-draws/${body.id}`)).status).toBe(404)
  })

  it('refuses draws outside the regulator\'s region or categories, and bad seeds or inspector lists', async () => {
    const post = (role: Role, overrides: object) => call(role, 'POST', '/api/v1/inspection-draws', draw(overrides))
    expect((await post('regulatorHaikouDrug', { regionCode: '441400' })).body.error).toMatchObject({ code: 'forbidden', field: '/regionCode' })
    expect((await post('regulatorMeizhouFood', { regionCode: '440000' })).body.error).toMatchObject({ code: 'forbidden', field: '/regionCode' })
    expect((await post('regulatorMeizhouFood', { categories: ['drug'] })).body.error).toMatchObject({ code: 'forbidden', field: '/categories/0' })
    expect((await post('regulatorMeizhouFood', { seed: 'short' })).body.error.code).toBe('draw_seed_invalid')
    expect((await post('regulatorMeizhouFood', { inspectors: ['李明', '李明'] })).body.error.code).toBe('draw_inspectors_invalid')
    expect((await post('regulatorMeizhouFood', { inspectors: ['李明'] })).body.error.code).toBe('draw_inspectors_invalid')
    expect((await post('regulatorMeizhouFood', { partyKinds: ['mine'] })).status).toBe(422)
    expect((await post('enterpriseA', {})).status).toBe(403)
  })
})
