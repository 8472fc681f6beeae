/**
 * The complaint workflow (投诉处理流程): received → assigned → investigating → answered → closed, with a
 * deadline per status (docs/complaints.md):
 * - received: assign within 1 working day (Mon–Fri, Asia/Shanghai; public holidays are not modelled);
 * - assigned, investigating: answer within 7 calendar days of receipt;
 * - answered: close within 15 calendar days of the answer (the complainant may still come back);
 * - closed: none.
 * Every step is a new history row; a step to the same status is a note (or, for `assigned`, a reassignment).
 */
import { ZhuisuError } from '../errors.js'

export const COMPLAINT_STATUSES = ['received', 'assigned', 'investigating', 'answered', 'closed'] as const
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]

const NEXT: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['assigned', 'closed'],
  assigned: ['assigned', 'investigating', 'answered', 'closed'],
  investigating: ['assigned', 'answered', 'closed'],
  answered: ['investigating', 'closed'],
  closed: [],
}

/**
 * The finding on the merits given with an answer (核查结论): 属实 / 不属实 / 无法查实. Only a substantiated
 * complaint weighs on the party's credit record; an answer without a finding is undetermined.
 */
export const COMPLAINT_FINDINGS = ['substantiated', 'unsubstantiated', 'undetermined'] as const
export type ComplaintFinding = (typeof COMPLAINT_FINDINGS)[number]

export function isComplaintFinding(value: string): value is ComplaintFinding {
  return (COMPLAINT_FINDINGS as readonly string[]).includes(value)
}

export function isComplaintStatus(value: string): value is ComplaintStatus {
  return (COMPLAINT_STATUSES as readonly string[]).includes(value)
}

export interface TransitionRequest {
  to: string
  note?: string
  answer?: string
  /** With to=answered: the finding on the merits (default undetermined). */
  finding?: string
  assigneeOrganisationId?: string
}

/**
 * The kind of history row a step makes: the new status, `note` (same status), or `reassigned`; and, for an
 * answer, its finding.
 */
export function checkTransition(from: ComplaintStatus, request: TransitionRequest): { to: ComplaintStatus; kind: string; finding?: ComplaintFinding } {
  if (!isComplaintStatus(request.to)) throw new ZhuisuError('complaint_transition_invalid', '/to')
  const to = request.to
  // A finding goes with an answer, never with a note or another step.
  if (request.finding !== undefined && (to !== 'answered' || to === from || !isComplaintFinding(request.finding))) throw new ZhuisuError('complaint_finding_invalid', '/finding')
  if (to === from && to !== 'assigned') {
    if (from === 'closed' || !request.note?.trim()) throw new ZhuisuError('complaint_transition_invalid', '/to')
    return { to, kind: 'note' }
  }
  if (!NEXT[from].includes(to)) throw new ZhuisuError('complaint_transition_invalid', '/to')
  if (to === 'assigned' && !request.assigneeOrganisationId) throw new ZhuisuError('complaint_assignee_invalid', '/assigneeOrganisationId')
  if (to === 'answered' && !request.answer?.trim()) throw new ZhuisuError('complaint_answer_required', '/answer')
  if (to === 'answered') return { to, kind: to, finding: (request.finding as ComplaintFinding | undefined) ?? 'undetermined' }
  return { to, kind: to === from ? 'reassigned' : to }
}

export function allowedNext(from: ComplaintStatus): readonly ComplaintStatus[] {
  return NEXT[from]
}

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3_600_000
export const ASSIGN_WORKING_DAYS = 1
export const ANSWER_DAYS = 7
export const CLOSE_DAYS = 15

/** `n` working days (Mon–Fri in Asia/Shanghai) after `at`, at the same time of day. */
export function addWorkingDays(at: string, n: number): string {
  let t = Date.parse(at)
  let left = n
  while (left > 0) {
    t += DAY_MS
    const weekday = new Date(t + SHANGHAI_OFFSET_MS).getUTCDay()
    if (weekday !== 0 && weekday !== 6) left--
  }
  return new Date(t).toISOString()
}

function addDays(at: string, n: number): string {
  return new Date(Date.parse(at) + n * DAY_MS).toISOString()
}

/** The deadline of a status entered at `at` for a complaint received at `receivedAt`. */
export function deadlineOf(status: ComplaintStatus, receivedAt: string, at: string): string | undefined {
  switch (status) {
    case 'received': return addWorkingDays(receivedAt, ASSIGN_WORKING_DAYS)
    case 'assigned':
    case 'investigating': return addDays(receivedAt, ANSWER_DAYS)
    case 'answered': return addDays(at, CLOSE_DAYS)
    default: return undefined
  }
}

export function isOverdue(status: string, dueAt: string | undefined, now: string): boolean {
  return status !== 'closed' && dueAt !== undefined && dueAt < now
}
