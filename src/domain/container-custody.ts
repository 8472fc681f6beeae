/**
 * "An event on a container applies to everything aggregated in it at that moment": custody records of a
 * container, inside the windows a content unit spent in it, become custody records of that content —
 * with the quantity the aggregation put in (or one piece for an item). Applied level by level, so a
 * pallet's shipment reaches the cases on it and the items in those cases.
 */
import type { CustodyRecord } from './holdings.js'
import { isInside, type Containment } from './trace-graph.js'

/** Most nesting levels followed (item → case → pallet → container → vessel, with room to spare). */
const MAX_NESTING = 8
const ONE_PIECE_MILLI = 1000
const PIECE_UOM = 'H87'

export function deriveContentCustody(records: CustodyRecord[], containments: Containment[], isItem: (unitId: string) => boolean): CustodyRecord[] {
  const byContainer = new Map<string, Containment[]>()
  for (const c of containments) {
    const list = byContainer.get(c.containerId)
    if (list) list.push(c)
    else byContainer.set(c.containerId, [c])
  }
  const derived: CustodyRecord[] = []
  let level = records
  for (let depth = 0; depth < MAX_NESTING && level.length > 0; depth++) {
    const next: CustodyRecord[] = []
    for (const record of level) {
      for (const containment of byContainer.get(record.unitId) ?? []) {
        if (!isInside(record.eventTime, containment.windows)) continue
        const quantity = containment.quantityMilli !== undefined
          ? { quantityMilli: containment.quantityMilli, uom: containment.uom }
          : isItem(containment.contentId) ? { quantityMilli: ONE_PIECE_MILLI, uom: PIECE_UOM } : { quantityMilli: undefined, uom: undefined }
        next.push({ ...record, unitId: containment.contentId, ...quantity, viaUnitId: record.viaUnitId ?? record.unitId })
      }
    }
    derived.push(...next)
    level = next
  }
  return derived
}
