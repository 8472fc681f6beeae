import { GRADE_TONE } from './credit-api'

export function GradeBadge({ grade }: { grade: string }) {
  return <span className={`credit-grade credit-grade--${GRADE_TONE[grade] ?? 'fair'}`}>{grade}</span>
}
