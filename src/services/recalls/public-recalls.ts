/**
 * The public side of recalls (召回公告): what anyone may see — level, reason, products, codes, who ordered
 * it, dates, consumer notices and what to do. Never the holders, their quantities or their progress.
 */
import { CONSUMER_ADVICE, RECALL_LEVELS } from '../../domain/recalls/levels.js'
import type { ConsumerNotice, Recall } from '../../domain/recalls/recall.js'
import type { Store } from '../../storage/store.js'

export interface PublicRecall {
  id: string
  level: string
  levelText: { zh: string; en: string }
  reason: string
  status: string
  openedAt: string
  deadline: string
  closedAt?: string
  initiatorName: string
  productNames: string[]
  codes: string[]
  advice: { zh: string; en: string }
  notices: { id: string; title: string; body: string; advice?: string; publishedAt: string; publisherName: string }[]
}

export function publicRecall(recall: Recall, notices: ConsumerNotice[]): PublicRecall {
  const level = RECALL_LEVELS[recall.level]
  return {
    id: recall.id, level: recall.level, levelText: { zh: level.zh, en: level.en }, reason: recall.reason, status: recall.status,
    openedAt: recall.openedAt, deadline: recall.deadline, closedAt: recall.closedAt, initiatorName: recall.initiator.name,
    productNames: recall.productNames, codes: recall.codes.map((c) => c.code), advice: { ...CONSUMER_ADVICE },
    notices: notices.filter((n) => n.recallId === recall.id)
      .map((n) => ({ id: n.id, title: n.title, body: n.body, advice: n.advice, publishedAt: n.publishedAt, publisherName: n.publisherName })),
  }
}

export interface PublicRecallQuery {
  text?: string
  status?: 'open' | 'closed'
  level?: string
  code?: string
  limit: number
  offset: number
}

/** Newest first: the public list and the feeds. */
export async function listPublicRecalls(store: Store, query: PublicRecallQuery): Promise<{ total: number; recalls: PublicRecall[] }> {
  const { total, recalls } = await store.recalls.list({ visibility: { kind: 'all' }, ...query, sort: 'openedAt', order: 'desc' })
  const notices = await store.recalls.noticesOf(recalls.map((r) => r.id))
  return { total, recalls: recalls.map((r) => publicRecall(r, notices)) }
}

/** Open recalls concerning a code whose backward closure holds these units (the code itself, its ingredients, its containers). */
export async function recallsForUnits(store: Store, unitIds: string[]): Promise<PublicRecall[]> {
  const recalls = await store.recalls.findOpenByUnitIds(unitIds)
  const notices = await store.recalls.noticesOf(recalls.map((r) => r.id))
  return recalls.map((r) => publicRecall(r, notices))
}
