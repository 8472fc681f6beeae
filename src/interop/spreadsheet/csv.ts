/**
 * CSV in and out through exceljs (fast-csv underneath): UTF-8 with a byte-order mark on the way out, so
 * that Excel opens the Chinese correctly; every value kept as text on the way in, so that a GTIN keeps
 * its leading zero and a lot number that looks like a date stays a lot number.
 */
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'

export async function csvOf(rows: (string | number | boolean | undefined)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('csv').addRows(rows.map((row) => row.map((value) => value ?? null)))
  return Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { writeBOM: true } }))
}

export async function readCsv(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '')
  const sheet = await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value })
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))
    rows[rowNumber - 1] = values
  })
  return Array.from(rows, (row) => row ?? [])
}
