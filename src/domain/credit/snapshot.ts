/** A party's credit as computed at one moment: kept as history, never changed. */
import type { CreditGrade, CreditReason } from './score.js'

export interface CreditSnapshot {
  id: string
  partyId: string
  computedAt: string
  modelVersion: string
  score: number
  grade: CreditGrade
  reasons: CreditReason[]
}

/** One row of a credit list: the party and its newest snapshot. */
export interface CreditListing {
  partyId: string
  partyName: string
  regionCode: string
  score: number
  grade: CreditGrade
  computedAt: string
  snapshotId: string
}

/** True when nothing a person would see changed: a recomputation then appends no new snapshot. */
export function isSameAssessment(a: Pick<CreditSnapshot, 'modelVersion' | 'score' | 'grade' | 'reasons'>, b: Pick<CreditSnapshot, 'modelVersion' | 'score' | 'grade' | 'reasons'>): boolean {
  return a.modelVersion === b.modelVersion && a.score === b.score && a.grade === b.grade && JSON.stringify(a.reasons) === JSON.stringify(b.reasons)
}
