/**
 * The audit log (审计日志): who did or looked at what, when, from where, and with what outcome. Entries
 * are appended by the HTTP layer once per audited request and by services where they know more (a
 * failed sign-in, a decided registration). Read by the operator (everything) and by regulators (entries
 * of actors in their region subtree).
 */
import type { Actor } from '../../domain/accounts/actor.js'
import { newRowId } from '../../storage/ids.js'
import type { AuditEntry } from '../../storage/repositories/audit-repository.js'
import type { Store } from '../../storage/store.js'
import { denied, resolveScope } from '../access/scope.js'
import type { Clock } from '../clock.js'

export type { AuditEntry }

export interface AuditDeps {
  store: Store
  clock: Clock
}

export interface AuditFacts {
  ip?: string
  userAgent?: string
  method: string
  route: string
  /** e.g. `read`, `write`, `login`, `login_failed`, `registration_approved`. */
  action: string
  resourceType?: string
  resourceIds: string[]
  status: number
}

/** Longest user agent kept: enough to identify a client, not a place to store arbitrary text. */
const MAX_USER_AGENT_LENGTH = 300
const MAX_RESOURCE_IDS = 100

export async function recordAudit(deps: AuditDeps, actor: Actor, facts: AuditFacts): Promise<void> {
  await deps.store.audit.append({
    id: newRowId(), at: deps.clock.now(), actorKind: actor.credential === 'none' ? 'anonymous' : `${actor.role}:${actor.credential}`,
    organisationId: actor.organisationId, accountId: actor.accountId, apiKeyId: actor.apiKeyId, regionCode: actor.regionCode,
    ip: facts.ip, userAgent: facts.userAgent?.slice(0, MAX_USER_AGENT_LENGTH), method: facts.method, route: facts.route, action: facts.action,
    resourceType: facts.resourceType, resourceIds: facts.resourceIds.slice(0, MAX_RESOURCE_IDS), status: facts.status,
  })
}

export interface AuditFilter {
  limit: number
  offset: number
  from?: string
  to?: string
  organisationId?: string
  action?: string
  status?: number
}

export async function listAudit(deps: AuditDeps, actor: Actor, filter: AuditFilter): Promise<AuditEntry[]> {
  const scope = await resolveScope(deps.store, actor)
  if (scope.kind !== 'all' && scope.kind !== 'region') throw denied(scope)
  return deps.store.audit.list({ ...filter, regionPrefix: scope.kind === 'region' ? scope.regionPrefix : '' })
}

const CSV_COLUMNS: (keyof AuditEntry)[] = ['at', 'actorKind', 'organisationId', 'accountId', 'apiKeyId', 'regionCode', 'ip', 'userAgent', 'method', 'route', 'action', 'resourceType', 'resourceIds', 'status']

/**
 * RFC 4180 CSV. A cell starting with = + - @ is prefixed with ' so a spreadsheet shows it rather than
 * running it as a formula (OWASP "CSV injection").
 */
export function auditCsv(entries: AuditEntry[]): string {
  const cell = (value: unknown): string => {
    let text = Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value)
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return [CSV_COLUMNS.join(','), ...entries.map((e) => CSV_COLUMNS.map((c) => cell(e[c])).join(','))].join('\r\n') + '\r\n'
}
