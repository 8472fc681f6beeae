/** Tables (services/spreadsheets/export-tables.ts) → an .xlsx with a sheet per table, or one table as CSV. */
import ExcelJS from 'exceljs'
import type { Table } from '../../services/spreadsheets/export-tables.js'
import { csvOf } from './csv.js'

export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Zhuisu 追溯'
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = table.columns.map((c) => ({ header: c.zh, key: c.key, width: Math.max(10, c.zh.length * 2 + 4) }))
    sheet.getRow(1).font = { bold: true }
    sheet.addRows(table.rows)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export function tableToCsv(table: Table): Promise<Buffer> {
  return csvOf([table.columns.map((c) => c.zh), ...table.rows.map((row) => table.columns.map((c) => row[c.key]))])
}
