/**
 * What a holder may report on its recall task, checked before anything is written: per lot, how much it
 * took off the shelves and keeps aside for collection (removed), sent back to the recalling party
 * (returned) and destroyed. Each unit of goods is reported once, under the one of the three that ends its
 * story here.
 *
 * - Only lots of the task, each at most once per report; quantities as EPCIS takes them (≤ 3 decimals).
 * - returned + destroyed may not exceed what the holder still holds now (its live holdings: earlier
 *   returns and destructions have already left them).
 * - removed + returned + destroyed, summed over every report, may not exceed what it held when the recall
 *   opened. A lot is accounted for once that sum reaches what was held; the task is then complete.
 */
import { ZhuisuError } from '../errors.js'
import { parseQuantityMilli } from '../quantity.js'

export interface TaskLot {
  unitId: string
  code: string
  kind: string
  productName?: string
  lotNumber?: string
  serial?: string
  uom?: string
  /** What the holder held when the recall opened (its remaining holding, never below zero). */
  heldMilli: number
}

export interface LotProgress {
  unitId: string
  removedMilli: number
  returnedMilli: number
  destroyedMilli: number
}

export interface ReportLine extends LotProgress {
  code: string
  kind: string
  uom?: string
}

export interface ReportInput {
  lots: { code: string; removed?: number; returned?: number; destroyed?: number }[]
  note?: string
}

export const REPORT_QUANTITIES = ['removed', 'returned', 'destroyed'] as const
type ReportQuantity = (typeof REPORT_QUANTITIES)[number]

/**
 * @param remainingMilli what the holder holds of each lot now, by unit id
 * @param before the task's reports so far, summed per lot
 */
export function checkReport(input: ReportInput, lots: readonly TaskLot[], remainingMilli: ReadonlyMap<string, number>, before: ReadonlyMap<string, LotProgress>): ReportLine[] {
  if (input.lots.length === 0) throw new ZhuisuError('recall_report_empty', '/lots')
  const byCode = new Map(lots.map((lot) => [lot.code, lot]))
  const seen = new Set<string>()
  const lines = input.lots.map((entry, index): ReportLine => {
    const lot = byCode.get(entry.code)
    if (!lot) throw new ZhuisuError('recall_lot_not_in_task', `/lots/${index}/code`)
    if (seen.has(lot.unitId)) throw new ZhuisuError('recall_lot_repeated', `/lots/${index}/code`)
    seen.add(lot.unitId)
    const milli = (name: ReportQuantity): number => {
      const value = entry[name]
      if (value === undefined) return 0
      const parsed = parseQuantityMilli(value)
      if (parsed === undefined) throw new ZhuisuError('quantity_invalid', `/lots/${index}/${name}`)
      return parsed
    }
    const line = { unitId: lot.unitId, code: lot.code, kind: lot.kind, uom: lot.uom, removedMilli: milli('removed'), returnedMilli: milli('returned'), destroyedMilli: milli('destroyed') }
    const remaining = Math.max(0, remainingMilli.get(lot.unitId) ?? 0)
    const leaving = line.returnedMilli + line.destroyedMilli
    if (leaving > remaining) {
      throw new ZhuisuError('recall_report_exceeds_holding', `/lots/${index}/${line.returnedMilli > remaining ? 'returned' : 'destroyed'}`, { heldMilli: remaining, reportedMilli: leaving })
    }
    const sofar = before.get(lot.unitId)
    const total = (sofar ? sofar.removedMilli + sofar.returnedMilli + sofar.destroyedMilli : 0) + leaving + line.removedMilli
    if (total > lot.heldMilli) {
      const field = line.removedMilli > 0 ? 'removed' : line.returnedMilli > 0 ? 'returned' : 'destroyed'
      throw new ZhuisuError('recall_report_exceeds_holding', `/lots/${index}/${field}`, { heldMilli: lot.heldMilli, reportedMilli: total })
    }
    return line
  })
  if (lines.every((l) => l.removedMilli + l.returnedMilli + l.destroyedMilli === 0)) throw new ZhuisuError('recall_report_empty', '/lots')
  return lines
}

/** Sums reports per lot. */
export function sumProgress(reports: readonly (readonly LotProgress[])[]): Map<string, LotProgress> {
  const sums = new Map<string, LotProgress>()
  for (const line of reports.flat()) {
    const sum = sums.get(line.unitId) ?? { unitId: line.unitId, removedMilli: 0, returnedMilli: 0, destroyedMilli: 0 }
    sum.removedMilli += line.removedMilli
    sum.returnedMilli += line.returnedMilli
    sum.destroyedMilli += line.destroyedMilli
    sums.set(line.unitId, sum)
  }
  return sums
}

export function accountedMilli(lot: TaskLot, progress: LotProgress | undefined): number {
  if (!progress) return 0
  return Math.min(lot.heldMilli, progress.removedMilli + progress.returnedMilli + progress.destroyedMilli)
}

export function isComplete(lots: readonly TaskLot[], progress: ReadonlyMap<string, LotProgress>): boolean {
  return lots.every((lot) => accountedMilli(lot, progress.get(lot.unitId)) >= lot.heldMilli)
}
