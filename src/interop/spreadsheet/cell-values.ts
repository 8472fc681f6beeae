/**
 * Cell values → the JSON values an event carries, with a reason in Chinese when a cell cannot be read.
 * Excel stores dates as serial numbers without a zone; exceljs hands them over as UTC `Date`s, so the
 * wall-clock reading is taken as Beijing time (the platform's zone), as the person typed it.
 */
import type { DataElement } from '../../domain/standards/types.js'

export type CellValue = string | number | boolean | Date | undefined
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string }

const BEIJING_OFFSET = '+08:00'
const MANY_SEPARATOR = /[;；、]/
const TRUE_WORDS = new Set(['是', 'true', 'TRUE', 'True', 'Y', 'y', '1'])
const FALSE_WORDS = new Set(['否', 'false', 'FALSE', 'False', 'N', 'n', '0'])

export function isBlank(value: CellValue): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '')
}

export function textOf(value: CellValue): string {
  if (value instanceof Date) return value.toISOString()
  return String(value ?? '').trim()
}

function wallClock(date: Date): { date: string; time: string } {
  const iso = date.toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 19) }
}

export function readDateTime(value: CellValue): Read<string> {
  if (value instanceof Date) {
    const { date, time } = wallClock(value)
    return { ok: true, value: `${date}T${time}${BEIJING_OFFSET}` }
  }
  const text = textOf(value)
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text)
  if (!match) return { ok: false, reason: `无法识别的时间“${text}”，请写成 2026-11-01 08:00` }
  const [, y, mo, d, h = '0', mi = '00', s = '00', zone] = match
  const pad = (part: string) => part.padStart(2, '0')
  return { ok: true, value: `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${s}${zone ?? BEIJING_OFFSET}` }
}

export function readDate(value: CellValue): Read<string> {
  if (value instanceof Date) return { ok: true, value: wallClock(value).date }
  const read = readDateTime(value)
  return read.ok ? { ok: true, value: read.value.slice(0, 10) } : { ok: false, reason: `无法识别的日期“${textOf(value)}”，请写成 2026-11-01` }
}

export function readNumber(value: CellValue): Read<number> {
  const number = typeof value === 'number' ? value : Number(textOf(value).replace(/,/g, ''))
  return Number.isFinite(number) && textOf(value) !== '' ? { ok: true, value: number } : { ok: false, reason: `“${textOf(value)}”不是数字` }
}

function readScalar(element: DataElement, value: CellValue): Read<unknown> {
  switch (element.type) {
    case 'number':
      return readNumber(value)
    case 'date':
      return readDate(value)
    case 'datetime':
      return readDateTime(value)
    case 'boolean': {
      const text = textOf(value)
      if (value === true || TRUE_WORDS.has(text)) return { ok: true, value: true }
      if (value === false || FALSE_WORDS.has(text)) return { ok: true, value: false }
      return { ok: false, reason: '请填“是”或“否”' }
    }
    case 'code': {
      const text = textOf(value)
      const entry = element.codeList?.find((c) => c.value === text || c.zh === text || `${c.value} ${c.zh}` === text)
      return entry ? { ok: true, value: entry.value } : { ok: false, reason: `“${text}”不在代码表中，请从下拉列表选择` }
    }
    default:
      return { ok: true, value: textOf(value) }
  }
}

/** A data element's value: a list for `many` elements (separated by ; or 、), a scalar otherwise. */
export function readElement(element: DataElement, value: CellValue): Read<unknown> {
  if (!element.many) return readScalar(element, value)
  const values: unknown[] = []
  for (const part of textOf(value).split(MANY_SEPARATOR).map((p) => p.trim()).filter(Boolean)) {
    const read = readScalar(element, part)
    if (!read.ok) return read
    values.push(read.value)
  }
  return { ok: true, value: values }
}

/** How a code-list entry is offered in a drop-down: value and name, both accepted back. */
export function codeListLabel(entry: { value: string; zh: string }): string {
  return entry.value === entry.zh ? entry.zh : `${entry.value} ${entry.zh}`
}
