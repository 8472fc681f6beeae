/**
 * Quantities are kept as integer thousandths (`quantity_milli`) with a UN/CEFACT Rec. 20 unit, never as
 * floats (STYLE §3). A JSON number is parsed from its shortest decimal text, which is exact for every
 * value with at most three decimals.
 */
export const MILLI_PER_UNIT = 1000
/** Largest accepted quantity: keeps `quantity_milli` inside JavaScript's safe integers. */
export const MAX_QUANTITY = 1_000_000_000_000

/** UN/CEFACT Rec. 20 common codes: three upper-case letters or digits (e.g. KGM, EA, H87, LTR, C62). */
const UOM_PATTERN = /^[A-Z0-9]{2,3}$/

export function parseQuantityMilli(value: unknown): number | undefined {
  let text: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined
    text = decimalText(value)
  } else if (typeof value === 'string') {
    text = value.trim()
  } else {
    return undefined
  }
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(text)
  if (!match) return undefined
  const whole = Number(match[1])
  if (whole > MAX_QUANTITY) return undefined
  const fraction = Number((match[2] ?? '').padEnd(3, '0'))
  return whole * MILLI_PER_UNIT + fraction
}

export function isUom(value: unknown): value is string {
  return typeof value === 'string' && UOM_PATTERN.test(value)
}

/** Formats integer thousandths back to the shortest decimal number. */
export function milliToNumber(milli: number): number {
  return milli / MILLI_PER_UNIT
}

function decimalText(value: number): string {
  const text = String(value)
  if (!/e/i.test(text)) return text
  // Exponent notation (1e-7, 1e21): expand so the pattern check decides.
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '')
}
