/** History rows (recall_event) and the notifications that go with them, written in the caller's transaction. */
import type { Actor } from '../../domain/accounts/actor.js'
import type { Recall, RecallEvent, RecallTask } from '../../domain/recalls/recall.js'
import type { RecallEventKind } from '../../domain/recalls/states.js'
import { newRowId } from '../../storage/ids.js'
import type { Repositories } from '../../storage/store.js'
import type { Clock } from '../clock.js'
import { notify, type NotificationInput } from '../notifications/notify.js'

export type TaskNotificationType = 'recall.task.created' | 'recall.task.reported' | 'recall.task.overdue' | 'recall.task.reminded'

export interface RecallDeps {
  clock: Clock
}

/** The name history shows for an actor: its organisation, else its user, else its role. */
export function actorName(actor: Actor): string {
  return actor.organisationName ?? actor.username ?? (actor.role === 'operator' ? '平台运营方 Platform operator' : actor.role)
}

export function historyEvent(actor: Actor | 'system', recallId: string, kind: RecallEventKind, at: string, extra: { taskId?: string; status?: string; note?: string } = {}): RecallEvent {
  const who = actor === 'system'
    ? { kind: 'system', name: '系统 System' }
    : { kind: actor.role, organisationId: actor.organisationId, name: actorName(actor) }
  return { id: newRowId(), recallId, kind, at, actor: who, ...extra }
}

export function recallNotification(recall: Recall, type: 'recall.opened' | 'recall.closed', data: Record<string, unknown> = {}): NotificationInput {
  return {
    type, subject: { kind: 'recall', id: recall.id }, regionCode: recall.regionCode, partyIds: recall.responsiblePartyId ? [recall.responsiblePartyId] : [],
    categories: recall.categories, data: { level: recall.level, reason: recall.reason, deadline: recall.deadline, codes: recall.codes.map((c) => c.code), status: recall.status, ...data },
  }
}

export function taskNotification(recall: Recall, task: RecallTask, type: TaskNotificationType, data: Record<string, unknown> = {}): NotificationInput {
  return {
    type, subject: { kind: 'recall_task', id: task.id }, regionCode: task.regionCode, partyIds: task.partyId ? [task.partyId] : [],
    categories: recall.categories, data: { recallId: recall.id, level: recall.level, deadline: recall.deadline, status: task.status, partyName: task.partyName, ...data },
  }
}

export async function notifyRecall(repos: Repositories, clock: Clock, recall: Recall, type: 'recall.opened' | 'recall.closed', data: Record<string, unknown> = {}): Promise<void> {
  await notify(repos, recallNotification(recall, type, data), { clock })
}

export async function notifyTask(repos: Repositories, clock: Clock, recall: Recall, task: RecallTask, type: TaskNotificationType, data: Record<string, unknown> = {}): Promise<void> {
  await notify(repos, taskNotification(recall, task, type, data), { clock })
}
