/**
 * Rules on quantities and parties: `mass_balance` and `hazardous_balance` (a party let more of a unit go
 * out than it received or made, from the custody index grouped per party × unit × unit of measure),
 * `unlicensed_receiver` (licence-requirements.ts) and `quota_exceeded` (rare earth made per party and year
 * against the quota a regulator set).
 */
import { isBalanceBroken, isQuotaExceeded, localDay } from '../../domain/alerts/conditions.js'
import type { AlertFinding } from '../../domain/alerts/finding.js'
import { LICENCE_REQUIREMENTS, missingLicence } from '../../domain/alerts/licence-requirements.js'
import { milliText } from '../../domain/alerts/messages.js'
import { CATEGORIES, isCategoryCode } from '../../domain/categories.js'
import type { PartyId } from '../../domain/ids.js'
import type { Party } from '../../domain/master-data.js'
import type { CustodyRow } from '../../storage/repositories/custody-repository.js'
import { evidenceOf, IN_ROLES, OUT_ROLES } from './batch-facts.js'
import { activeThreshold, type RuleContext } from './rule-context.js'

export async function balanceFindings(ctx: RuleContext): Promise<AlertFinding[]> {
  const { facts, book } = ctx
  const outflows = new Map<string, CustodyRow[]>()
  for (const c of facts.custody) {
    if (!OUT_ROLES.has(c.role) || !c.party_id) continue
    const key = `${c.party_id}|${c.unit_id}`
    outflows.set(key, [...(outflows.get(key) ?? []), c])
  }
  if (outflows.size === 0) return []
  const rows = await ctx.repos.alertState.balances([...new Set([...outflows.values()].map((list) => list[0].unit_id))])
  const sums = new Map<string, { in: Map<string, number>; out: Map<string, number>; unknownIn: boolean }>()
  for (const r of rows) {
    const key = `${r.partyId}|${r.unitId}`
    if (!outflows.has(key)) continue
    let entry = sums.get(key)
    if (!entry) sums.set(key, (entry = { in: new Map(), out: new Map(), unknownIn: false }))
    if (IN_ROLES.has(r.role) && r.unknownCount > 0) entry.unknownIn = true
    const side = IN_ROLES.has(r.role) ? entry.in : OUT_ROLES.has(r.role) ? entry.out : undefined
    side?.set(r.uom ?? '', (side.get(r.uom ?? '') ?? 0) + r.quantityMilli)
  }
  const findings: AlertFinding[] = []
  for (const [key, list] of outflows) {
    const entry = sums.get(key)
    if (!entry || entry.unknownIn) continue
    const first = list[0]
    const event = facts.events.get(first.event_row_id)!
    const rule = event.category === 'hazardous' ? 'hazardous_balance' : 'mass_balance'
    const threshold = activeThreshold(book, rule, first.region_code ?? undefined)
    if (!threshold) continue
    for (const [uom, outMilli] of entry.out) {
      const inMilli = entry.in.get(uom)
      // Nothing recorded coming in (a party whose receipts are not on the platform) is a completeness gap for
      // the data-quality console, not a balance; received in one unit of measure and shipped in another has no
      // known conversion. Neither gets a verdict.
      if (inMilli === undefined) continue
      if (!isBalanceBroken(inMilli, outMilli, threshold.parameters.tolerancePct)) continue
      const unitKey = facts.units.get(first.unit_id)?.key ?? first.unit_id
      findings.push({
        rule, subject: { kind: 'party', id: first.party_id! }, key: `${first.unit_id}|${uom}`, partyId: first.party_id!,
        regionCode: first.region_code ?? undefined, category: event.category ?? undefined,
        evidence: list.map((c) => evidenceOf(c, facts.units)),
        data: { unitKey, in: milliText(inMilli), out: milliText(outMilli), uom },
      })
    }
  }
  return findings
}

export async function licenceFindings(ctx: RuleContext): Promise<AlertFinding[]> {
  const { facts, book } = ctx
  // Who receives: the actor of a receipt, the counterparty of a shipment.
  const receipts: { receiverId: string; row: CustodyRow; category: keyof typeof CATEGORIES }[] = []
  for (const c of facts.custody) {
    const category = facts.events.get(c.event_row_id)!.category
    if (!isCategoryCode(category) || !LICENCE_REQUIREMENTS[category]) continue
    const receiverId = c.role === 'received' ? c.party_id : c.role === 'shipped' ? c.counterparty_id : null
    if (receiverId) receipts.push({ receiverId, row: c, category })
  }
  if (receipts.length === 0) return []
  const parties = new Map((await ctx.repos.parties.findByIds([...new Set(receipts.map((r) => r.receiverId as PartyId))])).map((p) => [p.id, p]))
  const findings: AlertFinding[] = []
  for (const { receiverId, row, category } of receipts) {
    const receiver = parties.get(receiverId as PartyId)
    if (!receiver || !activeThreshold(book, 'unlicensed_receiver', receiver.regionCode)) continue
    const event = facts.events.get(row.event_row_id)!
    const requirement = missingLicence(category, receiver, localDay(row.event_time, event.event_time_zone_offset))
    if (!requirement) continue
    findings.push({
      rule: 'unlicensed_receiver', subject: { kind: 'party', id: receiver.id }, key: category, partyId: receiver.id,
      regionCode: receiver.regionCode, category, evidence: [evidenceOf(row, facts.units)],
      data: { partyName: receiver.name, licences: requirement.accepted.join('、'), categoryZh: CATEGORIES[category].zh, categoryEn: CATEGORIES[category].en.toLowerCase() },
    })
  }
  return findings
}

/** Rare earth made (mined, separated, smelted) adds to the party's usage of the year; beyond the quota, an alert. */
export async function quotaFindings(ctx: RuleContext): Promise<AlertFinding[]> {
  const { facts, book, repos } = ctx
  const made = facts.custody.filter((c) => c.role === 'made' && c.party_id && c.quantity_milli !== null && facts.events.get(c.event_row_id)!.category === 'rare_earth')
  if (made.length === 0) return []
  const usage = new Map<string, { partyId: string; year: number; uom: string; milli: number; rows: CustodyRow[] }>()
  for (const c of made) {
    const year = Number(c.event_time.slice(0, 4))
    const key = `${c.party_id}|${year}|${c.uom ?? ''}`
    const entry = usage.get(key) ?? { partyId: c.party_id!, year, uom: c.uom ?? '', milli: 0, rows: [] }
    entry.milli += c.quantity_milli!
    entry.rows.push(c)
    usage.set(key, entry)
  }
  await repos.alertState.addQuotaUsage([...usage.values()])
  const findings: AlertFinding[] = []
  const partyIds = [...new Set(made.map((c) => c.party_id!))]
  const parties = new Map<string, Party>()
  for (const year of new Set([...usage.values()].map((u) => u.year))) {
    const quotas = new Map((await repos.alertSettings.currentQuotas({ partyIds, year })).map((q) => [`${q.partyId}|${q.uom}`, q]))
    for (const used of await repos.alertState.quotaUsage(partyIds, year)) {
      const quota = quotas.get(`${used.partyId}|${used.uom}`)
      const entry = usage.get(`${used.partyId}|${year}|${used.uom}`)
      if (!quota || !entry) continue
      const region = entry.rows[0].region_code ?? undefined
      const threshold = activeThreshold(book, 'quota_exceeded', region)
      if (!threshold || !isQuotaExceeded(used.usedMilli, quota.quantityMilli, threshold.parameters.tolerancePct)) continue
      if (parties.size === 0) for (const p of await repos.parties.findByIds(partyIds as PartyId[])) parties.set(p.id, p)
      findings.push({
        rule: 'quota_exceeded', subject: { kind: 'party', id: used.partyId }, key: `${year}|${used.uom}`, partyId: used.partyId,
        regionCode: parties.get(used.partyId)?.regionCode ?? region, category: 'rare_earth', evidence: entry.rows.map((c) => evidenceOf(c, facts.units)),
        data: { partyName: parties.get(used.partyId)?.name ?? used.partyId, year, used: milliText(used.usedMilli), quota: milliText(quota.quantityMilli), uom: used.uom },
      })
    }
  }
  return findings
}
