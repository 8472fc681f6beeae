/** The console over HTTP: regulators see their region and categories only; exports are real workbooks. */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, type World } from '../../../../test/support/accounts-world.js'
import { engines } from '../../../../test/support/engines.js'

describe.each(engines())('console routes on %s', (engine) => {
  let world: World
  beforeAll(async () => {
    world = await buildWorld(engine)
  }, 120_000)
  const get = (url: string, role: keyof World['headers']) => world.platform.server.inject({ method: 'GET', url, headers: world.headers[role] })

  it('shows the Meizhou food regulator its parties and flows, and the Haikou drug regulator none of them', async () => {
    const meizhou = (await get('/api/v1/console/coverage', 'regulatorMeizhouFood')).json() as { total: { registered: number; active: number } }
    expect(meizhou.total).toMatchObject({ registered: 3 })
    const volumes = (await get('/api/v1/console/volumes', 'regulatorMeizhouFood')).json() as { totalEvents: number; provinceFlows: { from: string; to: string }[] }
    expect(volumes.provinceFlows.map((f) => `${f.from}>${f.to}`).sort()).toEqual(['440000>440000', '440000>460000'])

    const haikou = (await get('/api/v1/console/volumes', 'regulatorHaikouDrug')).json() as { totalEvents: number; provinceFlows: unknown[]; topParties: { partyId: string }[] }
    expect(haikou.provinceFlows).toEqual([])
    expect(haikou.topParties.map((p) => p.partyId)).toEqual([world.parties.b.id])
    const haikouQuality = (await get('/api/v1/console/quality', 'regulatorHaikouDrug')).json() as { parties: { partyId: string }[] }
    expect(haikouQuality.parties.map((p) => p.partyId)).not.toContain(world.parties.a.id)
    expect((await get('/api/v1/console/coverage?regionCode=441400', 'regulatorHaikouDrug')).statusCode).toBe(403)
    expect((await get('/api/v1/console/coverage?category=drug', 'regulatorMeizhouFood')).statusCode).toBe(403)
    expect((await get('/api/v1/console/coverage', 'enterpriseA')).statusCode).toBe(403)
  })

  it('lists the events behind a party figure and exports the quality table as .xlsx', async () => {
    const events = (await get(`/api/v1/console/events?partyId=${world.parties.a.id}&days=60`, 'regulatorMeizhouFood')).json() as { events: { partyId: string }[] }
    expect(events.events.length).toBeGreaterThan(0)
    expect(events.events.every((e) => e.partyId === world.parties.a.id)).toBe(true)
    const reply = await get('/api/v1/console/quality?format=xlsx&days=60', 'regulatorMeizhouFood')
    expect(reply.headers['content-type']).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('企业数据质量')!
    const names = sheet.getColumn(1).values.slice(2)
    expect(names).toContain('梅县食品厂')
  })

  it('lets the operator set coverage targets, rejects a bad one and shows them against coverage', async () => {
    const put = (payload: object) => world.platform.server.inject({ method: 'PUT', url: '/api/v1/console/coverage-targets', headers: world.headers.operator, payload })
    const target = { regionCode: '441400', category: 'food', year: 2026, enterpriseSharePercent: 30, countySharePercent: 100 }
    expect((await put({ targets: [{ ...target, regionCode: '999999' }] })).json()).toMatchObject({ error: { code: 'region_invalid', field: '/targets/0/regionCode' } })
    expect((await put({ targets: [target, { ...target, enterpriseSharePercent: 50, year: 2027 }] })).statusCode).toBe(200)
    const coverage = (await get('/api/v1/console/coverage', 'regulatorMeizhouFood')).json() as { byCategory: { category: string; target: { enterpriseSharePercent: number } | null }[] }
    expect(coverage.byCategory.find((c) => c.category === 'food')?.target?.enterpriseSharePercent).toBe(30)
    const listed = (await get('/api/v1/console/coverage-targets', 'regulatorHaikouDrug')).json() as { targets: unknown[] }
    expect(listed.targets).toEqual([])
  })
})
