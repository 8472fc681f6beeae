/** What a capture answers: per event, whether it was created, a duplicate, or an error declaration. */
import type { FieldIssue } from '../../domain/errors.js'
import type { Finding } from '../../domain/findings.js'

export type CaptureStatus = 'created' | 'duplicate' | 'declared'

export interface CaptureOutcome {
  index: number
  eventId: string
  status: CaptureStatus
  findings: Finding[]
  /** CBV event hash ID; a duplicate names the stored event's eventID. */
  hashId?: string
}

export interface CaptureReport {
  recordTime: string
  created: number
  duplicates: number
  declared: number
  events: CaptureOutcome[]
  /** With error behaviour `proceed`: the problems of the events that were not written. */
  rejected?: FieldIssue[]
}
