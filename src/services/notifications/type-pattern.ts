/**
 * Notification types are dotted names (`recall.opened`, `recall.task.reported`, `alert.opened`,
 * `complaint.assigned`). A subscription lists patterns: an exact type, a prefix ending in `.*`
 * (`recall.*` matches `recall.opened` and `recall.task.reported`), or `*` for every type.
 */
const TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/
const PATTERN = /^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*(\.\*)?)$/

export function isNotificationType(type: string): boolean {
  return TYPE.test(type)
}

export function isTypePattern(pattern: string): boolean {
  return PATTERN.test(pattern)
}

export function matchesTypePattern(pattern: string, type: string): boolean {
  if (pattern === '*') return true
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1))
  return pattern === type
}

export function matchesAnyPattern(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => matchesTypePattern(p, type))
}
