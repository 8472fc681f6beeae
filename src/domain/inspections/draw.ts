/**
 * Random inspection selection (双随机一公开): targets are drawn from the published candidate list by
 * weighted sampling without replacement, and each target is given inspectors drawn from the published
 * inspector list. Everything follows from the seed, so anyone can repeat the draw (docs/credit.md):
 *
 *   u(label)  = (first 53 bits of HMAC-SHA256(key = seed, message = label) + 0.5) / 2^53   — in (0, 1)
 *   key(p)    = ln(u("target|" + partyId)) / weight(p)    (Efraimidis–Spirakis: u^(1/w), as a logarithm)
 *   targets   = the `count` candidates with the largest keys (ties: smaller partyId first)
 *   inspectors of target p = the `perTarget` names with the smallest u("inspector|" + partyId + "|" + name)
 *
 * Keying each candidate by its own id (not by its position) makes the result independent of list order.
 */
import { createHash, createHmac } from 'node:crypto'

export const DRAW_ALGORITHM = 'es-hmac-sha256-v1'
export const SEED_MIN_LENGTH = 8
export const SEED_MAX_LENGTH = 200
const TWO_POW_53 = 2 ** 53

export interface DrawCandidate {
  partyId: string
  /** Positive integer risk weight (see riskWeight). */
  weight: number
}

export interface DrawnTarget {
  partyId: string
  /** ln(u)/w, the sampling key: kept so a verifier can compare number for number. */
  key: number
  inspectors: string[]
}

/** A uniform number in (0, 1) from the seed and a label. */
export function seededUniform(seed: string, label: string): number {
  const digest = createHmac('sha256', Buffer.from(seed, 'utf8')).update(label, 'utf8').digest()
  const bits = digest.readBigUInt64BE(0) >> 11n
  return (Number(bits) + 0.5) / TWO_POW_53
}

export function samplingKey(seed: string, candidate: DrawCandidate): number {
  return Math.log(seededUniform(seed, `target|${candidate.partyId}`)) / candidate.weight
}

export function drawTargets(seed: string, candidates: readonly DrawCandidate[], count: number): { partyId: string; key: number }[] {
  return candidates
    .map((c) => ({ partyId: c.partyId, key: samplingKey(seed, c) }))
    .sort((x, y) => (y.key - x.key) || (x.partyId < y.partyId ? -1 : x.partyId > y.partyId ? 1 : 0))
    .slice(0, Math.max(0, count))
}

export function assignInspectors(seed: string, partyId: string, inspectors: readonly string[], perTarget: number): string[] {
  return inspectors
    .map((name) => ({ name, u: seededUniform(seed, `inspector|${partyId}|${name}`) }))
    .sort((x, y) => (x.u - y.u) || (x.name < y.name ? -1 : 1))
    .slice(0, perTarget)
    .map((x) => x.name)
}

export function runDraw(seed: string, candidates: readonly DrawCandidate[], count: number, inspectors: readonly string[], perTarget: number): DrawnTarget[] {
  return drawTargets(seed, candidates, count).map((t) => ({ ...t, inspectors: assignInspectors(seed, t.partyId, inspectors, perTarget) }))
}

/** SHA-256 over `partyId<TAB>weight<LF>` lines sorted by partyId: publishes the candidate list in one value. */
export function candidatesHash(candidates: readonly DrawCandidate[]): string {
  const lines = [...candidates].sort((x, y) => (x.partyId < y.partyId ? -1 : 1)).map((c) => `${c.partyId}\t${c.weight}\n`)
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex')
}

export type RiskGrade = 'A' | 'B' | 'C' | 'D'

/** Grade factor: a D-graded party is eight times as likely to be drawn as an A-graded one, other things equal. */
export const GRADE_FACTOR: Record<RiskGrade, number> = { A: 10, B: 20, C: 40, D: 80 }
export const OPEN_ALERT_WEIGHT = 5
export const COMPLAINT_WEIGHT = 2
/** Counts above this add nothing more: a flood of alerts must not make the draw a certainty. */
export const RISK_COUNT_CAP = 10

export interface RiskFactors {
  grade: RiskGrade
  openAlerts: number
  complaints: number
}

/** weight = gradeFactor + 5 × min(open alerts, 10) + 2 × min(complaints, 10): a positive integer. */
export function riskWeight(factors: RiskFactors): number {
  return GRADE_FACTOR[factors.grade] + OPEN_ALERT_WEIGHT * Math.min(factors.openAlerts, RISK_COUNT_CAP) + COMPLAINT_WEIGHT * Math.min(factors.complaints, RISK_COUNT_CAP)
}
