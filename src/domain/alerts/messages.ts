/** The sentence an alert shows, in zh-CN and English, from the figures its rule found. */
import type { AlertFinding } from './finding.js'

type Data = AlertFinding['data']
const n = (value: string | number | undefined) => String(value ?? '')

const TEXT: Record<AlertFinding['rule'], (d: Data) => { zh: string; en: string }> = {
  mass_balance: (d) => ({
    zh: `批次 ${n(d.unitKey)} 流出 ${n(d.out)} ${n(d.uom)}，超过购入与生产合计 ${n(d.in)} ${n(d.uom)}`,
    en: `Lot ${n(d.unitKey)}: ${n(d.out)} ${n(d.uom)} went out, more than the ${n(d.in)} ${n(d.uom)} received or made`,
  }),
  hazardous_balance: (d) => ({
    zh: `危险品 ${n(d.unitKey)} 出库/使用/销毁 ${n(d.out)} ${n(d.uom)}，超过入库与生产合计 ${n(d.in)} ${n(d.uom)}`,
    en: `Hazardous goods ${n(d.unitKey)}: ${n(d.out)} ${n(d.uom)} shipped, used or destroyed against ${n(d.in)} ${n(d.uom)} received or made`,
  }),
  expired_sale: (d) => ({
    zh: `${n(d.unitKey)} 已于 ${n(d.expiryDate)} 过期，仍于 ${n(d.day)} 发货或销售`,
    en: `${n(d.unitKey)} expired on ${n(d.expiryDate)} but was shipped or sold on ${n(d.day)}`,
  }),
  failed_inspection_shipped: (d) => ({
    zh: `${n(d.unitKey)} 于 ${n(d.failedAt)} 检验不合格后仍被发货或销售`,
    en: `${n(d.unitKey)} was shipped or sold after failing an inspection on ${n(d.failedAt)}`,
  }),
  unlicensed_receiver: (d) => ({
    zh: `收货方 ${n(d.partyName)} 无有效的${n(d.licences)}，却接收了${n(d.categoryZh)}`,
    en: `Receiver ${n(d.partyName)} holds no valid licence (${n(d.licences)}) yet received ${n(d.categoryEn)}`,
  }),
  reporting_gap: (d) => ({
    zh: `主体 ${n(d.partyName)} 已 ${n(d.days)} 天未报送追溯数据（上次 ${n(d.lastAt)}）`,
    en: `${n(d.partyName)} has reported no trace data for ${n(d.days)} days (last ${n(d.lastAt)})`,
  }),
  duplicate_serial: (d) => (d.reason === 'sold_twice'
    ? { zh: `单品码 ${n(d.unitKey)} 被销售两次，疑似假冒`, en: `Serial ${n(d.unitKey)} was sold twice: a counterfeit hint` }
    : { zh: `单品码 ${n(d.unitKey)} 在 ${n(d.hours)} 小时内出现在相距 ${n(d.km)} 公里的两地，疑似假冒`, en: `Serial ${n(d.unitKey)} was seen ${n(d.km)} km apart within ${n(d.hours)} hours: a counterfeit hint` }),
  maintenance_overdue: (d) => ({
    zh: `电梯 ${n(d.unitKey)} 已 ${n(d.days)} 天未维保（上次 ${n(d.lastAt)}，周期 ${n(d.limit)} 天）`,
    en: `Elevator ${n(d.unitKey)} not maintained for ${n(d.days)} days (last ${n(d.lastAt)}, interval ${n(d.limit)} days)`,
  }),
  quota_exceeded: (d) => ({
    zh: `${n(d.partyName)} ${n(d.year)} 年稀土产量 ${n(d.used)} ${n(d.uom)}，超过总量控制指标 ${n(d.quota)} ${n(d.uom)}`,
    en: `${n(d.partyName)}: ${n(d.used)} ${n(d.uom)} of rare earth in ${n(d.year)}, beyond its quota of ${n(d.quota)} ${n(d.uom)}`,
  }),
}

export function alertMessage(finding: Pick<AlertFinding, 'rule' | 'data'>): { zh: string; en: string } {
  return TEXT[finding.rule](finding.data)
}

/** Thousandths as a plain decimal figure for messages (quantities are stored in thousandths). */
export function milliText(milli: number): string {
  return String(milli / 1000)
}
