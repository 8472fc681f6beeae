/**
 * The row-by-row answer to an upload that was refused: each problem with its row, column and a Chinese
 * explanation, and for .xlsx uploads a copy of the workbook with every bad cell filled red and
 * explained in a cell comment, plus a sheet listing all problems.
 */
import type ExcelJS from 'exceljs'
import { headerOf, type TemplateSpec } from './columns.js'
import type { CellIssue } from './rows-to-events.js'
import type { XlsxUpload } from './read-sheet.js'

export const REPORT_SHEET = '检查结果'
const BAD_FILL = 'FFFFC7CE'
const BAD_FONT = 'FF9C0006'

export interface RowProblem {
  row: number
  /** Template column id and header; absent when the problem concerns the whole row. */
  column?: string
  header?: string
  /** Spreadsheet address such as `D5`, for .xlsx uploads. */
  cell?: string
  message: string
}

export function rowProblems(spec: TemplateSpec, issues: CellIssue[], upload?: XlsxUpload): RowProblem[] {
  return issues.map((issue) => {
    const column = spec.columns.find((c) => c.id === issue.columnId)
    const number = issue.columnId ? upload?.columnNumbers.get(issue.columnId) : undefined
    const cell = upload ? upload.sheet.getRow(issue.rowNumber).getCell(number ?? 1).address : undefined
    return { row: issue.rowNumber, column: column?.id, header: column ? headerOf(column) : undefined, cell, message: issue.message }
  }).sort((a, b) => a.row - b.row)
}

export async function reportWorkbook(upload: XlsxUpload, problems: RowProblem[]): Promise<Buffer> {
  const byCell = new Map<string, RowProblem[]>()
  for (const problem of problems) byCell.set(problem.cell!, [...(byCell.get(problem.cell!) ?? []), problem])
  for (const [address, cellProblems] of byCell) {
    const cell = upload.sheet.getCell(address)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BAD_FILL } }
    cell.font = { ...cell.font, color: { argb: BAD_FONT } }
    cell.note = cellProblems.map((p) => (p.column ? p.message : `整行：${p.message}`)).join('\n')
  }
  const previous = upload.workbook.getWorksheet(REPORT_SHEET)
  if (previous) upload.workbook.removeWorksheet(previous.id)
  const sheet: ExcelJS.Worksheet = upload.workbook.addWorksheet(REPORT_SHEET)
  sheet.addRows([['行', '单元格', '列', '问题'], ...problems.map((p) => [p.row, p.cell ?? '', p.header ?? '（整行）', p.message])])
  sheet.getRow(1).font = { bold: true }
  sheet.getColumn(3).width = 24
  sheet.getColumn(4).width = 100
  upload.workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: upload.workbook.worksheets.indexOf(upload.sheet), visibility: 'visible' }]
  return Buffer.from(await upload.workbook.xlsx.writeBuffer())
}
