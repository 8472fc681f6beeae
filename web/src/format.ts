/** How times and dates appear in the UI: always Beijing time (Asia/Shanghai), as DESIGN §6 asks. */
const SHANGHAI_MINUTES = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
})
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** The one formatter for instants: `2026-11-05T00:00:00.000Z` → `2026-11-05 08:00`. */
export function formatTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = Object.fromEntries(SHANGHAI_MINUTES.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

/** Production and expiry dates: a calendar date stays as it is; an instant goes through formatTime. */
export function formatDate(text: string): string {
  return DATE_ONLY.test(text) ? text : formatTime(text)
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>()

export function formatCount(value: number, language: string): string {
  let format = NUMBER_FORMATS.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language)
    NUMBER_FORMATS.set(language, format)
  }
  return format.format(value)
}
