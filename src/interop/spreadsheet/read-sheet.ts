/**
 * Reads a filled template — .xlsx (the data sheet, columns found by the hidden id row, or else by
 * header text) or CSV (columns by header text) — into rows of cell values.
 */
import ExcelJS from 'exceljs'
import { ZhuisuError } from '../../domain/errors.js'
import { isBlank, type CellValue } from './cell-values.js'
import { headerOf, type TemplateSpec } from './columns.js'
import { readCsv } from './csv.js'
import type { SheetRow } from './rows-to-events.js'
import { DATA_SHEET, FIRST_DATA_ROW, HEADER_ROW, ID_ROW } from './template-workbook.js'

/** Most rows in one upload: capture's own batch limit applies too. */
export const MAX_SHEET_ROWS = 10_000

export interface XlsxUpload {
  workbook: ExcelJS.Workbook
  sheet: ExcelJS.Worksheet
  /** Sheet column number (1-based) of each template column id. */
  columnNumbers: Map<string, number>
  rows: SheetRow[]
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return plain(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return undefined
}

/** Column positions from header texts (the `*` of required columns optional), for sheets without the id row. */
function columnsByHeader(spec: TemplateSpec, headers: string[]): Map<string, number> {
  const numbers = new Map<string, number>()
  headers.forEach((header, index) => {
    const text = header.trim().replace(/\*$/, '')
    const column = spec.columns.find((c) => c.id === text || c.zh === text || headerOf(c) === header.trim())
    if (column && !numbers.has(column.id)) numbers.set(column.id, index + 1)
  })
  return numbers
}

function rowsFrom(spec: TemplateSpec, numbers: Map<string, number>, lines: { rowNumber: number; valueAt: (column: number) => CellValue }[]): SheetRow[] {
  const rows: SheetRow[] = []
  for (const line of lines) {
    const cells: Record<string, CellValue> = {}
    for (const [id, number] of numbers) cells[id] = line.valueAt(number)
    if (Object.values(cells).every(isBlank)) continue
    rows.push({ rowNumber: line.rowNumber, cells })
  }
  if (rows.length > MAX_SHEET_ROWS) throw new ZhuisuError('batch_too_large', '/file', { limit: MAX_SHEET_ROWS })
  const missing = spec.columns.filter((c) => c.required && !numbers.has(c.id)).map(headerOf)
  if (missing.length > 0) throw new ZhuisuError('invalid_request', '/file', { reason: `表中缺少必填列：${missing.join('、')}`, missingColumns: missing })
  return rows
}

export async function readXlsxUpload(spec: TemplateSpec, buffer: Buffer): Promise<XlsxUpload> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  } catch (error) {
    throw new ZhuisuError('invalid_request', '/file', { reason: '无法读取该文件，请上传 .xlsx 格式的模板', cause: String(error) })
  }
  const sheet = workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets[0]
  if (!sheet) throw new ZhuisuError('invalid_request', '/file', { reason: '工作簿中没有工作表' })
  const width = Math.max(sheet.columnCount, spec.columns.length)
  const rowTexts = (rowNumber: number) => Array.from({ length: width }, (_, i) => String(plain(sheet.getRow(rowNumber).getCell(i + 1).value) ?? ''))
  const ids = rowTexts(ID_ROW)
  const hasIdRow = ids.some((id) => spec.columns.some((c) => c.id === id))
  const numbers = hasIdRow ? new Map(ids.flatMap((id, i) => (spec.columns.some((c) => c.id === id) ? [[id, i + 1] as [string, number]] : []))) : columnsByHeader(spec, rowTexts(HEADER_ROW))
  const first = hasIdRow ? FIRST_DATA_ROW : HEADER_ROW + 1
  const lines = []
  for (let rowNumber = first; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber)
    lines.push({ rowNumber, valueAt: (column: number) => plain(row.getCell(column).value) })
  }
  return { workbook, sheet, columnNumbers: numbers, rows: rowsFrom(spec, numbers, lines) }
}

export async function readCsvUpload(spec: TemplateSpec, buffer: Buffer): Promise<SheetRow[]> {
  const [headers = [], ...records] = await readCsv(buffer)
  const numbers = columnsByHeader(spec, headers)
  return rowsFrom(spec, numbers, records.map((record, i) => ({ rowNumber: i + 2, valueAt: (column: number) => record[column - 1] })))
}
