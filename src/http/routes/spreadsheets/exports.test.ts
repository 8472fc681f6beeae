/** Trace, impact and event exports to .xlsx and CSV on every engine, read back with exceljs. */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'
import { capture, makeParty, makeProduct, type TestParty } from '../../../../test/support/factories.js'

const TEA = 'urn:epc:class:lgtin:6901234.000017.T2611'
const exportUrl = (subject: string, query = '') => `/api/v1/exports/${subject}/${encodeURIComponent(TEA)}${query}`

async function sheetRows(buffer: Buffer, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const rows: unknown[][] = []
  workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe.each(engines())('exports on %s', (engine) => {
  let platform: TestPlatform
  let farm: TestParty, shop: TestParty

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    farm = await makeParty(platform.server, '梅县茶场', 'farm', '441403')
    shop = await makeParty(platform.server, '广州茶叶店', 'retailer', '440104')
    await makeProduct(platform.server, '梅州绿茶', '06901234000177', 'agri', 'KGM')
    const reply = await capture(platform.server, [
      { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-10-01T08:00:00+08:00', 'zs:party': farm.uscc, quantityList: [{ epcClass: TEA, quantity: 100, uom: 'KGM' }] },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: '2026-10-02T08:00:00+08:00', 'zs:party': farm.uscc, destinationList: [{ type: 'owning_party', destination: shop.uscc }], quantityList: [{ epcClass: TEA, quantity: 40, uom: 'KGM' }] },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: '2026-10-03T08:00:00+08:00', 'zs:party': shop.uscc, quantityList: [{ epcClass: TEA, quantity: 40, uom: 'KGM' }] },
    ])
    expect(reply.statusCode, reply.body).toBe(201)
  })

  it('exports a trace as two sheets: the lots with their holders, and the transfers', async () => {
    const reply = await platform.server.inject(exportUrl('trace'))
    expect(reply.statusCode, reply.body).toBe(200)
    const nodes = await sheetRows(reply.rawPayload, '追溯节点')
    expect(nodes[0]).toEqual(expect.arrayContaining(['追溯码', '持有主体', '结存量']))
    expect(nodes.slice(1).map((r) => r[7])).toEqual(expect.arrayContaining(['梅县茶场', '广州茶叶店']))
    const transfers = await sheetRows(reply.rawPayload, '流转与加工')
    expect(transfers.slice(1)).toContainEqual(expect.arrayContaining(['流转', '梅县茶场', '广州茶叶店', 40, 'KGM']))
  })

  it('exports the impact list and the events behind a code, as .xlsx and CSV', async () => {
    const impact = await sheetRows((await platform.server.inject(exportUrl('impact'))).rawPayload, '影响范围')
    expect(impact.slice(1)).toContainEqual(expect.arrayContaining(['广州茶叶店', shop.uscc, 40]))
    const csv = await platform.server.inject(exportUrl('events', '?format=csv'))
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(lines[0]).toBe('时间,环节,追溯码,产品,主体,场所,数量,单位,事件编号')
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['生产', '发出', '收货'])
    const second = await platform.server.inject(exportUrl('trace', '?format=csv&table=1'))
    expect(second.body).toContain('流转')
    expect((await platform.server.inject(exportUrl('trace', '?format=csv&table=5'))).statusCode).toBe(400)
  })
})
