/** Calendar checks for the dates embedded in codes. Pure: no clock, so "not in the future" is the caller's job. */

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** `YYYYMMDD` as a real calendar date. */
export function isYyyymmdd(value: string): boolean {
  return /^\d{8}$/.test(value) && isRealDate(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)))
}

/** `YYMMDD` as a real date in the 2000s (codes of the platform's era; February 29 needs a leap year). */
export function isYymmddIn2000s(value: string): boolean {
  return /^\d{6}$/.test(value) && isRealDate(2000 + Number(value.slice(0, 2)), Number(value.slice(2, 4)), Number(value.slice(4, 6)))
}
