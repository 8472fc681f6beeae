/**
 * A recall report as trace events (EPCIS 2.0 JSON), so that holdings and the impact view follow it:
 * - removed: ObjectEvent, bizStep `holding`, disposition `recalled` (kept aside for collection; still held);
 * - destroyed: ObjectEvent, bizStep `destroying`, disposition `destroyed`;
 * - returned: ObjectEvent, bizStep `shipping`, disposition `recalled`, to the recalling party.
 * Event ids derive from the report id, so a report is captured once whatever happens.
 */
import type { ReportLine } from './report.js'

export interface ReportEventContext {
  reportId: string
  /** The holder (a party id, or the reference events used for an unregistered one), and where it acted. */
  partyId?: string
  partyRef?: string
  siteId?: string
  /** Where returns go: the party that started the recall or answers for the product. */
  returnToPartyId?: string
  eventTime: string
  recallId: string
}

const MILLI = 1000

export function reportEvents(lines: readonly ReportLine[], context: ReportEventContext): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = []
  const base = (kind: string) => ({
    type: 'ObjectEvent', action: 'OBSERVE', eventTime: context.eventTime, eventTimeZoneOffset: '+00:00',
    eventID: `urn:zhuisu:recall-report:${context.reportId}:${kind}`,
    'zs:party': context.partyId ? `urn:zhuisu:party:${context.partyId}` : context.partyRef,
    ...(context.siteId ? { bizLocation: { id: `urn:zhuisu:site:${context.siteId}` } } : {}),
    'zs:recall': context.recallId,
  })
  const what = (pick: (line: ReportLine) => number) => {
    const chosen = lines.filter((line) => pick(line) > 0)
    const items = chosen.filter((line) => line.kind === 'item')
    const quantities = chosen.filter((line) => line.kind !== 'item')
    return {
      any: chosen.length > 0,
      fields: {
        ...(items.length > 0 ? { epcList: items.map((l) => l.code) } : {}),
        ...(quantities.length > 0 ? { quantityList: quantities.map((l) => ({ epcClass: l.code, quantity: pick(l) / MILLI, ...(l.uom ? { uom: l.uom } : {}) })) } : {}),
      },
    }
  }
  const removed = what((l) => l.removedMilli)
  if (removed.any) events.push({ ...base('holding'), bizStep: 'holding', disposition: 'recalled', ...removed.fields })
  const destroyed = what((l) => l.destroyedMilli)
  if (destroyed.any) events.push({ ...base('destroying'), bizStep: 'destroying', disposition: 'destroyed', ...destroyed.fields })
  const returned = what((l) => l.returnedMilli)
  if (returned.any) {
    events.push({
      ...base('returning'), bizStep: 'shipping', disposition: 'recalled', ...returned.fields,
      ...(context.returnToPartyId ? { destinationList: [{ type: 'owning_party', destination: `urn:zhuisu:party:${context.returnToPartyId}` }] } : {}),
    })
  }
  return events
}
