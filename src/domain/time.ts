/**
 * Instants are stored as UTC ISO-8601 text with milliseconds (fixed width, sorts as text), with the
 * captured offset kept beside them (STYLE §3).
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const OFFSET = /^([+-])(\d{2}):(\d{2})$/
/** EPCIS 2.0: eventTimeZoneOffset is at most 14:00 either way. */
const MAX_OFFSET_MINUTES = 14 * 60

/** Parses an ISO-8601 date-time with a zone; undefined for bad syntax or an impossible date. */
export function parseInstant(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined
  const match = DATE_TIME.exec(text.trim())
  if (!match) return undefined
  const [, y, mo, d, h, mi, s = '00', frac = '', zone] = match
  const year = Number(y), month = Number(mo), day = Number(d)
  const hour = Number(h), minute = Number(mi), second = Number(s)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  let offsetMinutes = 0
  if (zone !== 'Z') {
    const parsed = parseOffsetMinutes(zone)
    if (parsed === undefined) return undefined
    offsetMinutes = parsed
  }
  // Half-up rounding to milliseconds, as the CBV event hash prescribes.
  const millis = frac ? Math.round(Number(`0${frac}`) * 1000) : 0
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + millis - offsetMinutes * 60_000
  const date = new Date(utc)
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) return undefined
  return date.toISOString()
}

export function parseOffsetMinutes(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined
  const match = OFFSET.exec(text)
  if (!match) return undefined
  const minutes = Number(match[2]) * 60 + Number(match[3])
  if (Number(match[3]) > 59 || minutes > MAX_OFFSET_MINUTES) return undefined
  return match[1] === '-' ? -minutes : minutes
}

export function isOffset(text: unknown): text is string {
  return parseOffsetMinutes(text) !== undefined
}

/** The offset written in a date-time (`Z` → `+00:00`). */
export function offsetOf(text: string): string | undefined {
  const match = DATE_TIME.exec(text.trim())
  if (!match) return undefined
  return match[8] === 'Z' ? '+00:00' : match[8]
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
