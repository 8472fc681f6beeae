/** The 12345 hotline file: reading an uploaded .xlsx or CSV into cells per column, and the template workbook. */
import ExcelJS from 'exceljs'
import { HOTLINE_COLUMNS, hotlineColumnsOf, type HotlineCell, type HotlineKey } from '../../../domain/complaints/hotline.js'
import { ZhuisuError } from '../../../domain/errors.js'
import { readCsv } from '../../../interop/spreadsheet/csv.js'

export interface HotlineFileRow {
  row: number
  cells: Partial<Record<HotlineKey, HotlineCell>>
}

const MAX_ROWS = 5001

function plain(value: ExcelJS.CellValue): HotlineCell {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return String(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return plain(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return undefined
}

async function gridOf(buffer: Buffer, format: 'csv' | 'xlsx'): Promise<HotlineCell[][]> {
  try {
    if (format === 'csv') return await readCsv(buffer)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) return []
    const grid: HotlineCell[][] = []
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      if (number > MAX_ROWS + 1) return
      const values: HotlineCell[] = []
      for (let c = 1; c <= Math.min(row.cellCount, 50); c++) values.push(plain(row.getCell(c).value))
      grid[number - 1] = values
    })
    return Array.from(grid, (r) => r ?? [])
  } catch {
    throw new ZhuisuError('complaint_import_invalid', '/file')
  }
}

export async function readHotlineFile(buffer: Buffer, format: 'csv' | 'xlsx'): Promise<HotlineFileRow[]> {
  const grid = await gridOf(buffer, format)
  const headers = (grid[0] ?? []).map((h) => String(h ?? '').replace(/^\uFEFF/, ''))
  const { columns, missing } = hotlineColumnsOf(headers)
  if (missing.length > 0) throw new ZhuisuError('complaint_import_invalid', '/file', { missing })
  const rows: HotlineFileRow[] = []
  grid.slice(1).forEach((values, i) => {
    if (values.every((v) => v === undefined || String(v).trim() === '')) return
    const cells: Partial<Record<HotlineKey, HotlineCell>> = {}
    for (const [key, index] of columns) cells[key] = values[index]
    rows.push({ row: i + 2, cells })
  })
  return rows
}

export async function hotlineTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('12345工单')
  sheet.columns = HOTLINE_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: c.key === 'text' ? 60 : c.key === 'code' ? 44 : 22 }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRow(Object.fromEntries(HOTLINE_COLUMNS.map((c) => [c.key, c.example])))
  const notes = workbook.addWorksheet('说明')
  notes.columns = [{ header: '列', key: 'h', width: 14 }, { header: '说明', key: 'd', width: 90 }]
  notes.addRows([
    { h: '工单编号*', d: '12345 热线工单编号，重复导入同一编号不会重复建投诉' },
    { h: '受理时间*', d: '北京时间，如 2026-11-20 09:30，或 Excel 日期单元格' },
    { h: '诉求内容*', d: '10–2000 字纯文本，不能包含 HTML 标签' },
    { h: '联系电话', d: '手机号或固定电话（如 0753-2212345）' },
    { h: '所在区域', d: '行政区划代码（441402）或名称（梅州市梅江区）；有追溯码时以追溯码所在地为准' },
    { h: '追溯码', d: '产品上的追溯码，用于按品类和地区分派' },
  ])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
