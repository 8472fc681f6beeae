/**
 * The portal's lists, for the caller's own parties only, paged, sorted and filtered on the server:
 * holdings (进销存 per lot or item), its events, the data-quality findings on its events, and the partner
 * view (一步追溯: who supplied each lot, who it went to). Quantities leave as decimal numbers.
 */
import { FINDINGS, type Finding } from '../../domain/findings.js'
import { milliToNumber } from '../../domain/quantity.js'
import type { Direction, EventSort, HoldingSort, PartnerSort, PortalEventRow } from '../../storage/repositories/portal-repository.js'
import type { Scope } from '../access/scope.js'
import type { Table } from '../spreadsheets/export-tables.js'
import { ownParties } from './context.js'
import { clampPage, type PortalDeps } from './portal-deps.js'

export interface ListQuery<S extends string> {
  limit?: number
  offset?: number
  sort?: S
  direction?: Direction
}

export interface Paged<T> {
  items: T[]
  total: number
  limit: number
  offset: number
}

const quantity = (milli: number | undefined) => (milli === undefined ? undefined : milliToNumber(milli))

async function ownIds(deps: Pick<PortalDeps, 'store'>, scope: Scope): Promise<string[]> {
  return (await ownParties(deps, scope)).map((p) => p.id)
}

export async function listHoldings(deps: Pick<PortalDeps, 'store'>, scope: Scope, query: ListQuery<HoldingSort> & { q?: string; inStock?: boolean }) {
  const ids = await ownIds(deps, scope)
  const page = clampPage(query.limit, query.offset)
  const { rows, total } = await deps.store.portal.holdings(ids, { search: query.q?.trim() || undefined, inStockOnly: query.inStock ?? false }, {
    ...page, sort: query.sort ?? 'lastAt', direction: query.direction ?? 'desc',
  })
  const items = rows.map((r) => ({
    unitId: r.unitId, code: r.code, kind: r.kind, lotNumber: r.lotNumber, productId: r.productId, productName: r.productName, uom: r.uom,
    made: milliToNumber(r.madeMilli), received: milliToNumber(r.receivedMilli), shipped: milliToNumber(r.shippedMilli), sold: milliToNumber(r.soldMilli),
    used: milliToNumber(r.usedMilli), destroyed: milliToNumber(r.destroyedMilli), remaining: milliToNumber(r.remainingMilli), lastAt: r.lastAt,
  }))
  return { items, total, ...page }
}

function codesOf(document: Record<string, unknown>): string[] {
  const codes: string[] = []
  for (const field of ['epcList', 'inputEPCList', 'outputEPCList', 'childEPCs']) {
    const list = document[field]
    if (Array.isArray(list)) for (const code of list) if (typeof code === 'string') codes.push(code)
  }
  for (const field of ['quantityList', 'inputQuantityList', 'outputQuantityList', 'childQuantityList']) {
    const list = document[field]
    if (Array.isArray(list)) for (const entry of list) if (entry && typeof entry === 'object' && typeof (entry as { epcClass?: unknown }).epcClass === 'string') codes.push((entry as { epcClass: string }).epcClass)
  }
  if (typeof document.parentID === 'string') codes.push(document.parentID)
  return codes
}

function eventView(row: PortalEventRow) {
  const document = JSON.parse(row.document) as Record<string, unknown>
  const findings = (JSON.parse(row.findings) as Finding[]).map((f) => ({ ...f, messages: FINDINGS[f.code] }))
  return { eventId: row.eventId, type: row.type, bizStep: row.bizStep, eventTime: row.eventTime, category: row.category, siteId: row.siteId, codes: codesOf(document), findings }
}

/** The caller's own events, newest first; `withFindings`: only those with data-quality findings (its reporting to fix). */
export async function listOwnEvents(deps: Pick<PortalDeps, 'store'>, scope: Scope, query: ListQuery<EventSort> & { bizStep?: string; withFindings?: boolean }) {
  const ids = await ownIds(deps, scope)
  const page = clampPage(query.limit, query.offset)
  const { rows, total } = await deps.store.portal.events(ids, { bizStep: query.bizStep, withFindings: query.withFindings ?? false }, {
    ...page, sort: query.sort ?? 'eventTime', direction: query.direction ?? 'desc',
  })
  return { items: rows.map(eventView), total, ...page }
}

export type PartnerQuery = ListQuery<PartnerSort> & { direction?: Direction; side?: 'up' | 'down'; q?: string }

export async function listPartnerLines(deps: Pick<PortalDeps, 'store'>, scope: Scope, query: PartnerQuery) {
  const ids = await ownIds(deps, scope)
  const page = clampPage(query.limit, query.offset)
  const { rows, total } = await deps.store.portal.partners(ids, { direction: query.side, search: query.q?.trim() || undefined }, {
    ...page, sort: query.sort ?? 'eventTime', direction: query.direction ?? 'desc',
  })
  const items = rows.map((r) => ({
    side: r.direction, unitId: r.unitId, code: r.code, lotNumber: r.lotNumber, productName: r.productName,
    partner: { id: r.partnerId, reference: r.partnerRef, name: r.partnerName, uscc: r.partnerUscc },
    quantity: quantity(r.quantityMilli), uom: r.uom, eventId: r.eventId, eventTime: r.eventTime,
  }))
  return { items, total, ...page }
}

/** Rows of one export; a spreadsheet is for keeping, so it takes up to this many lines. */
export const PARTNER_EXPORT_LIMIT = 10_000
const EXPORT_PAGE = 200

/** The partner view as a sheet (一步追溯台账), with the same filter as the list. */
export async function partnerTable(deps: Pick<PortalDeps, 'store'>, scope: Scope, query: PartnerQuery): Promise<Table> {
  const rows: Table['rows'] = []
  for (let offset = 0; offset < PARTNER_EXPORT_LIMIT; offset += EXPORT_PAGE) {
    const page = await listPartnerLines(deps, scope, { ...query, limit: EXPORT_PAGE, offset })
    for (const item of page.items) {
      rows.push({
        side: item.side === 'up' ? '上游（来源）' : '下游（去向）', eventTime: item.eventTime, code: item.code, product: item.productName, lotNumber: item.lotNumber,
        partner: item.partner.name ?? item.partner.reference, uscc: item.partner.uscc, quantity: item.quantity, uom: item.uom, eventId: item.eventId,
      })
    }
    if (page.items.length < EXPORT_PAGE) break
  }
  const columns: [string, string][] = [['side', '方向'], ['eventTime', '时间'], ['code', '追溯码'], ['product', '产品'], ['lotNumber', '批号'], ['partner', '供货方/购货方'], ['uscc', '统一社会信用代码'], ['quantity', '数量'], ['uom', '单位'], ['eventId', '事件编号']]
  return { name: '一步追溯', columns: columns.map(([key, zh]) => ({ key, zh })), rows }
}
