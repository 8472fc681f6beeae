/**
 * Compiles one data element into a value checker, once, at start-up: capture runs it on every event, so
 * everything that can be decided from the element alone (type, format, code list) is decided here.
 */
import { isUom, parseQuantityMilli } from '../quantity.js'
import { parseInstant } from '../time.js'
import { FORMATS, type Rule } from './formats.js'
import type { DataElement } from './types.js'

export interface ValueProblem {
  /** Pointer suffix below the element (`/2` for the third value of a list), or ''. */
  at: string
  severity: 'error' | 'warning'
  rule: Rule
  value: string
}

export type ValueChecker = (value: unknown) => ValueProblem[]

const NO_PROBLEMS: ValueProblem[] = []
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Bound on strings without their own maxLength, so one event cannot carry megabytes in a data element. */
export const DEFAULT_MAX_LENGTH = 2000
const SHOWN_VALUE_LENGTH = 64

/** A value the sender left empty counts as absent: "" or spaces, null, an empty list. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
}

export function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH)}…` : text
}

type ScalarCheck = (value: unknown) => { errors: Rule[]; warnings: Rule[] } | undefined

function isValidDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const fail = (zh: string, en: string) => ({ errors: [{ zh, en }], warnings: [] })

function scalarCheck(element: DataElement): ScalarCheck {
  switch (element.type) {
    case 'string': {
      const maxLength = element.maxLength ?? DEFAULT_MAX_LENGTH
      const format = element.format ? FORMATS[element.format] : undefined
      return (value) => {
        if (typeof value !== 'string') return fail('须为文本', 'must be a string')
        if (value.length > maxLength) return fail(`不能超过 ${maxLength} 个字符`, `must be at most ${maxLength} characters`)
        if (!format) return undefined
        const result = format.check(value)
        return result.errors.length + result.warnings.length === 0 ? undefined : result
      }
    }
    case 'code': {
      const values = new Set((element.codeList ?? []).map((entry) => entry.value))
      const list = element.codeList ?? []
      const zh = `须为代码表中的值：${list.map((entry) => `${entry.value}（${entry.zh}）`).join('、')}`
      const en = `must be one of: ${list.map((entry) => `${entry.value} (${entry.en})`).join(', ')}`
      return (value) => (typeof value === 'string' && values.has(value.trim()) ? undefined : fail(zh, en))
    }
    case 'number':
      return (value) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) return fail('须为数值（JSON number）', 'must be a JSON number')
        if (element.integer && !Number.isInteger(value)) return fail('须为整数', 'must be a whole number')
        if (element.minimum !== undefined && value < element.minimum) return fail(`不能小于 ${element.minimum}`, `must be at least ${element.minimum}`)
        return undefined
      }
    case 'date':
      return (value) => (typeof value === 'string' && isValidDate(value.trim()) ? undefined : fail('须为存在的日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD'))
    case 'datetime':
      return (value) => (parseInstant(value) ? undefined : fail('须为带时区的 ISO 8601 时间', 'must be an ISO 8601 date-time with a zone'))
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? undefined : fail('须为 true 或 false', 'must be true or false'))
    case 'quantity': {
      const unitZh = element.unit ? `计量单位 uom 须为 ${element.unit}` : '计量单位 uom 须为 UN/CEFACT 代码'
      const unitEn = element.unit ? `uom must be ${element.unit}` : 'uom must be a UN/CEFACT unit code'
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('须为 { "quantity": 数值, "uom": 单位 }', 'must be { "quantity": <number>, "uom": <unit> }')
        const record = value as Record<string, unknown>
        if (typeof record.quantity !== 'number' || parseQuantityMilli(record.quantity) === undefined) return fail('quantity 须为非负数，最多三位小数', 'quantity must be a non-negative number with at most three decimals')
        if (!isUom(record.uom) || (element.unit !== undefined && record.uom !== element.unit)) return fail(unitZh, unitEn)
        return undefined
      }
    }
  }
}

export function compileElement(element: DataElement): ValueChecker {
  const scalar = scalarCheck(element)
  const problemsOf = (value: unknown, at: string, into: ValueProblem[]) => {
    const result = scalar(value)
    if (!result) return
    for (const rule of result.errors) into.push({ at, severity: 'error', rule, value: shownValue(value) })
    for (const rule of result.warnings) into.push({ at, severity: 'warning', rule, value: shownValue(value) })
  }
  if (!element.many) {
    return (value) => {
      const problems: ValueProblem[] = []
      problemsOf(value, '', problems)
      return problems.length === 0 ? NO_PROBLEMS : problems
    }
  }
  return (value) => {
    if (!Array.isArray(value)) return [{ at: '', severity: 'error', rule: { zh: '须为列表（JSON 数组）', en: 'must be a list (JSON array)' }, value: shownValue(value) }]
    const problems: ValueProblem[] = []
    value.forEach((item, index) => problemsOf(item, `/${index}`, problems))
    return problems.length === 0 ? NO_PROBLEMS : problems
  }
}
