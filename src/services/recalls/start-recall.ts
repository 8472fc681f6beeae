/**
 * Starting a recall (发起召回): the codes are checked one by one (an unknown one names its place,
 * `/codes/2`, and nothing is written), the impact of each is assessed, and one task is made per holder
 * with what it held of each lot — all in one transaction with the history and the notifications.
 */
import { isInRegion } from '../../domain/accounts/organisation.js'
import { ZhuisuError } from '../../domain/errors.js'
import { parseTraceCode } from '../../domain/identifiers/trace-key.js'
import { MILLI_PER_UNIT } from '../../domain/quantity.js'
import { defaultDeadline, isRecallLevel, type RecallLevel } from '../../domain/recalls/levels.js'
import type { InitiatorKind, Recall, RecallTask, TaskLot } from '../../domain/recalls/recall.js'
import { parseInstant } from '../../domain/time.js'
import type { TraceUnit } from '../../domain/master-data.js'
import { newRowId } from '../../storage/ids.js'
import type { Store } from '../../storage/store.js'
import { requireConfidentialReader, type Scope } from '../access/scope.js'
import { assessImpact, type ImpactHolder } from '../trace/impact.js'
import { notifyMany } from '../notifications/notify.js'
import { historyEvent, recallNotification, taskNotification, type RecallDeps } from './recall-history.js'

export const MAX_RECALL_CODES = 100

export interface StartRecallInput {
  codes: string[]
  reason: string
  level: string
  /** ISO 8601 with a zone; the level's default when absent. */
  deadline?: string
}

interface Resolved { unit: TraceUnit; given: string }

async function resolveCodes(store: Store, codes: string[]): Promise<Resolved[]> {
  const resolved: Resolved[] = []
  for (const [index, given] of codes.entries()) {
    const parsed = parseTraceCode(given)
    if (!parsed.ok) throw new ZhuisuError('code_invalid', `/codes/${index}`, { reason: parsed.reason })
    const unit = await store.units.findByKey(parsed.value.key)
    if (!unit) throw new ZhuisuError('code_not_found', `/codes/${index}`)
    if (!resolved.some((r) => r.unit.id === unit.id)) resolved.push({ unit, given })
  }
  return resolved
}

function checkDeadline(input: StartRecallInput, level: RecallLevel, now: string): string {
  if (input.deadline === undefined) return defaultDeadline(level, now)
  const deadline = parseInstant(input.deadline)
  if (!deadline || deadline <= now) throw new ZhuisuError('recall_deadline_invalid', '/deadline')
  return deadline
}

/** Holders of every code, merged by party; a lot reached from two codes counts once. */
function mergeHolders(impacts: ImpactHolder[][]): ImpactHolder[] {
  const merged = new Map<string, ImpactHolder>()
  for (const holder of impacts.flat()) {
    const key = holder.party.id ?? holder.party.reference ?? 'unknown'
    const entry = merged.get(key)
    if (!entry) {
      merged.set(key, { ...holder, sites: [...holder.sites], units: [...holder.units] })
      continue
    }
    for (const site of holder.sites) if (!entry.sites.some((s) => s.id === site.id)) entry.sites.push(site)
    for (const unit of holder.units) if (!entry.units.some((u) => u.unitId === unit.unitId && u.uom === unit.uom)) entry.units.push(unit)
  }
  return [...merged.values()]
}

function initiatorKind(scope: Scope): InitiatorKind {
  return scope.kind === 'region' ? 'regulator' : scope.kind === 'parties' ? 'enterprise' : 'operator'
}

export async function startRecall(store: Store, deps: RecallDeps, scope: Scope, input: StartRecallInput): Promise<Recall> {
  requireConfidentialReader(scope)
  if (!isRecallLevel(input.level)) throw new ZhuisuError('recall_level_invalid', '/level')
  const now = deps.clock.now()
  const deadline = checkDeadline(input, input.level, now)
  const resolved = await resolveCodes(store, input.codes)
  const products = await store.products.findByIds(resolved.flatMap((r) => (r.unit.productId ? [r.unit.productId] : [])))
  const productOf = (unit: TraceUnit) => products.find((p) => p.id === unit.productId)

  const impacts: ImpactHolder[][] = []
  for (const [index, { unit }] of resolved.entries()) {
    const impact = await assessImpact(store, unit.key)
    const field = `/codes/${index}`
    if (scope.kind === 'region') {
      // A regulator recalls products of its categories; it sees, and tasks, the holders in its region.
      const category = productOf(unit)?.category
      const inRegion = impact.holders.filter((h) => isInRegion(h.regionCode, scope.regionPrefix))
      if (!category || !(scope.categories as string[]).includes(category) || inRegion.length === 0) throw new ZhuisuError('code_not_found', field)
      impacts.push(inRegion)
    } else if (scope.kind === 'parties') {
      // An enterprise recalls its own products: those registered to it, or lots and items it made.
      const own = scope.own
      const made = impact.holders.some((h) => h.party.id !== undefined && own.includes(h.party.id) && h.units.some((u) => u.unitId === unit.id && u.made > 0))
      const owner = productOf(unit)?.partyId
      if (!made && !(owner !== undefined && own.includes(owner))) throw new ZhuisuError('forbidden', field)
      impacts.push(impact.holders)
    } else {
      impacts.push(impact.holders)
    }
  }
  const holders = mergeHolders(impacts)
  if (holders.length === 0) throw new ZhuisuError('recall_no_holders', '/codes')

  const recallId = newRowId()
  const ownParty = scope.kind === 'parties' ? scope.own[0] : undefined
  const firstOwner = resolved.map((r) => productOf(r.unit)?.partyId).find((id) => id !== undefined)
  const recall: Recall = {
    id: recallId, level: input.level, reason: input.reason.trim(), deadline, status: 'open',
    initiator: { kind: initiatorKind(scope), organisationId: scope.actor.organisationId, name: scope.actor.organisationName ?? scope.actor.username ?? '平台运营方' },
    responsiblePartyId: ownParty ?? firstOwner,
    regionCode: scope.kind === 'region' ? scope.actor.regionCode : undefined,
    categories: [...new Set(resolved.flatMap((r): string[] => { const c = productOf(r.unit)?.category; return c ? [c] : [] }))],
    productNames: [...new Set(resolved.map((r) => productOf(r.unit)?.name).filter((n): n is string => !!n))],
    holderCount: holders.length, openedAt: now, closedAt: undefined,
    codes: resolved.map((r) => ({ unitId: r.unit.id, code: r.unit.key, givenCode: r.given })),
  }
  const tasks = holders.map((holder): RecallTask => ({
    id: newRowId(), recallId, partyId: holder.party.id, partyRef: holder.party.id ? undefined : holder.party.reference,
    partyName: holder.party.name, partyKind: holder.party.kind, siteId: holder.sites[0]?.id, siteName: holder.sites[0]?.name,
    regionCode: holder.regionCode ?? holder.sites[0]?.regionCode, status: 'pending', createdAt: now,
    lots: holder.units.map((u): TaskLot => ({
      unitId: u.unitId, code: u.code, kind: u.kind, productName: u.productName, lotNumber: u.lotNumber, serial: u.serial, uom: u.uom,
      heldMilli: Math.max(0, Math.round(u.remaining * MILLI_PER_UNIT)),
    })),
  }))
  await store.transaction(async (repos) => {
    await repos.recalls.insert(recall)
    await repos.recallTasks.insertMany(tasks)
    await repos.recallTasks.appendEvents([
      historyEvent(scope.actor, recallId, 'opened', now, { status: 'open', note: recall.reason }),
      ...tasks.map((t) => historyEvent(scope.actor, recallId, 'task_created', now, { taskId: t.id, status: 'pending' })),
    ])
    await notifyMany(repos, [
      recallNotification(recall, 'recall.opened', { holderCount: holders.length }),
      ...tasks.map((task) => taskNotification(recall, task, 'recall.task.created')),
    ], { clock: deps.clock })
  })
  return recall
}
