/**
 * Capture (数据采集): a batch of events is parsed and validated first, then written in one transaction —
 * events, the trace units they name, lineage and custody — or not at all. Idempotent by eventID.
 */
import { ZhuisuError, type FieldIssue } from '../../domain/errors.js'
import type { TraceEvent } from '../../domain/events/event.js'
import { parseEvent } from '../../domain/events/parse-event.js'
import type { Finding } from '../../domain/findings.js'
import { checkEventAgainstStandard, standardFindings } from '../../domain/standards/validate-standard.js'
import type { Clock } from '../clock.js'
import type { Log } from '../log.js'
import type { Store } from '../../storage/store.js'
import type { CaptureOutcome, CaptureReport, CaptureStatus } from './capture-report.js'
import { buildWritePlan } from './write-plan.js'

export type { CaptureOutcome, CaptureReport, CaptureStatus }

export interface CaptureDeps {
  store: Store
  clock: Clock
  log: Log
  captureLimit: number
}

/** eventID given to an event that has none: derived from its content, so re-sending it is recognised. */
export function generatedEventId(contentHash: string): string {
  return `ni:///sha-256;${contentHash}?ver=zs1`
}

/**
 * @param pointerBase JSON pointer of the event list in the request (`/events` or `/epcisBody/eventList`).
 */
export async function captureEvents(deps: CaptureDeps, rawEvents: unknown[], pointerBase: string): Promise<CaptureReport> {
  if (rawEvents.length === 0) throw new ZhuisuError('batch_empty', pointerBase)
  if (rawEvents.length > deps.captureLimit) throw new ZhuisuError('batch_too_large', pointerBase, { limit: deps.captureLimit })
  const recordTime = deps.clock.now()
  const issues: FieldIssue[] = []
  const events: { index: number; event: TraceEvent }[] = []
  // Overridden data-standard warnings, by event index: stored with the event as findings.
  const standardWarnings = new Map<number, Finding[]>()
  rawEvents.forEach((raw, index) => {
    const pointer = `${pointerBase}/${index}`
    const result = parseEvent(raw, { pointer, now: recordTime, makeEventId: generatedEventId })
    if (!result.ok) {
      issues.push(...result.issues)
      return
    }
    // The category's data standard (统一标准): its issues reject the batch like any other.
    const standard = checkEventAgainstStandard(result.event, pointer)
    issues.push(...standard.issues)
    const findings = standardFindings(standard)
    if (findings.length > 0) standardWarnings.set(index, findings)
    events.push({ index, event: result.event })
  })
  // Within one batch, the same eventID twice is a duplicate when equal and an error when not.
  const firstById = new Map<string, TraceEvent>()
  const unique: { index: number; event: TraceEvent }[] = []
  const outcomes: CaptureOutcome[] = []
  for (const entry of events) {
    const first = firstById.get(entry.event.eventId)
    if (!first) {
      firstById.set(entry.event.eventId, entry.event)
      unique.push(entry)
    } else if (first.contentHash === entry.event.contentHash) {
      outcomes.push({ index: entry.index, eventId: entry.event.eventId, status: 'duplicate', findings: [] })
    } else {
      issues.push({ code: 'duplicate_in_batch', field: `${pointerBase}/${entry.index}/eventID` })
    }
  }
  if (issues.length > 0) throw new ZhuisuError('invalid_events', issues[0].field, { issues })

  const written = await deps.store.transaction(async (repos) => {
    const existing = await repos.events.findHashesByEventIds(unique.map((u) => u.event.eventId))
    const conflicts: FieldIssue[] = []
    const fresh: { index: number; event: TraceEvent }[] = []
    const declarations: { index: number; event: TraceEvent; rowId: string }[] = []
    for (const entry of unique) {
      const stored = existing.get(entry.event.eventId)
      if (!stored) fresh.push(entry)
      else if (entry.event.errorDeclaration) declarations.push({ ...entry, rowId: stored.rowId })
      else if (stored.contentHash === entry.event.contentHash) outcomes.push({ index: entry.index, eventId: entry.event.eventId, status: 'duplicate', findings: [] })
      else conflicts.push({ code: 'event_conflict', field: `${pointerBase}/${entry.index}/eventID`, detail: entry.event.eventId })
    }
    if (conflicts.length > 0) throw new ZhuisuError('event_conflict', conflicts[0].field, { issues: conflicts })
    const plan = await buildWritePlan(repos, fresh, declarations, recordTime, standardWarnings)
    await repos.units.insertMany(plan.units)
    await repos.events.insertMany(plan.events)
    await repos.lineage.insertMany(plan.lineage)
    await repos.custody.insertMany(plan.custody)
    await repos.events.insertErrorDeclarations(plan.errorDeclarations)
    return plan.outcomes
  })
  outcomes.push(...written)
  outcomes.sort((a, b) => a.index - b.index)
  const count = (status: CaptureStatus) => outcomes.filter((o) => o.status === status).length
  const report = { recordTime, created: count('created'), duplicates: count('duplicate'), declared: count('declared'), events: outcomes }
  deps.log.debug({ created: report.created, duplicates: report.duplicates, declared: report.declared }, 'events captured')
  for (const outcome of report.events) {
    const overridden = outcome.status === 'created' ? standardWarnings.get(outcome.index) : undefined
    if (overridden) deps.log.info({ eventId: outcome.eventId, by: overridden[0].override?.by, fields: overridden.map((f) => f.field) }, 'data standard override recorded')
  }
  return report
}
