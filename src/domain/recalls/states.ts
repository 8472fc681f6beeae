/**
 * Recall and task states. A recall is open until its initiator (or a regulator over it) closes it, which is
 * allowed only when every task is done or explained. A task moves pending → confirmed → reported (partial
 * or complete) → done | explained; a complete report makes it done, an explanation (sold out before the
 * recall, used up, never received) closes what remains.
 */
export const RECALL_STATUSES = ['open', 'closed'] as const
export type RecallStatus = (typeof RECALL_STATUSES)[number]

export const TASK_STATUSES = ['pending', 'confirmed', 'reported', 'done', 'explained'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/** What can happen to a recall or a task; each is one row of its history (recall_event). */
export const RECALL_EVENT_KINDS = [
  'opened', 'task_created', 'confirmed', 'reported', 'done', 'explained', 'reminded', 'overdue', 'notice_published', 'closed',
] as const
export type RecallEventKind = (typeof RECALL_EVENT_KINDS)[number]

export function isTaskFinished(status: TaskStatus): boolean {
  return status === 'done' || status === 'explained'
}

export function mayConfirm(status: TaskStatus): boolean {
  return status === 'pending'
}

/** A report may follow a confirmation or an earlier partial report; a pending task is confirmed by its first report. */
export function mayReport(status: TaskStatus): boolean {
  return !isTaskFinished(status)
}

export function mayExplain(status: TaskStatus): boolean {
  return !isTaskFinished(status)
}

/** Overdue: the deadline has passed and the task is not finished. */
export function isOverdue(status: TaskStatus, deadline: string, now: string): boolean {
  return !isTaskFinished(status) && deadline < now
}

export function mayClose(taskStatuses: readonly TaskStatus[]): boolean {
  return taskStatuses.every(isTaskFinished)
}
