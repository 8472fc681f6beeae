/**
 * Who may write and read trace events. An enterprise captures only as itself (the event's responsible
 * party, `zs:party`, or else its first owning/possessing source); a third-party platform for the parties
 * that authorised it. Reads: the operator all; a regulator events of its region and categories; an
 * enterprise its own events and those of its direct trading partners that name it.
 */
import { ZhuisuError, type FieldIssue } from '../../domain/errors.js'
import type { TraceEvent } from '../../domain/events/event.js'
import { maskIdCard } from '../../domain/identifiers/id-card.js'
import type { StoredEvent } from '../../storage/repositories/event-repository.js'
import type { Store } from '../../storage/store.js'
import { resolveReferences } from '../capture/resolve-references.js'
import { denied, isRegionAndCategoryInScope, maySeePersonalData, requireConfidentialReader, type Scope } from './scope.js'

const PARTY_SOURCE_TYPE = /(owning|possessing)_party$/

function responsibleParty(event: TraceEvent): { reference?: string; field: string } {
  if (event.party) return { reference: event.party, field: 'zs:party' }
  const source = event.sources.findIndex((s) => PARTY_SOURCE_TYPE.test(s.type))
  return source >= 0 ? { reference: event.sources[source].value, field: `sourceList/${source}/source` } : { field: 'zs:party' }
}

/** The capture hook for a scope; undefined when the caller may write anything (the operator). */
export function eventWriteCheck(store: Store, scope: Scope): ((events: { index: number; event: TraceEvent }[], pointerBase: string) => Promise<void>) | undefined {
  if (scope.kind === 'all') return undefined
  return async (events, pointerBase) => {
    if (scope.kind !== 'parties') throw denied(scope)
    const responsible = events.map(({ index, event }) => ({ index, ...responsibleParty(event) }))
    const refs = responsible.flatMap((r) => (r.reference ? [r.reference] : []))
    const resolved = await resolveReferences(store, refs, [])
    const issues: FieldIssue[] = []
    for (const r of responsible) {
      const party = resolved.party(r.reference)
      if (!party || !scope.own.includes(party.id)) issues.push({ code: 'event_party_forbidden', field: `${pointerBase}/${r.index}/${r.field}`, detail: r.reference })
    }
    if (issues.length > 0) throw new ZhuisuError('event_party_forbidden', issues[0].field, { issues })
  }
}

export async function mayReadEvent(store: Store, scope: Scope, event: StoredEvent): Promise<boolean> {
  switch (scope.kind) {
    case 'all':
      return true
    case 'parties':
      return (event.partyId !== undefined && scope.own.includes(event.partyId)) || store.scope.eventTouchesParties(event.rowId, scope.own)
    case 'region': {
      const party = event.partyId ? await store.parties.findById(event.partyId) : undefined
      const site = !party && event.siteId ? await store.sites.findById(event.siteId) : undefined
      const categories = event.category ? [event.category] : (party?.categories ?? [])
      return isRegionAndCategoryInScope(scope, party?.regionCode ?? site?.regionCode, categories)
    }
    default:
      return false
  }
}

/** Data elements that hold an ID-card number (`…IdNumber`, `idCard…`): masked unless the reader is a regulator. */
const ID_NUMBER_KEY = /id(card)?(number|no)$|^idcard/i

export function maskPersonalData<T>(scope: Scope, value: T): T {
  if (maySeePersonalData(scope)) return value
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (node === null || typeof node !== 'object') return node
    return Object.fromEntries(Object.entries(node).map(([key, v]) => [key, typeof v === 'string' && ID_NUMBER_KEY.test(key) ? maskIdCard(v) : walk(v)]))
  }
  return walk(value) as T
}

/** One stored event for a reader: another tenant's event answers 404, as an unknown id does. */
export async function readEventFor(store: Store, scope: Scope, eventId: string): Promise<{ event: Record<string, unknown>; contentHash: string; findings: unknown[] }> {
  requireConfidentialReader(scope)
  const stored = await store.events.findByEventId(eventId)
  if (!stored || !(await mayReadEvent(store, scope, stored))) throw new ZhuisuError('event_not_found', '/eventId')
  return { event: maskPersonalData(scope, stored.document), contentHash: stored.contentHash, findings: stored.findings }
}
