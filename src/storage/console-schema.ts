/** Row types of the supervision console's tables (migration 2026-11-23T1640-create-console). */

export interface ConsoleWatermarkTable {
  source: string
  record_time: string
  updated_at: string
}

export interface ConsoleSeenTable {
  source: string
  row_id: string
  record_time: string
}

/** Derived counters, added to in place by the rollup refresh (the events themselves stay append-only). */
export interface ConsolePartyDayTable {
  /** Calendar day in Asia/Shanghai of the event time, YYYY-MM-DD. */
  day: string
  /** '' for events without a registered responsible party. */
  party_id: string
  category: string
  region_code: string
  events: number
  /** Events without a data-standard or master-data finding. */
  complete: number
  /** Events with a finding (unregistered party/site/product, missing party/category, override). */
  flagged: number
  /** Events later declared erroneous (EPCIS error declaration). */
  corrected: number
  /** Record time − event time, counted in buckets: ≤ 5 min, ≤ 1 h, ≤ 6 h, ≤ 24 h, ≤ 72 h, ≤ 7 d, later. */
  delay_5m: number
  delay_1h: number
  delay_6h: number
  delay_24h: number
  delay_72h: number
  delay_7d: number
  delay_late: number
}

export interface ConsoleFlowDayTable {
  day: string
  from_region: string
  /** '' when the receiver is not registered. */
  to_region: string
  category: string
  uom: string
  movements: number
  quantity_milli: number | string
}

export interface ConsoleProductDayTable {
  day: string
  product_id: string
  region_code: string
  category: string
  events: number
}

/** Events per day × county × category (migration 2026-11-23T1910-add-console-rollups). */
export interface ConsoleRegionDayTable {
  day: string
  region_code: string
  category: string
  events: number
}

/** Per registered party × category: the first and last Shanghai day it reported. */
export interface ConsolePartySpanTable {
  party_id: string
  category: string
  region_code: string
  first_day: string
  last_day: string
}

/** console_party_day summed per month (YYYY-MM, Shanghai) × party × category; party '' as there. */
export interface ConsolePartyMonthTable extends Omit<ConsolePartyDayTable, 'day'> {
  month: string
}

/** console_flow_day summed per month (migration 2026-11-23T1910-add-console-rollups). */
export interface ConsoleFlowMonthTable extends Omit<ConsoleFlowDayTable, 'day'> {
  month: string
}

/** console_product_day summed per month. */
export interface ConsoleProductMonthTable extends Omit<ConsoleProductDayTable, 'day'> {
  month: string
}

/** Append-only: the newest row per region × category × year is in force. */
export interface ConsoleTargetTable {
  id: string
  region_code: string
  category: string
  year: number
  enterprise_share_percent: number
  county_share_percent: number
  set_by: string | null
  set_at: string
}

export interface ConsoleTables {
  console_watermark: ConsoleWatermarkTable
  console_seen: ConsoleSeenTable
  console_party_day: ConsolePartyDayTable
  console_flow_day: ConsoleFlowDayTable
  console_product_day: ConsoleProductDayTable
  console_region_day: ConsoleRegionDayTable
  console_party_span: ConsolePartySpanTable
  console_party_month: ConsolePartyMonthTable
  console_flow_month: ConsoleFlowMonthTable
  console_product_month: ConsoleProductMonthTable
  console_target: ConsoleTargetTable
}
