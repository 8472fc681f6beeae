/**
 * The capture template of one business step as an .xlsx workbook (exceljs): a data sheet with Chinese
 * headers (a hidden second row holds the column ids the upload reads, so retitling a header does no
 * harm), drop-down lists for code lists and yes/no elements, a notes sheet, an example sheet with a row
 * that capture accepts, and a hidden sheet holding the code lists.
 */
import ExcelJS from 'exceljs'
import { categoryName, STANDARD_VERSION } from '../../domain/standards/standard.js'
import { exampleValue } from '../../domain/standards/examples.js'
import { codeListLabel } from './cell-values.js'
import { csvOf } from './csv.js'
import { headerOf, type Column, type EventField, type TemplateSpec } from './columns.js'

export const DATA_SHEET = '数据'
export const NOTES_SHEET = '说明'
export const EXAMPLE_SHEET = '示例'
const LISTS_SHEET = '代码表'
/** Row 1: headers; row 2 (hidden): column ids; data from row 3. */
export const HEADER_ROW = 1
export const ID_ROW = 2
export const FIRST_DATA_ROW = 3
/** Rows given drop-down lists: a day's records for a market stall or a slaughterhouse line. */
const VALIDATED_ROWS = 1000
const REQUIRED_FILL = 'FFFDE9D9'
const HEADER_FILL = 'FFDCE6F1'

const EXAMPLE_EVENT_VALUES: Partial<Record<EventField, string | number>> = {
  eventTime: '2026-11-01 08:00', code: 'https://trace.example.cn/01/06901234000016/10/L2611', quantity: 12.5, uom: 'KGM',
  transaction: 'INV-2026-0001', inputCode: '(01)06901234000016(10)P2611', inputQuantity: 20, inputUom: 'H87',
  outputCode: '(01)06901234000023(10)K2611', outputQuantity: 1000, outputUom: 'KGM', parent: '(00)069012340000000016',
}

/** The example row of a template: every element filled with a valid value from the standard. */
export function exampleCells(spec: TemplateSpec): (string | number | boolean | undefined)[] {
  return spec.columns.map((column) => {
    if (column.kind === 'event') return EXAMPLE_EVENT_VALUES[column.field]
    const value = exampleValue(column.element)
    if (column.part === 'uom') return (value as { uom: string }).uom
    if (column.element.type === 'quantity') return (value as { quantity: number }).quantity
    if (column.element.type === 'code') {
      const entry = column.element.codeList?.find((c) => c.value === value)
      return entry ? codeListLabel(entry) : String(value)
    }
    if (column.element.type === 'boolean') return value === true ? '是' : '否'
    if (Array.isArray(value)) return value.join('; ')
    if (column.element.type === 'datetime') return '2026-11-01 08:00'
    return value as string | number
  })
}

function choicesOf(column: Column): string[] | undefined {
  if (column.kind !== 'element' || column.part !== 'value') return undefined
  if (column.element.type === 'boolean') return ['是', '否']
  if (column.element.type === 'code' && !column.element.many) return column.element.codeList?.map(codeListLabel)
  return undefined
}

function addDataSheet(workbook: ExcelJS.Workbook, name: string, spec: TemplateSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: ID_ROW, xSplit: 1 }] })
  sheet.getRow(HEADER_ROW).values = spec.columns.map(headerOf)
  sheet.getRow(ID_ROW).values = spec.columns.map((c) => c.id)
  sheet.getRow(ID_ROW).hidden = true
  spec.columns.forEach((column, index) => {
    const cell = sheet.getRow(HEADER_ROW).getCell(index + 1)
    cell.font = { bold: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? REQUIRED_FILL : HEADER_FILL } }
    cell.note = column.note
    sheet.getColumn(index + 1).width = Math.max(12, Math.min(40, headerOf(column).length * 2.2))
  })
  return sheet
}

function addNotesSheet(workbook: ExcelJS.Workbook, spec: TemplateSpec): void {
  const sheet = workbook.addWorksheet(NOTES_SHEET)
  const category = categoryName(spec.category)
  sheet.addRows([
    [`${category.zh} · ${spec.stage.zh} · ${spec.step.zh} 采集模板`],
    [`数据标准版本 ${STANDARD_VERSION}；业务步骤 ${spec.bizStep}；事件类型 ${spec.eventType}；依据：${spec.step.source}`],
    ['填写方法：在“数据”表第 3 行起每行填一条记录；带 * 的列必填；有下拉箭头的列请从列表选择。整表上传时，任何一行有误则全部不写入，并返回标出错误单元格的副本。'],
    [],
    ['列', '必填', '类型', '说明'],
    ...spec.columns.map((c) => [headerOf(c), c.required ? '是' : '否', c.kind === 'element' ? c.element.type : '事件字段', c.note]),
  ])
  sheet.getRow(1).font = { bold: true, size: 14 }
  sheet.getRow(5).font = { bold: true }
  sheet.getColumn(1).width = 28
  sheet.getColumn(4).width = 90
}

/** Code lists live on a hidden sheet: an inline list is limited to 255 characters in Excel. */
function addDropDowns(workbook: ExcelJS.Workbook, sheets: ExcelJS.Worksheet[], spec: TemplateSpec): void {
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' })
  let listColumn = 0
  spec.columns.forEach((column, index) => {
    const choices = choicesOf(column)
    if (!choices || choices.length === 0) return
    listColumn++
    choices.forEach((choice, row) => (lists.getRow(row + 1).getCell(listColumn).value = choice))
    const letter = lists.getColumn(listColumn).letter
    const validation: ExcelJS.DataValidation = {
      type: 'list', allowBlank: true, formulae: [`'${LISTS_SHEET}'!$${letter}$1:$${letter}$${choices.length}`],
      showErrorMessage: true, errorTitle: '请从列表选择', error: `“${column.zh}”只能取代码表中的值`,
    }
    for (const sheet of sheets) {
      for (let row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + VALIDATED_ROWS; row++) sheet.getRow(row).getCell(index + 1).dataValidation = validation
    }
  })
}

export async function templateWorkbook(spec: TemplateSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Zhuisu 追溯'
  const data = addDataSheet(workbook, DATA_SHEET, spec)
  addNotesSheet(workbook, spec)
  const example = addDataSheet(workbook, EXAMPLE_SHEET, spec)
  example.getRow(FIRST_DATA_ROW).values = exampleCells(spec)
  addDropDowns(workbook, [data, example], spec)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The CSV template: the header row only (CSV has no notes or lists; the .xlsx template explains them). */
export function templateCsv(spec: TemplateSpec): Promise<Buffer> {
  return csvOf([spec.columns.map(headerOf)])
}
