/**
 * How the console's period sums read the monthly rollups: whole months from one row per month, the days at
 * the edges from the daily rows.
 */
const DAY_MS = 86_400_000

/**
 * How to sum a period [first, last] of days from monthly rows plus daily rows at its edges: whole months
 * (`months`), daily rows to add (`add`), and daily rows to take away from a month that is only partly inside
 * (`subtract`) — whichever of the two edge choices reads fewer days. Days are YYYY-MM-DD, ranges inclusive.
 */
export interface PeriodPlan {
  months: string[]
  add: [string, string][]
  subtract: [string, string][]
}

const dayAfter = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
const monthEnd = (month: string) => dayAfter(`${nextMonth(month)}-01`, -1)
function nextMonth(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
}
const span = (first: string, last: string) => Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS) + 1

export function periodPlan(first: string, last: string): PeriodPlan {
  const plan: PeriodPlan = { months: [], add: [], subtract: [] }
  const [firstMonth, lastMonth] = [first.slice(0, 7), last.slice(0, 7)]
  if (firstMonth === lastMonth) {
    plan.add.push([first, last])
    return plan
  }
  // The first month: its days from `first` on, or the whole month less the days before `first`.
  const before = span(`${firstMonth}-01`, first) - 1
  if (before === 0) plan.months.push(firstMonth)
  else if (span(first, monthEnd(firstMonth)) <= before) plan.add.push([first, monthEnd(firstMonth)])
  else { plan.months.push(firstMonth); plan.subtract.push([`${firstMonth}-01`, dayAfter(first, -1)]) }
  for (let month = nextMonth(firstMonth); month < lastMonth; month = nextMonth(month)) plan.months.push(month)
  // The last month: its days up to `last`, or the whole month less the days after `last`.
  const after = span(last, monthEnd(lastMonth)) - 1
  if (after === 0) plan.months.push(lastMonth)
  else if (span(`${lastMonth}-01`, last) <= after) plan.add.push([`${lastMonth}-01`, last])
  else { plan.months.push(lastMonth); plan.subtract.push([dayAfter(last, 1), monthEnd(lastMonth)]) }
  return plan
}
