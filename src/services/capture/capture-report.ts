/** What a capture answers: per event, whether it was created, a duplicate, or an error declaration. */
import type { Finding } from '../../domain/findings.js'

export type CaptureStatus = 'created' | 'duplicate' | 'declared'

export interface CaptureOutcome {
  index: number
  eventId: string
  status: CaptureStatus
  findings: Finding[]
}

export interface CaptureReport {
  recordTime: string
  created: number
  duplicates: number
  declared: number
  events: CaptureOutcome[]
}
