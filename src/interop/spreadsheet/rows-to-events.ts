/**
 * Template rows → EPCIS 2.0 JSON events (with the platform's `zs:` extensions), each problem tied to
 * its row and column; and capture's JSON pointers (`/events/3/zs:data/headCount`) back to cells.
 */
import { isBlank, readDateTime, readElement, readNumber, textOf, type CellValue } from './cell-values.js'
import type { Column, EventField, TemplateSpec } from './columns.js'

export interface SheetRow {
  /** The row number as the person sees it in the sheet (1-based), for the report. */
  rowNumber: number
  /** Cell values by column id. */
  cells: Record<string, CellValue>
}

export interface CellIssue {
  rowNumber: number
  /** Column id; undefined when the problem concerns the whole row. */
  columnId?: string
  /** In Chinese, for the person who filled the sheet. */
  message: string
}

export interface RowsRead {
  events: Record<string, unknown>[]
  /** For each event, the row it came from. */
  rowNumbers: number[]
  issues: CellIssue[]
}

const CREATING_STEPS = new Set(['commissioning', 'harvesting'])

export function rowsToEvents(spec: TemplateSpec, rows: SheetRow[]): RowsRead {
  const events: Record<string, unknown>[] = []
  const rowNumbers: number[] = []
  const issues: CellIssue[] = []
  for (const row of rows) {
    const before = issues.length
    const event = rowToEvent(spec, row, (columnId, message) => issues.push({ rowNumber: row.rowNumber, columnId, message }))
    if (issues.length === before) {
      events.push(event)
      rowNumbers.push(row.rowNumber)
    }
  }
  return { events, rowNumbers, issues }
}

function rowToEvent(spec: TemplateSpec, row: SheetRow, fail: (columnId: string, message: string) => void): Record<string, unknown> {
  const byField = new Map<EventField, string>()
  const data: Record<string, unknown> = {}
  for (const column of spec.columns) {
    const value = row.cells[column.id]
    if (isBlank(value)) {
      if (column.required) fail(column.id, `必填：请填写“${column.zh}”`)
      continue
    }
    if (column.kind === 'event') {
      byField.set(column.field, textOf(value))
      if (column.field === 'eventTime') readInto(readDateTime(value), column, fail, (v) => byField.set('eventTime', v))
      if (column.field.endsWith('uantity')) readInto(readNumber(value), column, fail, () => undefined)
      continue
    }
    const { element } = column
    if (column.part === 'uom') continue
    if (element.type === 'quantity') {
      const quantity = readNumber(value)
      const uom = element.unit ?? textOf(row.cells[`${column.id}.uom`])
      readInto(quantity, column, fail, (n) => (data[element.key] = { quantity: n, uom }))
      continue
    }
    readInto(readElement(element, value), column, fail, (v) => (data[element.key] = v))
  }
  const get = (field: EventField) => byField.get(field)
  const quantityOf = (code: string | undefined, quantity: string | undefined, uom: string | undefined) =>
    code === undefined ? [] : [{ epcClass: code, quantity: Number(quantity), ...(uom ? { uom } : {}) }]
  const what = (code: string | undefined, quantity: string | undefined, uom: string | undefined, epcField: string, quantityField: string) =>
    quantity === undefined ? { [epcField]: code === undefined ? [] : [code] } : { [quantityField]: quantityOf(code, quantity, uom) }

  const event: Record<string, unknown> = { type: spec.eventType, eventTime: get('eventTime'), bizStep: spec.bizStep, 'zs:category': spec.category }
  if (spec.needsStage) event['zs:stage'] = spec.stage.code
  if (get('party')) event['zs:party'] = get('party')
  const bareStep = spec.step.bizSteps[0]
  switch (spec.eventType) {
    case 'TransformationEvent':
      Object.assign(event, what(get('inputCode'), get('inputQuantity'), get('inputUom'), 'inputEPCList', 'inputQuantityList'))
      Object.assign(event, what(get('outputCode'), get('outputQuantity'), get('outputUom'), 'outputEPCList', 'outputQuantityList'))
      break
    case 'AggregationEvent':
    case 'AssociationEvent':
      Object.assign(event, { action: 'ADD', parentID: get('parent') }, what(get('code'), get('quantity'), get('uom'), 'childEPCs', 'childQuantityList'))
      break
    default:
      event.action = spec.eventType === 'TransactionEvent' || CREATING_STEPS.has(bareStep) ? 'ADD' : 'OBSERVE'
      Object.assign(event, what(get('code'), get('quantity'), get('uom'), 'epcList', 'quantityList'))
      if (get('transaction')) event.bizTransactionList = [{ type: 'inv', bizTransaction: transactionUri(get('transaction')!) }]
  }
  if (get('destination')) event.destinationList = [{ type: 'owning_party', destination: get('destination') }]
  event['zs:data'] = data
  if (get('override')) event['zs:override'] = { reason: get('override'), by: get('overrideBy') ?? '' }
  return event
}

function readInto<T>(read: { ok: true; value: T } | { ok: false; reason: string }, column: Column, fail: (columnId: string, message: string) => void, use: (value: T) => void): void {
  if (read.ok) use(read.value)
  else fail(column.id, `${column.zh}：${read.reason}`)
}

/** A document number as EPCIS wants it (a URI): kept if it is one, else under the platform's own scheme. */
function transactionUri(number: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(number) ? number : `urn:zhuisu:bt:${encodeURIComponent(number)}`
}

const POINTER_COLUMNS: [RegExp, EventField][] = [
  [/^\/(eventTime|eventTimeZoneOffset)/, 'eventTime'],
  [/^\/zs:party/, 'party'],
  [/^\/(quantityList|childQuantityList)\/\d+\/uom/, 'uom'],
  [/^\/(quantityList|childQuantityList)\/\d+\/quantity/, 'quantity'],
  [/^\/(quantityList|epcList|childQuantityList|childEPCs)/, 'code'],
  [/^\/inputQuantityList\/\d+\/quantity/, 'inputQuantity'],
  [/^\/inputQuantityList\/\d+\/uom/, 'inputUom'],
  [/^\/(inputQuantityList|inputEPCList)/, 'inputCode'],
  [/^\/outputQuantityList\/\d+\/quantity/, 'outputQuantity'],
  [/^\/outputQuantityList\/\d+\/uom/, 'outputUom'],
  [/^\/(outputQuantityList|outputEPCList)/, 'outputCode'],
  [/^\/parentID/, 'parent'],
  [/^\/bizTransactionList/, 'transaction'],
  [/^\/destinationList/, 'destination'],
  [/^\/zs:override/, 'override'],
]

/** The column a capture issue points at, from its pointer below `/events/<i>`; undefined: the whole row. */
export function columnOfPointer(spec: TemplateSpec, pointer: string): string | undefined {
  const data = /^\/zs:data\/([^/]+)/.exec(pointer)
  if (data) return spec.columns.find((c) => c.kind === 'element' && c.element.key === data[1])?.id
  const field = POINTER_COLUMNS.find(([pattern]) => pattern.test(pointer))?.[1]
  return field && spec.columns.some((c) => c.id === field) ? field : undefined
}
