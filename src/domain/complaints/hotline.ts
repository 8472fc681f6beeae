/**
 * The 12345 hotline (政务服务便民热线) work-order export, one row per 工单. Columns are found by their header
 * text; extra columns are ignored. Required: 工单编号, 受理时间, 诉求内容. Optional: 联系电话, 所在区域
 * (a GB/T 2260 code or a region name such as 梅州市梅江区), 追溯码, 联系人, 电子邮箱. docs/complaints.md.
 */
import { ZhuisuError, type ErrorCode } from '../errors.js'
import { findRegion, isKnownRegion, regionCodes } from '../regions.js'
import { checkComplaintText, isEmail, normaliseMobile } from './input.js'

export const HOTLINE_COLUMNS = [
  { key: 'ticket', header: '工单编号', required: true, example: '12345-20261120-000123' },
  { key: 'receivedAt', header: '受理时间', required: true, example: '2026-11-20 09:30' },
  { key: 'text', header: '诉求内容', required: true, example: '在梅江区某超市购买的腊肉有异味，包装上的追溯码查不到生产日期。' },
  { key: 'phone', header: '联系电话', required: false, example: '13800138000' },
  { key: 'region', header: '所在区域', required: false, example: '梅州市梅江区' },
  { key: 'code', header: '追溯码', required: false, example: 'urn:epc:class:lgtin:6901234.000010.F2611' },
  { key: 'name', header: '联系人', required: false, example: '张女士' },
  { key: 'email', header: '电子邮箱', required: false, example: '' },
] as const
export type HotlineKey = (typeof HOTLINE_COLUMNS)[number]['key']

export type HotlineCell = string | number | Date | undefined

export interface HotlineRow {
  ticket: string
  receivedAt: string
  text: string
  phone?: string
  regionCode?: string
  code?: string
  name?: string
  email?: string
}

export interface HotlineProblem {
  column: string
  code: ErrorCode
}

const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/
const TICKET = /^[\w\-./]{1,64}$/u
const LOCAL_TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

/** Column number (0-based) per key from the header row; the missing required headers. */
export function hotlineColumnsOf(headers: string[]): { columns: Map<HotlineKey, number>; missing: string[] } {
  const columns = new Map<HotlineKey, number>()
  headers.forEach((h, i) => {
    const column = HOTLINE_COLUMNS.find((c) => c.header === h.trim().replace(/\*$/, ''))
    if (column && !columns.has(column.key)) columns.set(column.key, i)
  })
  return { columns, missing: HOTLINE_COLUMNS.filter((c) => c.required && !columns.has(c.key)).map((c) => c.header) }
}

/** 受理时间 in Asia/Shanghai local time (or an Excel date, taken as written), as a UTC instant. */
export function hotlineTimeOf(cell: HotlineCell): string | undefined {
  if (cell instanceof Date) {
    // exceljs gives the wall-clock time as if it were UTC.
    return Number.isNaN(cell.getTime()) ? undefined : new Date(cell.getTime() - 8 * 3_600_000).toISOString()
  }
  const m = LOCAL_TIME.exec(String(cell ?? '').trim())
  if (!m) return undefined
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number]
  const t = Date.UTC(y, mo - 1, d, h - 8, mi, s)
  const check = new Date(t + 8 * 3_600_000)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined
  return new Date(t).toISOString()
}

let byName: Map<string, string[]> | undefined
/** A region from a GB/T 2260 code or a name: the full name, or a unique tail of it (梅江区, 梅州市梅江区). */
export function hotlineRegionOf(text: string): string | undefined {
  const value = text.trim()
  if (/^\d{6}$/.test(value)) return isKnownRegion(value) ? value : undefined
  if (!byName) {
    byName = new Map()
    for (const code of regionCodes()) {
      const region = findRegion(code)!
      for (const key of new Set([region.fullName, region.name, region.fullName.replace(/^.+?[省区市]/u, '')])) {
        byName.set(key, [...(byName.get(key) ?? []), code])
      }
    }
  }
  const codes = byName.get(value)
  return codes?.length === 1 ? codes[0] : undefined
}

/** One row checked; every problem is listed with its column header. */
export function parseHotlineRow(cells: Partial<Record<HotlineKey, HotlineCell>>, now: string): { row?: HotlineRow; problems: HotlineProblem[] } {
  const problems: HotlineProblem[] = []
  const text = (key: HotlineKey) => {
    const value = cells[key]
    return value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value).trim()
  }
  const ticket = text('ticket')
  if (!ticket) problems.push({ column: '工单编号', code: 'field_required' })
  else if (!TICKET.test(ticket)) problems.push({ column: '工单编号', code: 'field_type' })
  const receivedAt = hotlineTimeOf(cells.receivedAt)
  if (!receivedAt) problems.push({ column: '受理时间', code: text('receivedAt') ? 'time_invalid' : 'field_required' })
  else if (receivedAt > now) problems.push({ column: '受理时间', code: 'time_in_future' })
  let body = ''
  try {
    body = checkComplaintText(text('text'))
  } catch (error) {
    problems.push({ column: '诉求内容', code: error instanceof ZhuisuError ? error.code : 'field_type' })
  }
  const phoneRaw = text('phone').replace(/\s/g, '')
  const phone = phoneRaw === '' ? undefined : normaliseMobile(phoneRaw) ?? (LANDLINE.test(phoneRaw) ? phoneRaw : undefined)
  if (phoneRaw !== '' && phone === undefined) problems.push({ column: '联系电话', code: 'complaint_phone_invalid' })
  const regionText = text('region')
  const regionCode = regionText === '' ? undefined : hotlineRegionOf(regionText)
  if (regionText !== '' && regionCode === undefined) problems.push({ column: '所在区域', code: 'region_invalid' })
  const email = text('email') || undefined
  if (email !== undefined && !isEmail(email)) problems.push({ column: '电子邮箱', code: 'complaint_email_invalid' })
  const name = text('name').slice(0, 50) || undefined
  if (problems.length > 0) return { problems }
  return { row: { ticket, receivedAt: receivedAt as string, text: body, phone, regionCode, code: text('code') || undefined, name, email }, problems }
}
