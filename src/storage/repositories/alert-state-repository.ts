/**
 * The small state the early-warning rules read as events arrive (batched per capture, never a scan of the
 * events): balances per party × unit from the custody index, unit facts (expiry, inspections), clocks (last
 * report per party, last maintenance per elevator) and quota usage per party × year.
 */
import type { Kysely } from 'kysely'
import type { AlertClockTable, AlertUnitFactTable } from '../alert-schema.js'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'

export interface BalanceRow {
  unitId: string
  partyId: string
  role: string
  uom: string | null
  quantityMilli: number
  /** Rows without a quantity (a class-level code named without one): the balance is then unknown. */
  unknownCount: number
}

export interface SightingRow {
  unitId: string
  role: string
  regionCode: string | null
  eventId: string
  eventRowId: string
  eventTime: string
  partyId: string | null
}

export type ClockKind = 'report' | 'maintenance'

export function createAlertStateRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'insertRows' | 'maxParameters'>) {
  const notDeclaredErroneous = ({ not, exists, selectFrom }: any) =>
    not(exists(selectFrom('event_error').select('event_error.id').whereRef('event_error.event_row_id', '=', 'custody.event_row_id')))
  return {
    /** Quantities per unit, party, role and unit of measure, without events later declared erroneous. */
    async balances(unitIds: string[]): Promise<BalanceRow[]> {
      const out: BalanceRow[] = []
      for (const chunk of chunkRows([...new Set(unitIds)], 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('custody')
          .select((eb) => ['custody.unit_id', 'custody.party_id', 'custody.role', 'custody.uom', eb.fn.sum('custody.quantity_milli').as('total'),
            eb.fn.countAll().as('rows'), eb.fn.count('custody.quantity_milli').as('known')])
          .where('custody.unit_id', 'in', chunk).where('custody.party_id', 'is not', null)
          .where(notDeclaredErroneous)
          .groupBy(['custody.unit_id', 'custody.party_id', 'custody.role', 'custody.uom']).execute()
        for (const r of rows) out.push({ unitId: r.unit_id, partyId: r.party_id!, role: r.role, uom: r.uom, quantityMilli: Number(r.total ?? 0), unknownCount: Number(r.rows) - Number(r.known) })
      }
      return out
    },
    /** Custody sightings of serialised units in these roles: every sale, and the others since `since`. */
    async sightings(unitIds: string[], roles: string[], since: string): Promise<SightingRow[]> {
      const out: SightingRow[] = []
      for (const chunk of chunkRows([...new Set(unitIds)], 1, dialect.maxParameters - 2 - roles.length)) {
        if (chunk.length === 0) continue
        const rows = await db.selectFrom('custody')
          .select(['custody.unit_id', 'custody.role', 'custody.region_code', 'custody.event_id', 'custody.event_row_id', 'custody.event_time', 'custody.party_id'])
          .where('custody.unit_id', 'in', chunk).where('custody.role', 'in', roles)
          .where((eb) => eb.or([eb('custody.role', '=', 'sold'), eb('custody.event_time', '>=', since)]))
          .where(notDeclaredErroneous).orderBy('custody.event_time').limit(50 * chunk.length).execute()
        for (const r of rows) out.push({ unitId: r.unit_id, role: r.role, regionCode: r.region_code, eventId: r.event_id, eventRowId: r.event_row_id, eventTime: r.event_time, partyId: r.party_id })
      }
      return out
    },
    async insertUnitFacts(rows: AlertUnitFactTable[]): Promise<void> {
      await dialect.insertRows(db, 'alert_unit_fact', rows)
    },
    /** Facts recorded about the units, oldest first. */
    async unitFacts(unitIds: string[]): Promise<AlertUnitFactTable[]> {
      const out: AlertUnitFactTable[] = []
      for (const chunk of chunkRows([...new Set(unitIds)], 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        out.push(...await db.selectFrom('alert_unit_fact').selectAll().where('unit_id', 'in', chunk).orderBy('event_time').execute())
      }
      return out
    },
    /** Moves each clock forward (never back); one row per (kind, subject) in `rows`. */
    async touchClocks(rows: AlertClockTable[]): Promise<void> {
      for (const chunk of chunkRows(rows, 7, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        await db.insertInto('alert_clock').values(chunk)
          .onConflict((oc) => oc.columns(['kind', 'subject_id']).doUpdateSet((eb) => ({
            last_at: eb.ref('excluded.last_at'), party_id: eb.ref('excluded.party_id'), region_code: eb.ref('excluded.region_code'),
            category: eb.ref('excluded.category'), event_id: eb.ref('excluded.event_id'),
          })).whereRef('alert_clock.last_at', '<', 'excluded.last_at'))
          .execute()
      }
    },
    /** Stops a clock (an elevator decommissioned). Derived state: the events keep the history. */
    async stopClocks(kind: ClockKind, subjectIds: string[]): Promise<void> {
      for (const chunk of chunkRows([...new Set(subjectIds)], 1, dialect.maxParameters - 1)) {
        if (chunk.length > 0) await db.deleteFrom('alert_clock').where('kind', '=', kind).where('subject_id', 'in', chunk).execute()
      }
    },
    /** Clocks last moved before `cutoff`, by subject id after `after` (keyset paging). */
    async dueClocks(kind: ClockKind, cutoff: string, limit: number, after = ''): Promise<AlertClockTable[]> {
      return db.selectFrom('alert_clock').selectAll().where('kind', '=', kind).where('last_at', '<', cutoff)
        .where('subject_id', '>', after).orderBy('subject_id').limit(limit).execute()
    },
    /** Parties registered before `cutoff` that never reported, by id after `after`. */
    async neverReported(cutoff: string, limit: number, after = ''): Promise<{ id: string; regionCode: string; createdAt: string; categories: string; name: string }[]> {
      const rows = await db.selectFrom('party').leftJoin('alert_clock', (join) => join.onRef('alert_clock.subject_id', '=', 'party.id').on('alert_clock.kind', '=', 'report'))
        .select(['party.id', 'party.region_code', 'party.created_at', 'party.categories', 'party.name'])
        .where('alert_clock.subject_id', 'is', null).where('party.created_at', '<', cutoff).where('party.id', '>', after)
        .orderBy('party.id').limit(limit).execute()
      return rows.map((r) => ({ id: r.id, regionCode: r.region_code, createdAt: r.created_at, categories: r.categories, name: r.name }))
    },
    /** Adds to the usage of each (party, year, uom); rows must be distinct per key. */
    async addQuotaUsage(rows: { partyId: string; year: number; uom: string; milli: number }[]): Promise<void> {
      for (const chunk of chunkRows(rows, 4, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        await db.insertInto('alert_quota_usage').values(chunk.map((r) => ({ party_id: r.partyId, year: r.year, uom: r.uom, used_milli: r.milli })))
          .onConflict((oc) => oc.columns(['party_id', 'year', 'uom']).doUpdateSet((eb) => ({ used_milli: eb('alert_quota_usage.used_milli', '+', eb.ref('excluded.used_milli')) })))
          .execute()
      }
    },
    async quotaUsage(partyIds: string[], year: number): Promise<{ partyId: string; uom: string; usedMilli: number }[]> {
      if (partyIds.length === 0) return []
      const rows = await db.selectFrom('alert_quota_usage').selectAll().where('party_id', 'in', partyIds).where('year', '=', year).execute()
      return rows.map((r) => ({ partyId: r.party_id, uom: r.uom, usedMilli: Number(r.used_milli) }))
    },
  }
}

export type AlertStateRepository = ReturnType<typeof createAlertStateRepository>
