/**
 * The facts of one capture's write plan, indexed for the rules: events by row id, custody facts by role,
 * the region of each event, the units named. Built once per capture from rows already in memory.
 */
import type { TraceUnit } from '../../domain/master-data.js'
import type { CustodyRow } from '../../storage/repositories/custody-repository.js'
import type { EventRow } from '../../storage/repositories/event-repository.js'

export interface BatchFacts {
  events: Map<string, EventRow>
  custody: CustodyRow[]
  /** Region of each event row (its site's, else its party's), from the custody facts. */
  regionOf: Map<string, string>
  units: ReadonlyMap<string, TraceUnit>
}

/** Outflows a balance checks (进销存: shipped, sold, used or destroyed). */
export const OUT_ROLES = new Set(['shipped', 'sold', 'used', 'destroyed'])
export const IN_ROLES = new Set(['made', 'received'])
/** Outflows that put a product into someone else's hands (expired or failed goods must not). */
export const RELEASE_ROLES = new Set(['shipped', 'sold'])

export function batchFactsOf(plan: { events: EventRow[]; custody: CustodyRow[]; named: ReadonlyMap<string, TraceUnit> }): BatchFacts {
  const events = new Map(plan.events.map((e) => [e.id, e]))
  const regionOf = new Map<string, string>()
  for (const row of plan.custody) if (row.region_code && !regionOf.has(row.event_row_id)) regionOf.set(row.event_row_id, row.region_code)
  return { events, custody: plan.custody.filter((c) => events.has(c.event_row_id)), regionOf, units: plan.named }
}

/** The bare CBV word of a business step, whatever vocabulary form it was written in. */
export function stepWord(bizStep: string | null | undefined): string | undefined {
  if (!bizStep) return undefined
  return bizStep.replace(/^.*BizStep-/, '').replace(/^urn:epcglobal:cbv:bizstep:/, '')
}

export function evidenceOf(row: CustodyRow, units: ReadonlyMap<string, TraceUnit>) {
  return { eventRowId: row.event_row_id, eventId: row.event_id, eventTime: row.event_time, partyId: row.party_id ?? undefined, unitId: row.unit_id, unitKey: units.get(row.unit_id)?.key }
}
