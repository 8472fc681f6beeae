/**
 * Early-warning rules (预警, issue 8 §2): the stable rule ids, what each needs, its default thresholds and
 * severity. A region overrides them (thresholds.ts); the evaluation itself lives in conditions.ts.
 */
import type { CategoryCode } from '../categories.js'

export const RULE_IDS = [
  'mass_balance', 'expired_sale', 'failed_inspection_shipped', 'unlicensed_receiver', 'reporting_gap',
  'duplicate_serial', 'maintenance_overdue', 'hazardous_balance', 'quota_exceeded',
] as const
export type RuleId = (typeof RULE_IDS)[number]

export const SEVERITIES = ['low', 'medium', 'high'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface ParameterSpec {
  zh: string
  en: string
  min: number
  max: number
  integer: boolean
  default: number
}

export interface RuleDefinition {
  zh: string
  en: string
  severity: Severity
  /** The one category the rule watches; absent: every category. */
  category?: CategoryCode
  /** Timer rules run in the sweep, the others as events arrive. */
  timed: boolean
  parameters: Record<string, ParameterSpec>
}

const TOLERANCE = (value: number): ParameterSpec => ({ zh: '容差（%）', en: 'Tolerance (%)', min: 0, max: 100, integer: false, default: value })
const DAYS = (value: number, zh: string, en: string): ParameterSpec => ({ zh, en, min: 1, max: 3650, integer: true, default: value })

/** 特种设备安全法 and TSG T5002: an elevator is maintained at least once every 15 days. */
const ELEVATOR_MAINTENANCE_DAYS = 15
/** The example: an enterprise silent for 30 days. */
const REPORTING_GAP_DAYS = 30

export const RULES: Record<RuleId, RuleDefinition> = {
  mass_balance: {
    zh: '进销存不平衡', en: 'Mass balance broken', severity: 'medium', timed: false,
    parameters: { tolerancePct: TOLERANCE(1) },
  },
  expired_sale: {
    zh: '过期产品销售或发货', en: 'Expired product shipped or sold', severity: 'high', timed: false,
    parameters: { graceDays: { zh: '宽限天数', en: 'Grace days', min: 0, max: 365, integer: true, default: 0 } },
  },
  failed_inspection_shipped: {
    zh: '检验不合格批次流出', en: 'Lot shipped after a failed inspection', severity: 'high', timed: false, parameters: {},
  },
  unlicensed_receiver: {
    zh: '收货方无有效许可证', en: 'Receiver without the required licence', severity: 'medium', timed: false, parameters: {},
  },
  reporting_gap: {
    zh: '主体长期未报送', en: 'Enterprise silent too long', severity: 'low', timed: true,
    parameters: { days: DAYS(REPORTING_GAP_DAYS, '未报送天数', 'Days without a report') },
  },
  duplicate_serial: {
    zh: '单品码重复（疑似假冒）', en: 'Serial seen twice (counterfeit hint)', severity: 'high', timed: false,
    parameters: {
      distanceKm: { zh: '异地距离（公里）', en: 'Distance (km)', min: 1, max: 5000, integer: true, default: 300 },
      hours: { zh: '时间窗（小时）', en: 'Window (hours)', min: 1, max: 720, integer: true, default: 6 },
    },
  },
  maintenance_overdue: {
    zh: '电梯维保超期', en: 'Elevator maintenance overdue', severity: 'high', category: 'equipment', timed: true,
    parameters: { days: DAYS(ELEVATOR_MAINTENANCE_DAYS, '维保周期（天）', 'Maintenance interval (days)') },
  },
  hazardous_balance: {
    zh: '危险品账实不符', en: 'Hazardous-goods stock does not balance', severity: 'high', category: 'hazardous', timed: false,
    parameters: { tolerancePct: TOLERANCE(0) },
  },
  quota_exceeded: {
    zh: '稀土超总量控制指标', en: 'Rare-earth flow beyond its quota', severity: 'high', category: 'rare_earth', timed: false,
    parameters: { tolerancePct: TOLERANCE(0) },
  },
}

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value)
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
}

export function defaultParameters(rule: RuleId): Record<string, number> {
  return Object.fromEntries(Object.entries(RULES[rule].parameters).map(([name, spec]) => [name, spec.default]))
}
