/** The status workflow of an alert (预警处置): open → acknowledged → investigating → resolved | dismissed. */
import { ZhuisuError } from '../errors.js'

export const ALERT_STATUSES = ['open', 'acknowledged', 'investigating', 'resolved', 'dismissed'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

/** Statuses in which a repeat of the same finding adds evidence instead of opening a new alert. */
export const ACTIVE_STATUSES: readonly AlertStatus[] = ['open', 'acknowledged', 'investigating']

const NEXT: Record<AlertStatus, readonly AlertStatus[]> = {
  open: ['acknowledged', 'investigating', 'resolved', 'dismissed'],
  acknowledged: ['investigating', 'resolved', 'dismissed'],
  investigating: ['resolved', 'dismissed'],
  resolved: [],
  dismissed: [],
}

export function isAlertStatus(value: unknown): value is AlertStatus {
  return typeof value === 'string' && (ALERT_STATUSES as readonly string[]).includes(value)
}

export function nextStatuses(status: AlertStatus): readonly AlertStatus[] {
  return NEXT[status]
}

/** Throws unless `to` may follow `from`; closing an alert needs a note saying why. */
export function checkTransition(from: AlertStatus, to: string, note: string | undefined): AlertStatus {
  if (!isAlertStatus(to) || !NEXT[from].includes(to)) throw new ZhuisuError('alert_transition_invalid', '/to')
  if ((to === 'resolved' || to === 'dismissed') && !note?.trim()) throw new ZhuisuError('alert_note_required', '/note')
  return to
}
