/**
 * Validation as you type, with the API's own rules: the very domain code capture runs (src/domain through
 * the `@domain` alias) — the event's shape and identifiers (check-event.ts), then the category's data
 * standard (validate-standard.ts) — in the same order, with the same codes, fields and messages.
 */
import { checkEvent } from '@domain/events/check-event.js'
import { ERRORS, type FieldIssue } from '@domain/errors.js'
import { normalizeGtin } from '@domain/identifiers/gs1.js'
import { checkEventAgainstStandard } from '@domain/standards/validate-standard.js'

/** Where capture puts a one-event request's issues: `/events/0/…`. */
export const EVENT_POINTER = '/events/0'

export interface ShownIssue extends FieldIssue {
  messages: { zh: string; en: string }
}

export function withMessages(issue: FieldIssue): ShownIssue {
  return { ...issue, messages: { ...ERRORS[issue.code] } }
}

/** Every problem capture would report for `document` sent alone at `now`; empty when it would be accepted. */
export function checkForCapture(document: Record<string, unknown>, now: string): ShownIssue[] {
  const checked = checkEvent(document, { pointer: EVENT_POINTER, now })
  if (!checked.ok) return checked.issues.map(withMessages)
  return checkEventAgainstStandard(checked.event, EVENT_POINTER).issues.map(withMessages)
}

/** The form field an issue belongs to: the part of its pointer below the event (`zs:data/headCount`, `quantityList/0/quantity`). */
export function fieldOf(issue: FieldIssue): string {
  return issue.field.startsWith(`${EVENT_POINTER}/`) ? issue.field.slice(EVENT_POINTER.length + 1) : issue.field
}

/** A product's GTIN as POST /api/v1/products checks it (master-data register.ts: normalizeGtin → gtin_invalid at /gtin). */
export function checkGtin(text: string): ShownIssue | undefined {
  const trimmed = text.trim()
  if (trimmed === '' || normalizeGtin(trimmed)) return undefined
  return withMessages({ code: 'gtin_invalid', field: '/gtin' })
}
