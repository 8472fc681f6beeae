/**
 * Capture (数据采集): a batch of events is parsed and validated first, then written in one transaction —
 * events, the trace units they name, lineage and custody — or not at all. Idempotent by eventID.
 */
import { ZhuisuError, type FieldIssue } from '../../domain/errors.js'
import type { TraceEvent } from '../../domain/events/event.js'
import { isRecord, parseEvent } from '../../domain/events/parse-event.js'
import type { Finding } from '../../domain/findings.js'
import { eventHashId } from '../../interop/epcis/event-hash/event-hash.js'
import { DEFAULT_PREFIXES, type PrefixMap } from '../../interop/epcis/json-ld/context.js'
import { checkEventAgainstStandard, standardFindings } from '../../domain/standards/validate-standard.js'
import type { Clock } from '../clock.js'
import type { Log } from '../log.js'
import type { Store } from '../../storage/store.js'
import type { CaptureOutcome, CaptureReport, CaptureStatus } from './capture-report.js'
import { evaluateRules } from '../alerts/evaluate-rules.js'
import { ruleEngineOf } from '../alerts/rule-engine.js'
import { buildWritePlan } from './write-plan.js'

export type { CaptureOutcome, CaptureReport, CaptureStatus }

export interface CaptureDeps {
  store: Store
  clock: Clock
  log: Log
  captureLimit: number
  /**
   * The caller's right to write these events (src/services/access/event-access.ts), asked after parsing
   * and before the transaction; absent for the operator. Throws to refuse the whole batch.
   */
  authorise?: (events: { index: number; event: TraceEvent }[], pointerBase: string) => Promise<void>
}

export interface CaptureOptions {
  /** Prefixes of the document's JSON-LD `@context`, to name extensions in the hash ID (default: EPCIS + `zs`). */
  prefixes?: PrefixMap
  /** The document's `@context`, kept on each stored event so that its extensions read back under their prefixes. */
  context?: unknown
  /**
   * `rollback` (default): one invalid event rejects the batch. `proceed` (EPCIS `GS1-Capture-Error-Behaviour`):
   * valid events are written and the invalid ones reported in `rejected`.
   */
  errorBehaviour?: 'rollback' | 'proceed'
  /**
   * `report` (default, native API): a stored event sent again is a `duplicate` outcome. `reject` (EPCIS,
   * gs1/EPCIS#403): it is an `epcis_event_exists` error — the whole batch under `rollback`, that event under `proceed`.
   */
  duplicates?: 'report' | 'reject'
}

/**
 * Hash IDs (interop.md §3) are the events' identity across systems: an event without eventID gets its
 * hash ID as eventID, and an event whose hash ID is stored is a duplicate whatever eventID it carries,
 * unless it declares an error, which is then recorded against the stored event.
 *
 * @param pointerBase JSON pointer of the event list in the request (`/events` or `/epcisBody/eventList`).
 */
export async function captureEvents(deps: CaptureDeps, rawEvents: unknown[], pointerBase: string, options: CaptureOptions = {}): Promise<CaptureReport> {
  if (rawEvents.length === 0) throw new ZhuisuError('batch_empty', pointerBase)
  if (rawEvents.length > deps.captureLimit) throw new ZhuisuError('batch_too_large', pointerBase, { limit: deps.captureLimit })
  const recordTime = deps.clock.now()
  const prefixes = options.prefixes ?? DEFAULT_PREFIXES
  const issues: FieldIssue[] = []
  const rejected = new Set<number>()
  const events: { index: number; event: TraceEvent }[] = []
  // Overridden data-standard warnings, by event index: stored with the event as findings.
  const standardWarnings = new Map<number, Finding[]>()
  rawEvents.forEach((raw, index) => {
    const pointer = `${pointerBase}/${index}`
    const hashId = isRecord(raw) ? eventHashId(raw, prefixes) : undefined
    const result = parseEvent(raw, { pointer, now: recordTime, makeEventId: (contentHash) => hashId ?? contentHash })
    if (!result.ok) {
      issues.push(...result.issues)
      rejected.add(index)
      return
    }
    // The category's data standard (统一标准): its issues reject the batch like any other.
    const standard = checkEventAgainstStandard(result.event, pointer)
    issues.push(...standard.issues)
    if (standard.issues.length > 0) rejected.add(index)
    const findings = standardFindings(standard)
    if (findings.length > 0) standardWarnings.set(index, findings)
    // The parsed event is this capture's own: completed in place rather than copied.
    const event = result.event
    if (options.context !== undefined) event.document = { '@context': options.context, ...event.document }
    event.hashId = hashId
    events.push({ index, event })
  })
  // Within one batch, the same eventID twice is a duplicate when equal and an error when not; the same
  // hash ID twice is a duplicate.
  const firstById = new Map<string, TraceEvent>()
  const firstByHash = new Map<string, TraceEvent>()
  const unique: { index: number; event: TraceEvent }[] = []
  const outcomes: CaptureOutcome[] = []
  for (const entry of events) {
    if (rejected.has(entry.index)) continue
    const { eventId, hashId, contentHash } = entry.event
    const first = firstById.get(eventId) ?? (hashId && !entry.event.errorDeclaration ? firstByHash.get(hashId) : undefined)
    if (!first) {
      firstById.set(eventId, entry.event)
      if (hashId) firstByHash.set(hashId, entry.event)
      unique.push(entry)
    } else if (first.contentHash === contentHash || first.eventId !== eventId) {
      outcomes.push({ index: entry.index, eventId: first.eventId, status: 'duplicate', findings: [], hashId })
    } else {
      issues.push({ code: 'duplicate_in_batch', field: `${pointerBase}/${entry.index}/eventID` })
      rejected.add(entry.index)
    }
  }
  const proceed = options.errorBehaviour === 'proceed'
  if (issues.length > 0 && (!proceed || unique.length === 0)) throw new ZhuisuError('invalid_events', issues[0].field, { issues })
  if (deps.authorise) await deps.authorise(events, pointerBase)

  const outcomesBefore = outcomes.length
  const written = await retryOnceOnRace(deps.store, () => deps.store.transaction(async (repos) => {
    outcomes.length = outcomesBefore
    const candidates = unique.filter((u) => !rejected.has(u.index))
    const existing = await repos.events.findHashesByEventIds(candidates.map((u) => u.event.eventId))
    const byHash = await repos.events.findByHashIds(candidates.flatMap((u) => (u.event.hashId && !existing.has(u.event.eventId) ? [u.event.hashId] : [])))
    const conflicts: FieldIssue[] = []
    const fresh: { index: number; event: TraceEvent }[] = []
    const declarations: { index: number; event: TraceEvent; rowId: string }[] = []
    const hashOutcomes: CaptureOutcome[] = []
    for (const entry of candidates) {
      const stored = existing.get(entry.event.eventId)
      const sameHash = entry.event.hashId ? byHash.get(entry.event.hashId) : undefined
      if (!stored && sameHash) {
        if (entry.event.errorDeclaration) declarations.push({ ...entry, rowId: sameHash.rowId })
        else hashOutcomes.push({ index: entry.index, eventId: sameHash.eventId, status: 'duplicate', findings: [], hashId: entry.event.hashId })
      } else if (!stored) fresh.push(entry)
      else if (entry.event.errorDeclaration) declarations.push({ ...entry, rowId: stored.rowId })
      else if (stored.contentHash === entry.event.contentHash) outcomes.push({ index: entry.index, eventId: entry.event.eventId, status: 'duplicate', findings: [], hashId: entry.event.hashId })
      else conflicts.push({ code: 'event_conflict', field: `${pointerBase}/${entry.index}/eventID`, detail: entry.event.eventId })
    }
    if (conflicts.length > 0) throw new ZhuisuError('event_conflict', conflicts[0].field, { issues: conflicts })
    outcomes.push(...hashOutcomes)
    if (options.duplicates === 'reject') rejectDuplicates(outcomes, pointerBase, proceed, issues)
    const plan = await buildWritePlan(repos, fresh, declarations, recordTime, standardWarnings)
    await repos.units.insertMany(plan.units)
    await repos.events.insertMany(plan.events)
    await repos.lineage.insertMany(plan.lineage)
    await repos.custody.insertMany(plan.custody)
    await repos.events.insertErrorDeclarations(plan.errorDeclarations)
    await evaluateRules(repos, plan, ruleEngineOf(deps.store), recordTime)
    return plan.outcomes
  }))
  outcomes.push(...written)
  outcomes.sort((a, b) => a.index - b.index)
  const count = (status: CaptureStatus) => outcomes.filter((o) => o.status === status).length
  const report: CaptureReport = { recordTime, created: count('created'), duplicates: count('duplicate'), declared: count('declared'), events: outcomes }
  if (proceed && issues.length > 0) report.rejected = issues
  deps.log.debug({ created: report.created, duplicates: report.duplicates, declared: report.declared }, 'events captured')
  for (const outcome of report.events) {
    const overridden = outcome.status === 'created' ? standardWarnings.get(outcome.index) : undefined
    if (overridden) deps.log.info({ eventId: outcome.eventId, by: overridden[0].override?.by, fields: overridden.map((f) => f.field) }, 'data standard override recorded')
  }
  return report
}

/** EPCIS: a duplicate is an error; under `proceed` it leaves the outcomes and joins the reported issues. */
function rejectDuplicates(outcomes: CaptureOutcome[], pointerBase: string, proceed: boolean, issues: FieldIssue[]): void {
  const duplicates = outcomes.filter((o) => o.status === 'duplicate')
  if (duplicates.length === 0) return
  const found = duplicates.map((o): FieldIssue => ({ code: 'epcis_event_exists', field: `${pointerBase}/${o.index}`, detail: o.eventId }))
  if (!proceed) throw new ZhuisuError('epcis_event_exists', found[0].field, { issues: found })
  issues.push(...found)
  outcomes.splice(0, outcomes.length, ...outcomes.filter((o) => o.status !== 'duplicate'))
}

/**
 * Two requests capturing the same new event (or naming the same new code) at once on PostgreSQL: the later
 * commit meets the unique index. Running the loser again sees the winner's rows and answers duplicate.
 */
async function retryOnceOnRace<T>(store: Store, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!store.isUniqueViolation(error)) throw error
    return work()
  }
}
