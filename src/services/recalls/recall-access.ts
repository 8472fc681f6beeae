/**
 * Who may do what with recalls, from the caller's scope (src/services/access/scope.ts):
 * - start: the operator (anything), a regulator (codes of its categories held in its region; the tasks are
 *   the holders in its region), an enterprise (its own products, for every holder);
 * - read a recall: the operator; a regulator over its region or a holder there; the initiating enterprise;
 *   a holder sees the recall and its own tasks only;
 * - manage (close, publish notices): the operator, the initiator, a regulator whose region holds the
 *   initiator's region;
 * - act on a task (confirm, report, explain): its holder (or a platform it authorised), and the operator.
 */
import { isInRegion } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { Recall, RecallTask } from '../../domain/recalls/recall.js'
import type { RecallVisibility } from '../../storage/repositories/recall-repository.js'
import { denied, mayWriteAsParty, requireConfidentialReader, type Scope } from '../access/scope.js'

export function requireRecallInitiator(scope: Scope): void {
  requireConfidentialReader(scope)
}

export function visibilityOf(scope: Scope): RecallVisibility {
  requireConfidentialReader(scope)
  switch (scope.kind) {
    case 'all': return { kind: 'all' }
    case 'region': return { kind: 'region', regionPrefix: scope.regionPrefix, categories: scope.categories }
    case 'parties': return { kind: 'parties', partyIds: scope.own, organisationId: scope.actor.organisationId }
    default: throw denied(scope)
  }
}

function isInitiator(scope: Scope, recall: Recall): boolean {
  return scope.actor.organisationId !== undefined && recall.initiator.organisationId === scope.actor.organisationId
}

function categoriesMeet(scope: Extract<Scope, { kind: 'region' }>, recall: Recall): boolean {
  return recall.categories.some((c) => (scope.categories as string[]).includes(c))
}

/** The tasks of a recall the caller may see, or undefined when it may not see the recall at all. */
export function visibleTasks(scope: Scope, recall: Recall, tasks: RecallTask[]): RecallTask[] | undefined {
  requireConfidentialReader(scope)
  if (scope.kind === 'all' || isInitiator(scope, recall)) return tasks
  if (scope.kind === 'region') {
    if (!categoriesMeet(scope, recall)) return undefined
    const covers = recall.regionCode !== undefined && isInRegion(recall.regionCode, scope.regionPrefix)
    const mine = tasks.filter((t) => isInRegion(t.regionCode, scope.regionPrefix))
    if (covers) return tasks
    return mine.length > 0 ? mine : undefined
  }
  if (scope.kind === 'parties') {
    const own = tasks.filter((t) => t.partyId !== undefined && scope.own.includes(t.partyId))
    if (recall.responsiblePartyId !== undefined && scope.own.includes(recall.responsiblePartyId)) return tasks
    return own.length > 0 ? own : undefined
  }
  return undefined
}

export function requireRecallManager(scope: Scope, recall: Recall): void {
  requireConfidentialReader(scope)
  if (scope.kind === 'all' || isInitiator(scope, recall)) return
  if (scope.kind === 'region' && categoriesMeet(scope, recall) && recall.regionCode !== undefined && isInRegion(recall.regionCode, scope.regionPrefix)) return
  throw new ZhuisuError('forbidden')
}

/** Someone else's task is unknown to an enterprise (404, as outside any scope); a regulator may read it but not act. */
export function requireTaskHolder(scope: Scope, task: RecallTask): void {
  requireConfidentialReader(scope)
  if (mayWriteAsParty(scope, task.partyId)) return
  if (scope.kind === 'parties') throw new ZhuisuError('recall_task_not_found', '/id')
  throw new ZhuisuError('forbidden')
}
