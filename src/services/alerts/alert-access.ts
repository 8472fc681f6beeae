/**
 * Alerts through the caller's scope (src/services/access/scope.ts): lists and details, and the status
 * workflow. Enterprises get a reduced view of alerts about their own parties: no thresholds, no internal
 * notes, and only the evidence from their own events.
 */
import type { Alert, AlertEvidence, AlertTransition } from '../../domain/alerts/alert.js'
import { checkTransition, nextStatuses, type AlertStatus } from '../../domain/alerts/workflow.js'
import { ZhuisuError } from '../../domain/errors.js'
import { newRowId } from '../../storage/ids.js'
import type { Store } from '../../storage/store.js'
import { alertListFilter, denied, mayHandleAlert, requireConfidentialReader, resolveScope, type Scope } from '../access/scope.js'
import type { Clock } from '../clock.js'
import { notify } from '../notifications/notify.js'

export interface AlertDeps {
  store: Store
  clock: Clock
}

export interface AlertView extends Omit<Alert, 'thresholds'> {
  thresholds?: Alert['thresholds']
  evidence: AlertEvidence[]
  /** Whether the caller may move it on, and to what. */
  nextStatuses: AlertStatus[]
}

export interface AlertQuery {
  rule?: string
  subject?: string
  status?: string
  severity?: string
  regionCode?: string
  limit: number
  offset: number
}

const LIST_EVIDENCE = 3
const DETAIL_EVIDENCE = 100

export async function listAlertsFor(deps: AlertDeps, scope: Scope, query: AlertQuery): Promise<{ alerts: AlertView[]; total: number }> {
  requireConfidentialReader(scope)
  const filter = alertListFilter(scope)
  if (!filter) throw denied(scope)
  const requested = query.regionCode?.replace(/(00)+$/, '')
  let regionPrefix = filter.regionPrefix
  if (requested !== undefined) {
    if (regionPrefix && !requested.startsWith(regionPrefix)) {
      if (!regionPrefix.startsWith(requested)) return { alerts: [], total: 0 }
    } else regionPrefix = requested
  }
  const page = await deps.store.alerts.list({ ...filter, regionPrefix, rule: query.rule, subject: query.subject, status: query.status, severity: query.severity, limit: query.limit, offset: query.offset })
  const evidence = await deps.store.alerts.evidenceOfMany(page.alerts.map((a) => a.id), LIST_EVIDENCE, scope.kind === 'parties' ? scope.own : undefined)
  return { alerts: page.alerts.map((a) => viewOf(scope, a, evidence.get(a.id) ?? [])), total: page.total }
}

export async function getAlertFor(deps: AlertDeps, scope: Scope, id: string): Promise<{ alert: AlertView; history: AlertTransition[] }> {
  requireConfidentialReader(scope)
  const alert = await readable(deps.store, scope, id)
  const own = scope.kind === 'parties' ? scope.own : undefined
  const evidence = await deps.store.alerts.evidenceOf(id, DETAIL_EVIDENCE, own)
  const history = await deps.store.alerts.transitionsOf(id)
  return { alert: viewOf(scope, alert, evidence), history: own ? history.map(({ note: _note, actor: _actor, ...rest }) => ({ ...rest, actor: '' })) : history }
}

/** Appends a transition and moves the alert's current status, with an `alert.status_changed` notification. */
export async function transitionAlertFor(deps: AlertDeps, scope: Scope, id: string, input: { to: string; note?: string }): Promise<{ alert: AlertView; history: AlertTransition[] }> {
  requireConfidentialReader(scope)
  await deps.store.transaction(async (repos) => {
    const alert = await readable(repos, scope, id)
    if (!mayHandleAlert(scope, alert)) throw new ZhuisuError('forbidden')
    const to = checkTransition(alert.status, input.to, input.note)
    const now = deps.clock.now()
    const actor = scope.actor.username ?? scope.actor.organisationName ?? scope.actor.role
    await repos.alerts.insertTransition({ id: newRowId(), alertId: id, from: alert.status, to, note: input.note?.trim() || undefined, actor, at: now })
    await repos.alerts.setStatus(id, to, now)
    await notify(repos, {
      type: 'alert.status_changed', subject: { kind: 'alert', id }, regionCode: alert.regionCode,
      partyIds: alert.partyId ? [alert.partyId] : [], categories: alert.category ? [alert.category] : [],
      data: { rule: alert.rule, from: alert.status, to, note: input.note?.trim() || undefined },
    }, { clock: deps.clock })
  })
  return getAlertFor(deps, await resolveScope(deps.store, scope.actor), id)
}

async function readable(repos: Pick<Store, 'alerts'>, scope: Scope, id: string): Promise<Alert> {
  const alert = await repos.alerts.findById(id)
  if (!alert || !mayRead(scope, alert)) throw new ZhuisuError('alert_not_found', '/id')
  return alert
}

function mayRead(scope: Scope, alert: Alert): boolean {
  if (scope.kind === 'parties') return alert.partyId !== undefined && scope.own.includes(alert.partyId)
  return mayHandleAlert(scope, alert)
}

function viewOf(scope: Scope, alert: Alert, evidence: AlertEvidence[]): AlertView {
  const handles = mayHandleAlert(scope, alert)
  const view: AlertView = { ...alert, evidence, nextStatuses: handles ? [...nextStatuses(alert.status)] : [] }
  if (scope.kind === 'parties') delete view.thresholds
  return view
}
