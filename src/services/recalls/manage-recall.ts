/** Closing a recall (结束召回) and publishing consumer notices (消费提示), by those who manage it. */
import { ZhuisuError } from '../../domain/errors.js'
import type { ConsumerNotice, Recall } from '../../domain/recalls/recall.js'
import { mayClose } from '../../domain/recalls/states.js'
import { newRowId } from '../../storage/ids.js'
import type { Repositories, Store } from '../../storage/store.js'
import { requireConfidentialReader, type Scope } from '../access/scope.js'
import { requireRecallManager, visibleTasks } from './recall-access.js'
import { actorName, historyEvent, notifyRecall, type RecallDeps } from './recall-history.js'

async function managedRecall(repos: Repositories, scope: Scope, id: string): Promise<Recall> {
  requireConfidentialReader(scope)
  const recall = await repos.recalls.findById(id)
  if (!recall) throw new ZhuisuError('recall_not_found', '/id')
  if (!visibleTasks(scope, recall, await repos.recallTasks.findByRecall(id))) throw new ZhuisuError('recall_not_found', '/id')
  requireRecallManager(scope, recall)
  return recall
}

export function mayManageRecall(scope: Scope): (recall: Recall) => boolean {
  return (recall) => {
    try {
      requireRecallManager(scope, recall)
      return true
    } catch (error) {
      if (error instanceof ZhuisuError) return false
      throw error
    }
  }
}

export async function closeRecall(store: Store, deps: RecallDeps, scope: Scope, id: string, note?: string): Promise<Recall> {
  return store.transaction(async (repos) => {
    const recall = await managedRecall(repos, scope, id)
    if (recall.status !== 'open') throw new ZhuisuError('recall_not_open')
    const tasks = await repos.recallTasks.findByRecall(id)
    if (!mayClose(tasks.map((t) => t.status))) throw new ZhuisuError('recall_tasks_open', undefined, { openTasks: tasks.filter((t) => t.status !== 'done' && t.status !== 'explained').length })
    const now = deps.clock.now()
    await repos.recalls.setClosed(id, now)
    await repos.recallTasks.appendEvents([historyEvent(scope.actor, id, 'closed', now, { status: 'closed', note })])
    const closed: Recall = { ...recall, status: 'closed', closedAt: now }
    await notifyRecall(repos, deps.clock, closed, 'recall.closed', { note })
    return closed
  })
}

export interface NoticeInput {
  title: string
  body: string
  advice?: string
}

export async function publishNotice(store: Store, deps: RecallDeps, scope: Scope, id: string, input: NoticeInput): Promise<ConsumerNotice> {
  return store.transaction(async (repos) => {
    await managedRecall(repos, scope, id)
    const now = deps.clock.now()
    const notice: ConsumerNotice = {
      id: newRowId(), recallId: id, title: input.title.trim(), body: input.body.trim(), advice: input.advice?.trim() || undefined,
      organisationId: scope.actor.organisationId, publisherName: actorName(scope.actor), publishedAt: now,
    }
    await repos.recalls.insertNotice(notice)
    await repos.recallTasks.appendEvents([historyEvent(scope.actor, id, 'notice_published', now, { note: notice.title })])
    return notice
  })
}
