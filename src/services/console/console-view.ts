/**
 * What every console figure starts from: the rollups brought up to date, the caller's scope turned into a
 * filter (services/access/scope.ts decides), and the period in Shanghai days.
 */
import { ZhuisuError } from '../../domain/errors.js'
import type { RollupFilter } from '../../storage/repositories/console-query-repository.js'
import { consoleView, type Scope } from '../access/scope.js'
import { dayBefore } from './figures.js'
import { catchUpRollups, type RollupDeps } from './refresh-rollups.js'

export type ConsoleDeps = RollupDeps

export interface ConsoleQuery {
  regionCode?: string
  category?: string
  /** Length of the period in days, ending today (Shanghai). */
  days?: number
}

export interface Page {
  limit?: number
  offset?: number
}

export const MAX_DAYS = 366

export async function viewOf(deps: ConsoleDeps, scope: Scope, query: ConsoleQuery, defaultDays: number): Promise<RollupFilter & { days: number }> {
  const view = consoleView(scope, query)
  const days = query.days ?? defaultDays
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new ZhuisuError('invalid_request', '/days')
  await catchUpRollups(deps)
  const now = deps.clock.now()
  return { ...view, since: dayBefore(now, days - 1), until: dayBefore(now, 0), days }
}

export function pageOf<T>(rows: T[], page: Page): { total: number; rows: T[] } {
  const limit = Math.min(Math.max(page.limit ?? 50, 1), 500)
  const offset = Math.max(page.offset ?? 0, 0)
  return { total: rows.length, rows: rows.slice(offset, offset + limit) }
}

export function sortRows<T>(rows: T[], key: keyof T | undefined, descending: boolean): T[] {
  if (key === undefined) return rows
  const sign = descending ? -1 : 1
  return [...rows].sort((a, b) => {
    const [x, y] = [a[key], b[key]]
    if (x === y) return 0
    if (x === null || x === undefined) return 1
    if (y === null || y === undefined) return -1
    return (x < y ? -1 : 1) * sign
  })
}
