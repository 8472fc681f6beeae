/**
 * Trace results, impact lists and the events behind a code, as flat tables with Chinese column names,
 * ready to be written to .xlsx or CSV. Each table is built from the same service answer the API gives.
 */
import type { CustodyRole } from '../../domain/events/effects.js'
import { milliToNumber } from '../../domain/quantity.js'
import type { Store } from '../../storage/store.js'
import { assessImpact } from '../trace/impact.js'
import { DEFAULT_TRACE_DEPTH, getUnitByCode, loadTrace, partyView, walk } from '../trace/load-trace.js'
import { traceCode } from '../trace/trace-code.js'
import type { PartyView } from '../trace/trace-view.js'

export type TableValue = string | number | boolean | undefined

export interface Table {
  /** Sheet name. */
  name: string
  columns: { key: string; zh: string }[]
  rows: Record<string, TableValue>[]
}

const ROLE_ZH: Record<CustodyRole, string> = {
  made: '生产', shipped: '发出', received: '收货', sold: '销售', used: '使用', inspected: '检验检测', destroyed: '销毁', packed: '包装', observed: '记录',
}

const cols = (pairs: [string, string][]) => pairs.map(([key, zh]) => ({ key, zh }))
const partyName = (party: PartyView) => party.name ?? party.reference ?? ''

export async function traceTables(store: Store, code: string): Promise<Table[]> {
  const trace = await traceCode(store, code, { direction: 'both' })
  const byId = new Map(trace.nodes.map((n) => [n.id, n]))
  return [
    {
      name: '追溯节点',
      columns: cols([['depth', '层级'], ['code', '追溯码'], ['kind', '类型'], ['product', '产品'], ['category', '类别'], ['lotNumber', '批号'], ['serial', '序列号'], ['holder', '持有主体'], ['holderRegion', '主体地区'], ['received', '收货量'], ['remaining', '结存量'], ['uom', '单位']]),
      rows: trace.nodes.flatMap((node) => {
        const base = { depth: node.depth, code: node.code, kind: node.kind, product: node.product?.name, category: node.product?.category, lotNumber: node.lotNumber, serial: node.serial }
        if (node.holders.length === 0) return [base]
        return node.holders.map((h) => ({ ...base, holder: partyName(h.party), holderRegion: h.party.regionCode ?? h.regionCodes[0], received: h.received, remaining: h.remaining, uom: h.uom }))
      }),
    },
    {
      name: '流转与加工',
      columns: cols([['eventTime', '时间'], ['kind', '类型'], ['code', '追溯码'], ['from', '来自'], ['to', '去向'], ['quantity', '数量'], ['uom', '单位'], ['confirmed', '已收货确认'], ['eventId', '事件编号']]),
      rows: trace.edges.map((edge) => edge.kind === 'transfer'
        ? { eventTime: edge.eventTime, kind: '流转', code: byId.get(edge.unit)?.code, from: partyName(edge.from), to: partyName(edge.to), quantity: edge.quantity, uom: edge.uom, confirmed: edge.confirmed ? '是' : '否', eventId: edge.eventId }
        : { eventTime: edge.eventTime, kind: edge.kind === 'transformation' ? '加工' : '包装', code: byId.get(edge.to)?.code, from: byId.get(edge.from)?.code, to: byId.get(edge.to)?.code, eventId: edge.eventId }),
    },
  ]
}

export async function impactTables(store: Store, code: string): Promise<Table[]> {
  const impact = await assessImpact(store, code)
  return [{
    name: '影响范围',
    columns: cols([['holder', '持有主体'], ['uscc', '统一社会信用代码'], ['holderKind', '主体类型'], ['region', '地区'], ['sites', '场所'], ['code', '追溯码'], ['product', '产品'], ['lotNumber', '批号'], ['received', '收货量'], ['unconfirmed', '未确认收货'], ['remaining', '结存量'], ['uom', '单位'], ['firstAt', '首次'], ['lastAt', '最近']]),
    rows: impact.holders.flatMap((h) => h.units.map((u) => ({
      holder: partyName(h.party), uscc: h.party.uscc, holderKind: h.party.kind, region: h.regionCode, sites: h.sites.map((s) => s.name).join('、'),
      code: u.code, product: u.productName, lotNumber: u.lotNumber, received: u.received, unconfirmed: u.unconfirmed, remaining: u.remaining, uom: u.uom, firstAt: u.firstAt, lastAt: u.lastAt,
    }))),
  }]
}

/** Every recorded step of the lots and items a code reaches, backward and forward, in time order. */
export async function eventTables(store: Store, code: string): Promise<Table[]> {
  const root = await getUnitByCode(store, code)
  const loads = await Promise.all((['backward', 'forward'] as const).map(async (direction) => loadTrace(store, await walk(store, root.id, direction, DEFAULT_TRACE_DEPTH))))
  const seen = new Set<string>()
  const rows: Record<string, TableValue>[] = []
  for (const loaded of loads) {
    for (const record of loaded.custody) {
      const key = `${record.eventId}|${record.unitId}|${record.role}|${record.partyId ?? record.partyRef ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      const unit = loaded.units.get(record.unitId)
      rows.push({
        eventTime: record.eventTime, role: ROLE_ZH[record.role], code: unit?.key, product: unit?.productId ? loaded.products.get(unit.productId)?.name : undefined,
        party: partyName(partyView(loaded, record.partyId ?? record.partyRef, record.partyId !== undefined)), site: record.siteId ? loaded.sites.get(record.siteId)?.name : undefined,
        quantity: record.quantityMilli === undefined ? undefined : milliToNumber(record.quantityMilli), uom: record.uom, eventId: record.eventId,
      })
    }
  }
  rows.sort((a, b) => String(a.eventTime).localeCompare(String(b.eventTime)))
  return [{
    name: '追溯事件',
    columns: cols([['eventTime', '时间'], ['role', '环节'], ['code', '追溯码'], ['product', '产品'], ['party', '主体'], ['site', '场所'], ['quantity', '数量'], ['uom', '单位'], ['eventId', '事件编号']]),
    rows,
  }]
}
