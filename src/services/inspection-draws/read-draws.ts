/** Reading and verifying draws: the regulators of the draw's region (and above) and the operator. */
import { ZhuisuError } from '../../domain/errors.js'
import type { InspectionDraw } from '../../domain/inspections/draw-record.js'
import { candidatesHash, DRAW_ALGORITHM, runDraw, type DrawnTarget } from '../../domain/inspections/draw.js'
import type { Store } from '../../storage/store.js'
import { requireSupervisor, type Scope } from '../access/scope.js'

export async function listDrawsFor(store: Store, scope: Scope, page: { limit: number; offset: number }): Promise<{ total: number; draws: InspectionDraw[] }> {
  requireSupervisor(scope)
  return store.inspectionDraws.list({ regionPrefix: scope.kind === 'region' ? scope.regionPrefix : undefined, ...page })
}

export async function getDrawFor(store: Store, scope: Scope, id: string): Promise<InspectionDraw> {
  requireSupervisor(scope)
  const draw = await store.inspectionDraws.findById(id)
  if (!draw || (scope.kind === 'region' && !draw.regionPrefix.startsWith(scope.regionPrefix))) throw new ZhuisuError('draw_not_found', '/id')
  return draw
}

export interface DrawVerification {
  drawId: string
  algorithm: string
  /** True when the recorded algorithm is one this build can repeat. */
  algorithmKnown: boolean
  candidatesHashMatches: boolean
  resultMatches: boolean
  recomputed: DrawnTarget[]
}

/** Repeats the draw from its recorded seed, candidates and inspectors and compares with the recorded result. */
export async function verifyDrawFor(store: Store, scope: Scope, id: string): Promise<DrawVerification> {
  const draw = await getDrawFor(store, scope, id)
  const algorithmKnown = draw.algorithm === DRAW_ALGORITHM
  const recomputed = algorithmKnown ? runDraw(draw.seed, draw.candidates, draw.targetCount, draw.inspectors, draw.perTarget) : []
  return {
    drawId: draw.id, algorithm: draw.algorithm, algorithmKnown,
    candidatesHashMatches: candidatesHash(draw.candidates) === draw.candidatesHash,
    resultMatches: algorithmKnown && JSON.stringify(recomputed) === JSON.stringify(draw.result),
    recomputed,
  }
}
