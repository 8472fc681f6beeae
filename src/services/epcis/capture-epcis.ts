/**
 * EPCIS 2.0 capture: `POST /epcis/events` (one event, synchronous) and `POST /epcis/capture` (a document,
 * asynchronous: a job row now, the capture worker later). Both go through the platform's one capture
 * service, with EPCIS duplicate rules (a stored hash ID is an error) and GS1-Capture-Error-Behaviour.
 */
import { ZhuisuError, type FieldIssue } from '../../domain/errors.js'
import { eventsOfDocument } from '../../interop/epcis/epcis-document.js'
import type { PrefixMap } from '../../interop/epcis/json-ld/context.js'
import type { Clock } from '../clock.js'
import type { Log } from '../log.js'
import { newRowId } from '../../storage/ids.js'
import type { Store } from '../../storage/store.js'
import { captureEvents } from '../capture/capture-events.js'

export type CaptureErrorBehaviour = 'rollback' | 'proceed'

export interface EpcisCaptureDeps {
  store: Store
  clock: Clock
  log: Log
  /** Events per capture call, announced as GS1-EPCIS-Capture-Limit. */
  captureLimit: number
}

/** One event, captured now; its eventID (the client's, or the hash ID given to it). */
export async function captureEpcisEvent(deps: EpcisCaptureDeps, event: unknown, prefixes?: PrefixMap): Promise<{ eventId: string; declared: boolean }> {
  const context = typeof event === 'object' && event !== null ? (event as Record<string, unknown>)['@context'] : undefined
  let report
  try {
    report = await captureEvents(deps, [event], '/events', { prefixes, context, duplicates: 'reject' })
  } catch (error) {
    throw error instanceof ZhuisuError ? pointAtTheEvent(error) : error
  }
  const outcome = report.events[0]
  return { eventId: outcome.eventId, declared: outcome.status === 'declared' }
}

/** The body is the event itself: `/events/0/action` → `/action`. */
function pointAtTheEvent(error: ZhuisuError): ZhuisuError {
  const strip = (field?: string) => field?.replace(/^\/events\/0(?=\/|$)/, '') || (field === undefined ? undefined : '/')
  const issues = error.details?.issues?.map((issue) => ({ ...issue, field: strip(issue.field) ?? '/' }))
  return new ZhuisuError(error.code, strip(error.field), { ...error.details, ...(issues ? { issues } : {}) })
}

export interface CaptureJobView {
  captureID: string
  createdAt: string
  finishedAt?: string
  running: boolean
  success: boolean
  captureErrorBehaviour: CaptureErrorBehaviour
  errors: FieldIssue[]
}

/** Checks the document's shape and size now (400/413 at once), and queues it. */
export async function createCaptureJob(deps: EpcisCaptureDeps, document: unknown, behaviour: CaptureErrorBehaviour): Promise<{ captureId: string; eventCount: number }> {
  const found = eventsOfDocument(document)
  if (!found.ok) throw new ZhuisuError(found.field.startsWith('/@context') ? 'epcis_context_invalid' : 'field_required', found.field, { detail: found.reason })
  if (found.events.length === 0) throw new ZhuisuError('batch_empty', found.pointer)
  if (found.events.length > deps.captureLimit) throw new ZhuisuError('batch_too_large', found.pointer, { limit: deps.captureLimit })
  const captureId = newRowId<string>()
  await deps.store.epcis.insertJob({
    id: captureId, created_at: deps.clock.now(), started_at: null, finished_at: null, state: 'waiting', success: null,
    capture_error_behaviour: behaviour, event_count: found.events.length, document: JSON.stringify(document), errors: '[]',
  })
  return { captureId, eventCount: found.events.length }
}

export async function getCaptureJob(deps: { store: Store }, captureId: string): Promise<CaptureJobView> {
  const row = await deps.store.epcis.findJob(captureId)
  if (!row) throw new ZhuisuError('capture_job_not_found', '/captureID')
  return {
    captureID: row.id, createdAt: row.created_at, finishedAt: row.finished_at ?? undefined, running: row.state !== 'finished',
    success: row.success === 1 || row.state !== 'finished', captureErrorBehaviour: row.capture_error_behaviour, errors: JSON.parse(row.errors) as FieldIssue[],
  }
}

/** Works off waiting jobs one by one; returns how many it ran. The capture worker calls it on a timer. */
export async function runCaptureJobs(deps: EpcisCaptureDeps, maxJobs = 10): Promise<number> {
  let ran = 0
  while (ran < maxJobs) {
    const job = await deps.store.epcis.claimNextJob(deps.clock.now())
    if (!job) break
    ran++
    let errors: FieldIssue[]
    try {
      errors = await runJob(deps, JSON.parse(job.document ?? 'null') as unknown, job.capture_error_behaviour)
    } catch (error) {
      // A job never stays running: an unexpected failure finishes it unsuccessfully, and is logged.
      deps.log.error({ err: error, captureId: job.id }, 'EPCIS capture job failed')
      errors = [{ code: 'internal', field: '/' }]
    }
    const success = errors.length === 0
    await deps.store.epcis.finishJob(job.id, deps.clock.now(), success, errors)
    deps.log.info({ captureId: job.id, events: job.event_count, success, errors: errors.length }, 'EPCIS capture job finished')
  }
  return ran
}

async function runJob(deps: EpcisCaptureDeps, document: unknown, behaviour: CaptureErrorBehaviour): Promise<FieldIssue[]> {
  const found = eventsOfDocument(document)
  if (!found.ok) return [{ code: 'field_required', field: found.field, detail: found.reason }]
  try {
    const report = await captureEvents(deps, found.events, found.pointer, { prefixes: found.prefixes, context: found.context, errorBehaviour: behaviour, duplicates: 'reject' })
    return report.rejected ?? []
  } catch (error) {
    if (!(error instanceof ZhuisuError)) throw error
    return error.details?.issues ?? [{ code: error.code, field: error.field ?? '/' }]
  }
}
