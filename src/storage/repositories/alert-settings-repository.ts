/** Threshold settings per region and rule, and rare-earth quotas per party and year: append-only, newest applies. */
import type { Kysely } from 'kysely'
import { isRuleId, type RuleId, type Severity } from '../../domain/alerts/rules.js'
import type { ThresholdSetting } from '../../domain/alerts/thresholds.js'
import type { Database } from '../schema.js'

export interface ThresholdRecord extends ThresholdSetting {
  setBy: string
  setAt: string
}

export interface QuotaRecord {
  partyId: string
  year: number
  quantityMilli: number
  uom: string
  setBy: string
  setAt: string
}

export function createAlertSettingsRepository(db: Kysely<Database>) {
  return {
    async insertThreshold(id: string, record: ThresholdRecord): Promise<void> {
      await db.insertInto('alert_threshold').values({
        id, region_prefix: record.regionPrefix, rule: record.rule, enabled: record.enabled ? 1 : 0, severity: record.severity,
        parameters: JSON.stringify(record.parameters), set_by: record.setBy, set_at: record.setAt,
      }).execute()
    },
    /** The newest setting per (region prefix, rule). The table holds a handful of rows per region. */
    async currentThresholds(): Promise<ThresholdRecord[]> {
      const rows = await db.selectFrom('alert_threshold').selectAll().orderBy('set_at').orderBy('id').execute()
      const newest = new Map<string, ThresholdRecord>()
      for (const r of rows) {
        if (!isRuleId(r.rule)) continue
        newest.set(`${r.region_prefix}|${r.rule}`, {
          regionPrefix: r.region_prefix, rule: r.rule as RuleId, enabled: Number(r.enabled) === 1, severity: r.severity as Severity,
          parameters: JSON.parse(r.parameters), setBy: r.set_by, setAt: r.set_at,
        })
      }
      return [...newest.values()]
    },
    async insertQuota(id: string, record: QuotaRecord): Promise<void> {
      await db.insertInto('alert_quota').values({
        id, party_id: record.partyId, year: record.year, quantity_milli: record.quantityMilli, uom: record.uom, set_by: record.setBy, set_at: record.setAt,
      }).execute()
    },
    /** The newest quota per (party, year), for these parties (all parties when undefined). */
    async currentQuotas(filter: { partyIds?: string[]; year?: number }): Promise<QuotaRecord[]> {
      let query = db.selectFrom('alert_quota').selectAll()
      if (filter.partyIds) query = query.where('party_id', 'in', filter.partyIds.length > 0 ? filter.partyIds : [''])
      if (filter.year !== undefined) query = query.where('year', '=', filter.year)
      const rows = await query.orderBy('set_at').orderBy('id').limit(10_000).execute()
      const newest = new Map<string, QuotaRecord>()
      for (const r of rows) {
        newest.set(`${r.party_id}|${r.year}`, { partyId: r.party_id, year: Number(r.year), quantityMilli: Number(r.quantity_milli), uom: r.uom, setBy: r.set_by, setAt: r.set_at })
      }
      return [...newest.values()]
    },
  }
}

export type AlertSettingsRepository = ReturnType<typeof createAlertSettingsRepository>
