/**
 * `duplicate_serial` (counterfeit hint): a serialised item sold by two events, or seen at two places whose
 * prefecture centroids are at least `distanceKm` apart within `hours` hours. Candidates are the items this
 * batch sells, uses or observes (where a copied code shows up, at the end of the chain); their sightings in
 * those roles come from the custody index, so a fast but legitimate shipment between cities is no hint.
 */
import { findDuplicate, type Sighting } from '../../domain/alerts/conditions.js'
import type { AlertFinding } from '../../domain/alerts/finding.js'
import type { SightingRow } from '../../storage/repositories/alert-state-repository.js'
import { activeThreshold, type RuleContext } from './rule-context.js'

const CANDIDATE_ROLES = new Set(['sold', 'used', 'observed'])
const HOUR_MS = 3_600_000

export async function duplicateFindings(ctx: RuleContext): Promise<AlertFinding[]> {
  const { facts, book } = ctx
  const candidates = new Map<string, string>()
  let earliest: string | undefined
  for (const c of facts.custody) {
    if (!CANDIDATE_ROLES.has(c.role) || facts.units.get(c.unit_id)?.kind !== 'item') continue
    candidates.set(c.unit_id, c.region_code ?? '')
    if (!earliest || c.event_time < earliest) earliest = c.event_time
  }
  if (candidates.size === 0) return []
  const widestHours = book.widest('duplicate_serial', 'hours', Math.max)
  if (widestHours === undefined) return []
  const since = new Date(Date.parse(earliest!) - widestHours * HOUR_MS).toISOString()
  const byUnit = new Map<string, SightingRow[]>()
  for (const row of await ctx.repos.alertState.sightings([...candidates.keys()], [...CANDIDATE_ROLES], since)) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row])
  const findings: AlertFinding[] = []
  for (const [unitId, region] of candidates) {
    const threshold = activeThreshold(book, 'duplicate_serial', region || undefined)
    const rows = byUnit.get(unitId) ?? []
    if (!threshold || rows.length < 2) continue
    const sightings: Sighting[] = rows.map((r) => ({ eventId: r.eventId, eventRowId: r.eventRowId, eventTime: r.eventTime, regionCode: r.regionCode ?? undefined, sold: r.role === 'sold' }))
    const found = findDuplicate(sightings, threshold.parameters.distanceKm, threshold.parameters.hours)
    if (!found) continue
    const unitKey = facts.units.get(unitId)?.key ?? unitId
    const partyOf = (s: Sighting) => rows.find((r) => r.eventRowId === s.eventRowId)?.partyId ?? undefined
    const event = facts.events.get(found.second.eventRowId)
    findings.push({
      rule: 'duplicate_serial', subject: { kind: 'unit', id: unitId }, key: '', partyId: partyOf(found.second),
      regionCode: found.second.regionCode, category: event?.category ?? undefined,
      evidence: [found.first, found.second].map((s) => ({ eventRowId: s.eventRowId, eventId: s.eventId, eventTime: s.eventTime, partyId: partyOf(s), unitId, unitKey })),
      data: { unitKey, reason: found.reason, km: found.km ?? 0, hours: threshold.parameters.hours },
    })
  }
  return findings
}
