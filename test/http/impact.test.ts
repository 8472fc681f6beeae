/**
 * Impact over HTTP: several codes at once, the code at fault named as `/codes/i`, the caller's scope,
 * and the affected list as .xlsx and CSV read back.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readCsv } from '../../src/interop/spreadsheet/csv.js'
import { IMPACT_COLUMNS } from '../../src/services/impact/export.js'
import { buildWorld, DRUG_LOT, FOOD_LOT, type Role, type World } from '../support/accounts-world.js'
import { engines } from '../support/engines.js'

const UNKNOWN = 'urn:epc:class:lgtin:6901234.000010.NOSUCHLOT'

describe.each(engines())('impact routes on %s', (engine) => {
  let world: World
  const post = (role: Role, url: string, payload: object) => world.platform.server.inject({ method: 'POST', url, headers: world.headers[role], payload })
  const get = (role: Role, url: string) => world.platform.server.inject({ url, headers: world.headers[role] })

  beforeAll(async () => {
    world = await buildWorld(engine)
  }, 120_000)

  it('assesses several codes at once: both roots, the union of their holders', async () => {
    const reply = await post('operator', '/api/v1/impact', { codes: [FOOD_LOT, DRUG_LOT] })
    expect(reply.statusCode).toBe(200)
    const body = reply.json()
    expect(body.roots.map((r: { code: string }) => r.code)).toHaveLength(2)
    const names = body.holders.map((h: { party: { name: string } }) => h.party.name).sort()
    expect(names).toEqual(['梅县食品厂', '梅江超市', '梅江食品供应商', '海口药品批发', '海口超市'].sort())
    const shop = body.holders.find((h: { party: { name: string } }) => h.party.name === '梅江超市')
    expect(shop.kind).toBe('supermarket')
    expect(shop.units[0]).toMatchObject({ unconfirmed: 40, held: 40, from: [{ name: '梅县食品厂' }] })
    expect(body.upstream.map((p: { party: { name: string }; roles: string[] }) => [p.party.name, p.roles])).toEqual(
      expect.arrayContaining([['梅江食品供应商', ['producer']], ['海口药品批发', ['producer']]]))
  })

  it('names the unknown code at fault by its place in the list, and the malformed one too', async () => {
    const unknown = await post('operator', '/api/v1/impact', { codes: [FOOD_LOT, DRUG_LOT, FOOD_LOT, UNKNOWN] })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error).toMatchObject({ code: 'code_not_found', field: '/codes/3' })
    const bad = await post('operator', '/api/v1/impact', { codes: [FOOD_LOT, 'not a code'] })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({ code: 'code_invalid', field: '/codes/1' })
    for (const codes of [[], Array.from({ length: 101 }, () => FOOD_LOT)]) {
      const reply = await post('operator', '/api/v1/impact', { codes })
      expect(reply.statusCode).toBe(400)
      expect(reply.json().error.field).toBe('/codes')
    }
    const single = await get('operator', `/api/v1/impact/${encodeURIComponent(UNKNOWN)}`)
    expect(single.statusCode).toBe(404)
    expect(single.json().error.field).toBe('/code')
  })

  it('shows a regulator only the holders in its region, and another region\'s regulator nothing of this food lot', async () => {
    const meizhou = (await post('regulatorMeizhouFood', '/api/v1/impact', { codes: [FOOD_LOT] })).json()
    const regions: string[] = meizhou.holders.map((h: { regionCode: string }) => h.regionCode)
    expect(regions.length).toBeGreaterThan(0)
    expect(regions.every((r) => r.startsWith('4414'))).toBe(true)
    expect(JSON.stringify(meizhou)).not.toContain('海口超市')
    expect(meizhou.truncatedByScope).toBe(true)
    expect(meizhou.regions.map((r: { code: string }) => r.code)).toEqual(['440000'])
    const haikou = await post('regulatorHaikouDrug', '/api/v1/impact', { codes: [FOOD_LOT] })
    expect(haikou.statusCode).toBe(404)
    expect(haikou.json().error.field).toBe('/codes/0')
    const drug = (await post('regulatorHaikouDrug', '/api/v1/impact', { codes: [DRUG_LOT] })).json()
    expect(drug.holders.map((h: { party: { name: string } }) => h.party.name)).toEqual(['海口药品批发'])
  })

  it('lets an enterprise assess a code it held (its trading circle) but not one it never touched', async () => {
    expect((await post('enterpriseA', '/api/v1/impact', { codes: [FOOD_LOT] })).statusCode).toBe(200)
    expect((await post('enterpriseB', '/api/v1/impact', { codes: [FOOD_LOT] })).statusCode).toBe(404)
    expect((await post('anonymous', '/api/v1/impact', { codes: [FOOD_LOT] })).statusCode).toBe(401)
  })

  it('pages, filters and sorts the holders on the server while the figures stay whole', async () => {
    const page = (await post('operator', '/api/v1/impact', { codes: [FOOD_LOT, DRUG_LOT], holders: { kind: 'supermarket', sort: 'held', order: 'desc', limit: 1 } })).json()
    expect(page.holderPage).toEqual({ matched: 2, offset: 0, limit: 1 })
    expect(page.holders.map((h: { party: { name: string } }) => h.party.name)).toEqual(['梅江超市'])
    expect(page.holderCount).toBe(5)
    const hainan = (await post('operator', '/api/v1/impact', { codes: [FOOD_LOT, DRUG_LOT], holders: { region: '46', search: '超市' } })).json()
    expect(hainan.holders.map((h: { party: { name: string } }) => h.party.name)).toEqual(['海口超市'])
    const bad = await post('operator', '/api/v1/impact', { codes: [FOOD_LOT], holders: { sort: 'nonsense' } })
    expect(bad.statusCode).toBe(400)
  })

  it('exports the affected list as a sortable .xlsx: frozen two-language header, autofilter, one row per holder and lot', async () => {
    const reply = await post('operator', '/api/v1/impact/export', { codes: [FOOD_LOT, DRUG_LOT], format: 'xlsx' })
    expect(reply.statusCode).toBe(200)
    expect(reply.headers['content-disposition']).toContain('.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(String(sheet.getCell(1, 2).value)).toBe('持有主体\nHolder')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.rowCount).toBe(1 + 5)
    const holderColumn = IMPACT_COLUMNS.findIndex(([key]) => key === 'holder') + 1
    const heldColumn = IMPACT_COLUMNS.findIndex(([key]) => key === 'held') + 1
    const provinceColumn = IMPACT_COLUMNS.findIndex(([key]) => key === 'province') + 1
    const shop = sheet.getRows(2, 5)!.find((row) => row.getCell(holderColumn).value === '海口超市')!
    expect(shop.getCell(heldColumn).value).toBe(30)
    expect(shop.getCell(provinceColumn).value).toBe('海南省')
  })

  it('exports the same list as CSV that reads back row for row', async () => {
    const reply = await get('regulatorMeizhouFood', `/api/v1/impact/${encodeURIComponent(FOOD_LOT)}/export?format=csv`)
    expect(reply.statusCode).toBe(200)
    expect(reply.headers['content-type']).toContain('text/csv')
    const rows = await readCsv(reply.rawPayload)
    expect(rows[0][1]).toBe('持有主体 Holder')
    const body = rows.slice(1).filter((r) => r.some((c) => c !== ''))
    const holders = body.map((r) => r[1]).sort()
    expect(holders).toEqual(['梅县食品厂', '梅江超市', '梅江食品供应商'].sort())
    expect(body.every((r) => r[5] === '广东省' && r[6] === '梅州市')).toBe(true)
  })
})
