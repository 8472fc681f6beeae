/**
 * Coverage targets (覆盖率目标): the operator sets, per region × category × year, the share of registered
 * enterprises that must report and the share of counties that must have a reporting enterprise (the
 * provincial plans: 30 % then 50 % of enterprises, and every county). Each change appends rows; the
 * newest row per key is in force. A view uses the target of the most specific region that contains it.
 */
import { isCategoryCode } from '../../domain/categories.js'
import { regionPrefix } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { ConsoleTargetRow } from '../../storage/repositories/console-target-repository.js'
import { isKnownRegion } from '../../domain/regions.js'
import { consoleView, requireOperator, type Scope } from '../access/scope.js'
import type { ConsoleDeps } from './console-view.js'

export interface TargetView {
  regionCode: string
  /** A category code, or `all`. */
  category: string
  year: number
  enterpriseSharePercent: number
  countySharePercent: number
  setAt: string
}

export type TargetInput = Omit<TargetView, 'setAt'>

const view = (row: ConsoleTargetRow): TargetView => ({
  regionCode: row.region_code, category: row.category, year: Number(row.year),
  enterpriseSharePercent: Number(row.enterprise_share_percent), countySharePercent: Number(row.county_share_percent), setAt: row.set_at,
})

export function targetFor(rows: ConsoleTargetRow[], viewPrefix: string, category: string, year: number): TargetView | null {
  let best: ConsoleTargetRow | undefined
  for (const row of rows) {
    if (Number(row.year) !== year || row.category !== category) continue
    const prefix = regionPrefix(row.region_code)
    if (!viewPrefix.startsWith(prefix)) continue
    if (!best || prefix.length > regionPrefix(best.region_code).length) best = row
  }
  return best ? view(best) : null
}

/** The targets that concern the caller's region (a regulator: its own subtree and the regions above it). */
export async function listTargets(deps: ConsoleDeps, scope: Scope): Promise<TargetView[]> {
  const { regionPrefix: prefix } = consoleView(scope, {})
  const rows = await deps.store.consoleTargets.current()
  return rows.map(view)
    .filter((t) => { const p = regionPrefix(t.regionCode); return p.startsWith(prefix) || prefix.startsWith(p) })
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.category.localeCompare(b.category) || a.year - b.year)
}

function checkTarget(target: TargetInput, index: number): void {
  const at = `/targets/${index}`
  if (target.regionCode !== '000000' && !isKnownRegion(target.regionCode)) throw new ZhuisuError('region_invalid', `${at}/regionCode`)
  if (target.category !== 'all' && !isCategoryCode(target.category)) throw new ZhuisuError('invalid_request', `${at}/category`)
  if (!Number.isInteger(target.year) || target.year < 2000 || target.year > 2100) throw new ZhuisuError('invalid_request', `${at}/year`)
  for (const key of ['enterpriseSharePercent', 'countySharePercent'] as const) {
    const value = target[key]
    if (!Number.isInteger(value) || value < 0 || value > 100) throw new ZhuisuError('invalid_request', `${at}/${key}`)
  }
}

/** Sets targets (operator only): every row checked first, then all appended in one transaction. */
export async function setTargets(deps: ConsoleDeps, scope: Scope, targets: TargetInput[]): Promise<TargetView[]> {
  requireOperator(scope)
  targets.forEach(checkTarget)
  const at = deps.clock.now()
  const rows: ConsoleTargetRow[] = targets.map((t) => ({
    id: newRowId(), region_code: t.regionCode, category: t.category, year: t.year,
    enterprise_share_percent: t.enterpriseSharePercent, county_share_percent: t.countySharePercent, set_by: scope.actor.organisationId ?? null, set_at: at,
  }))
  await deps.store.transaction((tx) => tx.consoleTargets.insertMany(rows))
  return listTargets(deps, scope)
}
