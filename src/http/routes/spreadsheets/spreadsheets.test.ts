/**
 * Spreadsheet round trips on every engine: the template is downloaded, filled with exceljs as a clerk
 * would, uploaded, and the events are read back through the API; a bad row is reported against its
 * cell and nothing is written; CSV does the same.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const STEP = 'agri/wholesale/rapid_test'
const lot = (n: string) => `https://trace.example.cn/01/06901234000160/10/${n}`

function multipart(fileName: string, content: Buffer, type: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----zhuisu-test-boundary'
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`
  return { payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook
}

/** Column number of a header (without the required marker) on the data sheet. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').replace(/\*$/, ''))
  const index = headers.indexOf(header)
  if (index < 1) throw new Error(`no column ${header} in ${headers.join(',')}`)
  return index
}

describe.each(engines())('spreadsheets on %s', (engine) => {
  let platform: TestPlatform
  let template: Buffer
  const upload = (fileName: string, content: Buffer, type: string, accept = 'application/json') => {
    const form = multipart(fileName, content, type)
    return platform.server.inject({ method: 'POST', url: `/api/v1/spreadsheets/${STEP}`, payload: form.payload, headers: { ...form.headers, accept } })
  }
  const fill = async (rows: Record<string, string | number | Date>[]) => {
    const workbook = await loadWorkbook(template)
    const sheet = workbook.getWorksheet('数据')!
    rows.forEach((row, i) => {
      for (const [header, value] of Object.entries(row)) sheet.getRow(3 + i).getCell(columnOf(sheet, header)).value = value
    })
    return Buffer.from(await workbook.xlsx.writeBuffer())
  }

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    const reply = await platform.server.inject(`/api/v1/spreadsheets/templates/${STEP}`)
    expect([reply.statusCode, reply.headers['content-type']]).toEqual([200, XLSX])
    template = reply.rawPayload
  })

  it('lists a template for every step of every category', async () => {
    const { templates } = (await platform.server.inject('/api/v1/spreadsheets/templates')).json()
    expect(templates.length).toBeGreaterThan(30)
    expect(templates).toContainEqual(expect.objectContaining({ category: 'agri', stage: 'wholesale', step: 'rapid_test', stepName: '快速检测', xlsx: `/api/v1/spreadsheets/templates/${STEP}` }))
  })

  it('makes a template with Chinese headers, notes, a drop-down code list and an example row', async () => {
    const workbook = await loadWorkbook(template)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['数据', '说明', '示例', '代码表'])
    const sheet = workbook.getWorksheet('数据')!
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['事件时间*', '追溯码*', '检测项目*', '检测结果*']))
    const result = sheet.getRow(3).getCell(columnOf(sheet, '检测结果'))
    expect(result.dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('代码表')] })
    expect(workbook.getWorksheet('代码表')!.getColumn(1).values).toContain('阴性 阴性（未检出）')
    expect(workbook.getWorksheet('说明')!.getRow(1).getCell(1).value).toBe('食用农产品 · 批发 · 快速检测 采集模板')
    const example = workbook.getWorksheet('示例')!.getRow(3).getCell(columnOf(sheet, '检测结果')).value
    expect(example).toBe('合格')
  })

  it('captures every row of a filled template, and the events can be read back', async () => {
    const filled = await fill([
      { 事件时间: '2026-11-02 09:30', 追溯码: lot('RT1'), 数量: 1, 单位: 'KGM', 检测项目: '克伦特罗', 检测结果: '阴性 阴性（未检出）' },
      { 事件时间: new Date(Date.UTC(2026, 10, 2, 10, 0)), 追溯码: lot('RT2'), 检测项目: '莱克多巴胺', 检测结果: '合格' },
    ])
    const reply = await upload('快检.xlsx', filled, XLSX)
    expect(reply.statusCode, reply.body).toBe(201)
    const body = reply.json()
    expect(body).toMatchObject({ created: 2, rows: [{ row: 3, status: 'created' }, { row: 4, status: 'created' }] })
    const stored = (await platform.server.inject(`/api/v1/events/${encodeURIComponent(body.rows[1].eventId)}`)).json().event
    expect(stored).toMatchObject({ type: 'ObjectEvent', eventTime: '2026-11-02T10:00:00+08:00', bizStep: 'inspecting', 'zs:category': 'agri', 'zs:data': { testItem: '莱克多巴胺', testResult: '合格' } })
    const first = (await platform.server.inject(`/api/v1/events/${encodeURIComponent(body.rows[0].eventId)}`)).json().event
    expect(first['zs:data'].testResult).toBe('阴性')
    expect(first.quantityList[0]).toMatchObject({ quantity: 1, uom: 'KGM' })
  })

  it('reports a bad row by cell and reason, writes nothing, and returns the workbook with the cells marked', async () => {
    const filled = await fill([
      { 事件时间: '2026-11-03 09:30', 追溯码: lot('RT3'), 检测项目: '克伦特罗', 检测结果: '合格' },
      { 事件时间: '2026-11-03 09:40', 追溯码: lot('RT4'), 检测项目: '克伦特罗', 检测结果: '还行' },
      { 事件时间: '2026-13-03', 追溯码: lot('RT5'), 检测结果: '合格' },
    ])
    const reply = await upload('快检.xlsx', filled, XLSX)
    expect(reply.statusCode).toBe(422)
    const rows = reply.json().error.rows
    expect(rows).toContainEqual(expect.objectContaining({ row: 4, header: '检测结果*', message: expect.stringContaining('不在代码表中') }))
    expect(rows).toContainEqual(expect.objectContaining({ row: 5, header: '检测项目*', message: expect.stringContaining('必填') }))
    expect(rows.every((r: { row: number }) => r.row !== 3)).toBe(true)
    expect((await platform.server.inject(`/api/v1/public/${encodeURIComponent(lot('RT3'))}`)).statusCode).toBe(404)

    const annotated = await upload('快检.xlsx', filled, XLSX, XLSX)
    expect([annotated.statusCode, annotated.headers['content-type']]).toEqual([422, XLSX])
    const workbook = await loadWorkbook(annotated.rawPayload)
    const sheet = workbook.getWorksheet('数据')!
    const bad = sheet.getRow(4).getCell(columnOf(sheet, '检测结果'))
    expect(bad.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } })
    expect(JSON.stringify(bad.note)).toContain('不在代码表中')
    expect(workbook.getWorksheet('检查结果')!.rowCount).toBe(rows.length + 1)
  })

  it('reports what capture itself rejects (a time in the future) against the cell', async () => {
    const reply = await upload('快检.xlsx', await fill([{ 事件时间: '2030-01-01 08:00', 追溯码: lot('RT6'), 检测项目: '克伦特罗', 检测结果: '合格' }]), XLSX)
    expect(reply.statusCode).toBe(422)
    expect(reply.json().error.rows[0]).toMatchObject({ row: 3, column: 'eventTime', message: expect.stringContaining('事件时间晚于当前时间') })
  })

  it('takes CSV too: the CSV template filled and uploaded, and a bad CSV row reported', async () => {
    const header = (await platform.server.inject(`/api/v1/spreadsheets/templates/${STEP}?format=csv`)).body.replace(/^\uFEFF/, '').trim()
    const columns = header.split(',')
    const line = (values: Record<string, string>) => columns.map((c) => values[c.replace(/\*$/, '')] ?? '').join(',')
    const good = [header, line({ 事件时间: '2026-11-04 08:00', 追溯码: lot('RT7'), 检测项目: '克伦特罗', 检测结果: '不合格' })].join('\r\n')
    const ok = await upload('快检.csv', Buffer.from(`\uFEFF${good}`), 'text/csv')
    expect(ok.statusCode, ok.body).toBe(201)
    expect(ok.json().rows).toEqual([expect.objectContaining({ row: 2, status: 'created' })])
    const bad = [header, line({ 事件时间: '2026-11-04 08:00', 追溯码: lot('RT8'), 检测项目: '克伦特罗', 检测结果: '合格' }), line({ 事件时间: 'yesterday', 追溯码: lot('RT9'), 检测项目: 'x', 检测结果: '合格' })].join('\n')
    const refused = await upload('快检.csv', Buffer.from(bad), 'text/csv')
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error.rows).toEqual([expect.objectContaining({ row: 3, column: 'eventTime', message: expect.stringContaining('无法识别的时间') })])
  })
})
