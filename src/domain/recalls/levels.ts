/**
 * Recall levels (召回级别) and their default deadlines, after 《食品召回管理办法》(2015) art. 13: a level I
 * recall ends within 10 working days, level II within 20, level III within 30. Calendar days are used for
 * the default; the initiator may set any later or earlier deadline.
 */
export const RECALL_LEVELS = {
  I: {
    zh: '一级召回：食用后已经或者可能导致严重健康损害甚至死亡',
    en: 'Level I: use has caused, or may cause, serious harm to health or death',
    defaultDays: 10,
  },
  II: {
    zh: '二级召回：食用后已经或者可能导致一般健康损害',
    en: 'Level II: use has caused, or may cause, moderate harm to health',
    defaultDays: 20,
  },
  III: {
    zh: '三级召回：标签、标识存在严重缺陷等，不会造成健康损害',
    en: 'Level III: a serious labelling defect or similar that does not harm health',
    defaultDays: 30,
  },
} as const

export type RecallLevel = keyof typeof RECALL_LEVELS
export const RECALL_LEVEL_CODES = Object.keys(RECALL_LEVELS) as RecallLevel[]

const DAY_MS = 86_400_000

export function isRecallLevel(value: unknown): value is RecallLevel {
  return typeof value === 'string' && (RECALL_LEVEL_CODES as string[]).includes(value)
}

/** The default deadline of a recall opened at `openedAt` (ISO UTC). */
export function defaultDeadline(level: RecallLevel, openedAt: string): string {
  return new Date(Date.parse(openedAt) + RECALL_LEVELS[level].defaultDays * DAY_MS).toISOString()
}

/** What a consumer holding a recalled product should do (召回消费提示的默认内容). */
export const CONSUMER_ADVICE = {
  zh: '请立即停止食用或使用该产品，保留包装和购物凭证，联系购买处或生产经营者办理退货、退款；如身体不适请及时就医，并可拨打 12315 投诉举报。',
  en: 'Stop eating or using this product at once, keep its packaging and receipt, and return it to the shop or the producer for a refund; if you feel unwell, see a doctor. You may also report it on 12315.',
} as const
