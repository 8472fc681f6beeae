/**
 * The affected list (召回名单) as .xlsx or CSV: one row per holder and lot or item, with what a recall needs —
 * what (product, GTIN/code, lot/serial), how much (received, shipped, sold, used, destroyed, held + unit),
 * from whom, to whom, when, where (site, address, province/city/county names). Both formats are streamed
 * row by row; the .xlsx has a frozen header with an autofilter on every column, so each one sorts.
 */
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { HOLDER_KIND_LABELS } from '../../domain/holder-kinds.js'
import type { TableValue } from '../spreadsheets/export-tables.js'
import type { ImpactPartyRef, ImpactResult } from './model.js'
import { regionNames } from './summary.js'

export type ImpactExportFormat = 'xlsx' | 'csv'

export const IMPACT_COLUMNS = [
  ['holderKind', '主体类型', 'Kind of holder', 14], ['holder', '持有主体', 'Holder', 28], ['uscc', '统一社会信用代码', 'USCC', 22],
  ['contact', '联系人', 'Contact', 10], ['phone', '联系电话', 'Phone', 14], ['province', '省', 'Province', 10], ['city', '市', 'City', 10],
  ['county', '区县', 'County', 10], ['regionCode', '行政区划代码', 'Region code', 10], ['sites', '场所', 'Sites', 22], ['address', '地址', 'Address', 30],
  ['product', '产品', 'Product', 20], ['gtin', 'GTIN', 'GTIN', 16], ['code', '追溯码', 'Trace code', 40], ['lotNumber', '批号', 'Lot', 14],
  ['serial', '序列号', 'Serial', 14], ['received', '收货量', 'Received', 10], ['unconfirmed', '在途未确认', 'Unconfirmed', 10],
  ['made', '生产量', 'Made', 10], ['shipped', '发出量', 'Shipped on', 10], ['sold', '销售量', 'Sold', 10], ['used', '使用/投料量', 'Used', 10],
  ['destroyed', '销毁量', 'Destroyed', 10], ['held', '结存量', 'Still held', 10], ['uom', '单位', 'Unit', 8], ['from', '来源(供货方)', 'From', 28],
  ['to', '去向(收货方)', 'To', 28], ['firstAt', '首次时间', 'First movement', 22], ['lastAt', '最近时间', 'Last movement', 22],
] as const

type ColumnKey = (typeof IMPACT_COLUMNS)[number][0]

const names = (refs: ImpactPartyRef[]) => refs.map((r) => r.name ?? r.reference ?? '').join('、')

/** The rows of the affected list, in the order of the answer (region, then holder name). */
export function* impactRows(result: ImpactResult, language: 'zh' | 'en' = 'zh'): Generator<Record<ColumnKey, TableValue>> {
  for (const h of result.holders) {
    const region = regionNames(h.regionCode)
    const holderKind = HOLDER_KIND_LABELS[h.kind][language]
    const sites = h.sites.map((s) => s.name).join('、')
    const address = h.sites.find((s) => s.address)?.address ?? h.contact.address
    // One literal per row, no spread: a spread followed by more fields costs V8 a slow path on every row.
    for (const u of h.units) {
      yield {
        holderKind, holder: h.party.name ?? h.party.reference, uscc: h.party.uscc, contact: h.contact.name, phone: h.contact.phone,
        province: region.province, city: region.city, county: region.county, regionCode: h.regionCode, sites, address,
        product: u.productName, gtin: u.gtin, code: u.code, lotNumber: u.lotNumber, serial: u.serial,
        received: u.received, unconfirmed: u.unconfirmed, made: u.made, shipped: u.shipped, sold: u.sold, used: u.used, destroyed: u.destroyed,
        held: u.held, uom: u.uom, from: names(u.from), to: names(u.to), firstAt: u.firstAt, lastAt: u.lastAt,
      }
    }
  }
}

const PLAIN_CELL: Partial<ExcelJS.Style> = {}

export async function writeImpactXlsx(result: ImpactResult, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  workbook.creator = 'Zhuisu 追溯'
  const sheet = workbook.addWorksheet('影响范围 Affected', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = IMPACT_COLUMNS.map(([key, zh, en, width]) => ({ header: `${zh}\n${en}`, key, width }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'middle' }
  header.height = 32
  header.commit()
  let rows = 0
  for (const row of impactRows(result)) {
    const added = sheet.addRow(IMPACT_COLUMNS.map(([key]) => row[key]))
    // ExcelJS gives every cell a fresh style object and works out its style id from scratch (half the time of a
    // 20,000-row list); one shared object for the plain data cells is looked up once.
    added.eachCell((cell) => {
      cell.style = PLAIN_CELL
    })
    added.commit()
    rows++
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows + 1), column: IMPACT_COLUMNS.length } }
  sheet.commit()
  const about = workbook.addWorksheet('说明 About')
  about.columns = [{ header: '项目 Item', key: 'k', width: 24 }, { header: '内容 Value', key: 'v', width: 80 }]
  for (const [k, v] of [
    ['追溯码 Codes', result.codes.join(' ')], ['持有主体数 Holders', result.holderCount], ['批次/单品数 Lots and items', result.lotCount + result.itemCount],
    ['不完整 Truncated', result.truncated ? '是 yes' : '否 no'],
  ] as const) about.addRow({ k, v }).commit()
  about.commit()
  await workbook.commit()
}

export async function writeImpactCsv(result: ImpactResult, stream: Writable): Promise<void> {
  const write = (line: string) => (stream.write(line) ? Promise.resolve() : new Promise<void>((resolve) => stream.once('drain', () => resolve())))
  await write(`\uFEFF${IMPACT_COLUMNS.map(([, zh, en]) => csvCell(`${zh} ${en}`)).join(',')}\r\n`)
  for (const row of impactRows(result)) await write(`${IMPACT_COLUMNS.map(([key]) => csvCell(row[key])).join(',')}\r\n`)
  stream.end()
}

/** RFC 4180 quoting; a text starting with = + - @ is prefixed with ' so that a spreadsheet never runs it. */
export function csvCell(value: TableValue): string {
  if (value === undefined) return ''
  if (typeof value !== 'string') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
