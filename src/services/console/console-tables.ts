/**
 * The console's tables as spreadsheets (.xlsx through interop/spreadsheet/export-workbook.ts): the same
 * service answers the API gives, flattened with Chinese column names.
 */
import type { Table, TableValue } from '../spreadsheets/export-tables.js'
import type { CoverageParty, CoverageResult } from './coverage.js'
import type { DrillEvent } from './drill-down.js'
import type { QualityFigures, QualityResult } from './quality.js'
import type { VolumesResult } from './volumes.js'

const cols = (pairs: [string, string][]) => pairs.map(([key, zh]) => ({ key, zh }))
const percent = (value: number | null): TableValue => (value === null ? undefined : Math.round(value * 1000) / 10)

export function coverageTables(result: CoverageResult): Table[] {
  const cell = cols([['registered', '登记主体数'], ['active', '报送主体数'], ['share', '覆盖率(%)'], ['target', '目标(%)']])
  return [
    { name: '按类别', columns: [...cols([['category', '类别']]), ...cell], rows: result.byCategory.map((c) => ({ category: c.category, registered: c.registered, active: c.active, share: percent(c.share), target: c.target?.enterpriseSharePercent })) },
    { name: '按区县', columns: [...cols([['regionCode', '区划代码'], ['name', '区县']]), ...cell.slice(0, 3)], rows: result.byCounty.map((c) => ({ regionCode: c.regionCode, name: c.name, registered: c.registered, active: c.active, share: percent(c.share) })) },
    { name: '未覆盖区县', columns: cols([['regionCode', '区划代码'], ['name', '区县']]), rows: result.counties.uncovered.map((c) => ({ ...c })) },
  ]
}

export function volumeTables(result: VolumesResult): Table[] {
  const flowRows = (links: VolumesResult['provinceFlows']) => links.map((l) => ({ from: l.fromName || l.from, to: l.toName || '未登记', movements: l.movements, quantities: l.quantities.map((q) => `${q.quantity} ${q.uom}`).join('; ') }))
  const flowCols = cols([['from', '发出地'], ['to', '到达地'], ['movements', '流转次数'], ['quantities', '数量']])
  return [
    { name: '每日事件', columns: cols([['day', '日期'], ['events', '事件数']]), rows: result.perDay.map((d) => ({ day: d.day, events: d.events })) },
    { name: '省际流向', columns: flowCols, rows: flowRows(result.provinceFlows) },
    { name: '市际流向', columns: flowCols, rows: flowRows(result.cityFlows) },
    { name: '产品排行', columns: cols([['name', '产品'], ['category', '类别'], ['events', '事件数']]), rows: result.topProducts.map((p) => ({ ...p })) },
    { name: '主体排行', columns: cols([['name', '主体'], ['regionCode', '区划代码'], ['events', '事件数']]), rows: result.topParties.map((p) => ({ ...p })) },
  ]
}

const QUALITY_COLUMNS = cols([['events', '事件数'], ['completeness', '完整率(%)'], ['accuracy', '准确率(%)'], ['within24h', '24小时内报送(%)'], ['medianMinutes', '延迟中位数(分钟,≤)'], ['p90Minutes', '延迟P90(分钟,≤)'], ['reportingDays', '报送天数'], ['operationRate', '正常运行率(%)']])
const qualityRow = (f: QualityFigures) => ({
  events: f.events, completeness: percent(f.completeness), accuracy: percent(f.accuracy), within24h: percent(f.within24h),
  medianMinutes: f.medianMinutes ?? undefined, p90Minutes: f.p90Minutes ?? undefined, reportingDays: f.reportingDays, operationRate: percent(f.operationRate),
})

export function qualityTables(result: QualityResult): Table[] {
  return [
    { name: '企业数据质量', columns: [...cols([['name', '主体'], ['uscc', '统一社会信用代码'], ['regionCode', '区划代码']]), ...QUALITY_COLUMNS], rows: result.parties.map((p) => ({ name: p.name, uscc: p.uscc ?? undefined, regionCode: p.regionCode, ...qualityRow(p) })) },
    { name: '平台数据质量', columns: [...cols([['name', '平台'], ['parties', '授权主体数']]), ...QUALITY_COLUMNS], rows: result.platforms.map((p) => ({ name: p.name, parties: p.parties, ...qualityRow(p) })) },
  ]
}

export function partyTables(parties: CoverageParty[]): Table[] {
  return [{
    name: '主体', columns: cols([['name', '主体'], ['uscc', '统一社会信用代码'], ['regionCode', '区划代码'], ['kind', '类型'], ['categories', '类别'], ['active', '近期报送']]),
    rows: parties.map((p) => ({ name: p.name, uscc: p.uscc ?? undefined, regionCode: p.regionCode, kind: p.kind, categories: p.categories.join('、'), active: p.active ? '是' : '否' })),
  }]
}

export function eventTables(events: DrillEvent[]): Table[] {
  return [{
    name: '追溯事件', columns: cols([['eventTime', '事件时间'], ['recordTime', '记录时间'], ['type', '类型'], ['bizStep', '业务步骤'], ['category', '类别'], ['partyName', '主体'], ['findings', '数据质量问题'], ['eventId', '事件编号']]),
    rows: events.map((e) => ({ eventTime: e.eventTime, recordTime: e.recordTime, type: e.type, bizStep: e.bizStep ?? undefined, category: e.category ?? undefined, partyName: e.partyName ?? undefined, findings: e.findings.join('、'), eventId: e.eventId })),
  }]
}
