/**
 * Expected receipts (一键收货): a supplier that reports to the platform records a shipment naming this
 * enterprise as destination; until the enterprise records the receiving, the shipment is an expected
 * receipt. Accepting it captures the receiving event with the same codes, quantities and documents as
 * the shipment — nothing is retyped, so nothing can mismatch — through the ordinary capture path (same
 * checks, same authorisation). The receipt's eventID is derived from the shipment's, so accepting twice
 * records one event.
 */
import { isCategoryCode, type CategoryCode } from '../../domain/categories.js'
import { ZhuisuError, type FieldIssue } from '../../domain/errors.js'
import { checkEvent } from '../../domain/events/check-event.js'
import type { Party } from '../../domain/master-data.js'
import { milliToNumber } from '../../domain/quantity.js'
import { bizStepsNeedingStage, categoryStandard } from '../../domain/standards/standard.js'
import { checkEventAgainstStandard } from '../../domain/standards/validate-standard.js'
import type { ExpectedLine } from '../../storage/repositories/portal-repository.js'
import type { StoredEvent } from '../../storage/repositories/event-repository.js'
import { eventWriteCheck } from '../access/event-access.js'
import type { Scope } from '../access/scope.js'
import { captureEvents } from '../capture/capture-events.js'
import { ownParties } from './context.js'
import { clampPage, type PortalDeps } from './portal-deps.js'
import { stepFor } from './stages.js'

/** The receipt of shipment `E` has eventID `RECEIPT_PREFIX + E`: how a second accept finds the first. */
export const RECEIPT_PREFIX = 'urn:zhuisu:receipt:'
const SHANGHAI_OFFSET = '+08:00'
const WHAT_FIELDS = ['epcList', 'quantityList', 'bizTransactionList'] as const

/** Data elements a receipt takes from the shipper when the shipment does not carry them. */
const FROM_SHIPPER: Record<string, (shipper: Party) => string | undefined> = {
  supplierName: (p) => p.name, ownerName: (p) => p.name, supplierCode: (p) => p.uscc, ownerUscc: (p) => p.uscc, supplierUscc: (p) => p.uscc,
}

export interface ReceiptDraft {
  document: Record<string, unknown>
  /** What capture would say about the receipt as it stands (e.g. a required element the shipment did not carry). */
  issues: FieldIssue[]
}

const partyRef = (party: Pick<Party, 'id' | 'uscc'>) => party.uscc ?? party.id

/**
 * The receiving event that accepting `shipment` records for `receiver`, at `now`, at `siteId`, with
 * `extraData` (elements the receiver adds) over the elements carried from the shipment.
 */
export function draftReceipt(input: {
  shipment: StoredEvent; receiver: Party; shipper?: Party; siteId?: string; now: string; extraData?: Record<string, unknown>
}): ReceiptDraft {
  const { shipment, receiver, shipper } = input
  const document: Record<string, unknown> = {
    type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', disposition: 'in_progress',
    eventID: `${RECEIPT_PREFIX}${shipment.eventId}`, eventTime: input.now, eventTimeZoneOffset: SHANGHAI_OFFSET,
    'zs:party': partyRef(receiver),
  }
  const source = shipment.document
  for (const field of WHAT_FIELDS) if (source[field] !== undefined) document[field] = source[field]
  // A shipment of a pallet (TransactionEvent parentID): the receipt names the same pallet.
  if (typeof source.parentID === 'string') document.epcList = [...(Array.isArray(document.epcList) ? document.epcList : []), source.parentID]
  if (input.siteId) document.bizLocation = { id: input.siteId }
  const shipperRef = shipper ? partyRef(shipper) : typeof source['zs:party'] === 'string' ? source['zs:party'] : undefined
  if (shipperRef) document.sourceList = [{ type: 'owning_party', source: shipperRef }]
  document.destinationList = [{ type: 'owning_party', destination: partyRef(receiver) }]
  document['zs:receiptOf'] = shipment.eventId

  const category = isCategoryCode(shipment.category) ? shipment.category : isCategoryCode(source['zs:category']) ? source['zs:category'] : undefined
  if (category) {
    document['zs:category'] = category
    const data = receiptData(category, receiver, shipper, source['zs:data'], input.extraData, document)
    if (Object.keys(data).length > 0) document['zs:data'] = data
  } else if (input.extraData && Object.keys(input.extraData).length > 0) {
    document['zs:data'] = input.extraData
  }
  return { document, issues: issuesOf(document, input.now) }
}

function receiptData(category: CategoryCode, receiver: Party, shipper: Party | undefined, shipped: unknown, extra: Record<string, unknown> | undefined, document: Record<string, unknown>): Record<string, unknown> {
  const carried = shipped && typeof shipped === 'object' && !Array.isArray(shipped) ? (shipped as Record<string, unknown>) : {}
  const found = stepFor(receiver, category, 'receiving')
  const data: Record<string, unknown> = {}
  if (found) {
    const standard = categoryStandard(category)
    if (bizStepsNeedingStage(standard, found.stage, found.step).includes('receiving')) document['zs:stage'] = found.stage.code
    for (const element of found.step.elements) {
      if (carried[element.key] !== undefined) data[element.key] = carried[element.key]
      else if (shipper && FROM_SHIPPER[element.key]?.(shipper) !== undefined) data[element.key] = FROM_SHIPPER[element.key](shipper)
    }
  }
  for (const [key, value] of Object.entries(extra ?? {})) if (value !== undefined && value !== '') data[key] = value
  return data
}

/** The checks capture applies (shape, then the data standard), run on the draft for the preview. */
function issuesOf(document: Record<string, unknown>, now: string): FieldIssue[] {
  const checked = checkEvent(document, { pointer: '', now })
  if (!checked.ok) return checked.issues
  return checkEventAgainstStandard(checked.event).issues
}

function groupByShipment(lines: ExpectedLine[]): Map<string, ExpectedLine[]> {
  const groups = new Map<string, ExpectedLine[]>()
  for (const line of lines) groups.set(line.eventRowId, [...(groups.get(line.eventRowId) ?? []), line])
  return groups
}

async function loadReceipts(deps: PortalDeps, scope: Scope, page: { limit: number; offset: number; eventId?: string }, siteId?: string) {
  const own = await ownParties(deps, scope)
  const { lines, total } = await deps.store.portal.expectedReceipts(own.map((p) => p.id), RECEIPT_PREFIX, page)
  const groups = groupByShipment(lines)
  const shipments = await deps.store.events.findByRowIds([...groups.keys()])
  const shippers = await deps.store.parties.findByIds(lines.flatMap((l) => (l.shipperId ? [l.shipperId] : [])) as Party['id'][])
  const sitesByParty = new Map<string, string | undefined>()
  for (const party of own) sitesByParty.set(party.id, (await deps.store.sites.listByParty(party.id, 1))[0]?.id)
  const now = deps.clock.now()
  const items = [...groups.values()].flatMap((group) => {
    const shipment = shipments.find((s) => s.rowId === group[0].eventRowId)
    const receiver = own.find((p) => p.id === group[0].receiverId)
    if (!shipment || !receiver) return []
    const shipper = shippers.find((p) => p.id === group[0].shipperId)
    const draft = draftReceipt({ shipment, receiver, shipper, siteId: siteId ?? sitesByParty.get(receiver.id), now })
    return [{
      eventId: shipment.eventId, eventTime: shipment.eventTime, category: shipment.category,
      shipper: shipper ? { id: shipper.id, name: shipper.name, uscc: shipper.uscc } : { reference: typeof shipment.document['zs:party'] === 'string' ? shipment.document['zs:party'] : undefined },
      receiver: { id: receiver.id, name: receiver.name },
      lines: group.map((l) => ({ code: l.code, productName: l.productName, quantity: l.quantityMilli === undefined ? undefined : milliToNumber(l.quantityMilli), uom: l.uom })),
      preview: draft.document, issues: draft.issues, shipment, receiverParty: receiver, shipperParty: shipper,
    }]
  })
  return { items, total }
}

export async function listExpectedReceipts(deps: PortalDeps, scope: Scope, query: { limit?: number; offset?: number }) {
  const page = clampPage(query.limit, query.offset)
  const { items, total } = await loadReceipts(deps, scope, page)
  return { items: items.map(({ shipment: _s, receiverParty: _r, shipperParty: _p, ...item }) => item), total, ...page }
}

export interface AcceptOutcome {
  status: 'created' | 'duplicate'
  eventId: string
}

/**
 * Records the receipt of one expected shipment. Idempotent: once accepted (or accepted concurrently) it
 * answers `duplicate` with the same receipt eventID. A shipment not addressed to the caller is not found.
 */
export async function acceptExpectedReceipt(deps: PortalDeps, scope: Scope, shipmentEventId: string, input: { siteId?: string; data?: Record<string, unknown> }): Promise<AcceptOutcome> {
  const receiptId = `${RECEIPT_PREFIX}${shipmentEventId}`
  const own = await ownParties(deps, scope)
  const accepted = async () => {
    const existing = await deps.store.events.findByEventId(receiptId)
    return existing?.partyId !== undefined && own.some((p) => p.id === existing.partyId) ? existing : undefined
  }
  if (await accepted()) return { status: 'duplicate', eventId: receiptId }
  const { items } = await loadReceipts(deps, scope, { limit: 1, offset: 0, eventId: shipmentEventId }, input.siteId)
  const item = items[0]
  if (!item) throw new ZhuisuError('event_not_found', '/eventId')
  if (input.siteId !== undefined) {
    const site = await deps.store.sites.findById(input.siteId)
    if (!site || site.partyId !== item.receiverParty.id) throw new ZhuisuError('site_not_found', '/siteId')
  }
  const draft = draftReceipt({ shipment: item.shipment, receiver: item.receiverParty, shipper: item.shipperParty, siteId: (item.preview.bizLocation as { id?: string } | undefined)?.id, now: deps.clock.now(), extraData: input.data })
  try {
    await captureEvents({ ...deps, authorise: eventWriteCheck(deps.store, scope) }, [draft.document], '/events')
  } catch (error) {
    // Two accepts at once: the second meets the first's receipt (same eventID, another record time).
    if (error instanceof ZhuisuError && error.code === 'event_conflict' && await accepted()) return { status: 'duplicate', eventId: receiptId }
    throw error
  }
  deps.log.info({ receiptId, shipmentEventId }, 'expected receipt accepted')
  return { status: 'created', eventId: receiptId }
}
