/**
 * A random inspection draw (双随机一公开) by a regulator: the candidates are the parties in the requested
 * scope (inside the regulator's own), each weighted by risk from its fresh credit grade, open alerts and
 * complaints; targets and inspectors follow from the seed (domain/inspections/draw.ts). The record keeps
 * everything needed to repeat the draw and is never changed.
 */
import { randomBytes } from 'node:crypto'
import { isCategoryCode, type CategoryCode } from '../../domain/categories.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { DrawCandidateRecord, InspectionDraw, SeedSource } from '../../domain/inspections/draw-record.js'
import { candidatesHash, DRAW_ALGORITHM, riskWeight, runDraw, SEED_MAX_LENGTH, SEED_MIN_LENGTH } from '../../domain/inspections/draw.js'
import { isKnownRegion } from '../../domain/regions.js'
import { newRowId } from '../../storage/ids.js'
import { denied, narrowPrefix, type Scope } from '../access/scope.js'
import { refreshCredit, type CreditDeps } from '../credit/refresh-credit.js'

/** Most candidates one draw weighs (each needs its credit recomputed). */
export const MAX_CANDIDATES = 2000
/** 双随机 inspections are carried out by at least two inspectors (市场监管总局 随机抽查工作细则). */
export const DEFAULT_INSPECTORS_PER_TARGET = 2

export interface DrawInput {
  title: string
  regionCode?: string
  categories?: string[]
  partyKinds?: string[]
  targetCount: number
  /** A public value entered before the draw (e.g. a lottery result); generated when absent. */
  seed?: string
  inspectors: string[]
  perTarget?: number
}

export async function createDraw(deps: CreditDeps, scope: Scope, input: DrawInput): Promise<InspectionDraw> {
  if (scope.kind !== 'region' || scope.actor.captureOnly) throw scope.kind === 'public' ? denied(scope) : new ZhuisuError('forbidden')
  const { regionPrefix, categories } = drawScope(scope, input)
  const perTarget = input.perTarget ?? DEFAULT_INSPECTORS_PER_TARGET
  const inspectors = input.inspectors.map((name) => name.trim())
  if (new Set(inspectors).size !== inspectors.length || inspectors.some((n) => n === '') || inspectors.length < perTarget) {
    throw new ZhuisuError('draw_inspectors_invalid', '/inspectors')
  }
  const { seed, seedSource } = seedOf(input.seed)

  const inScope = await deps.store.parties.list({ limit: MAX_CANDIDATES + 1, offset: 0, regionPrefix, categories })
  const parties = inScope.filter((p) => !input.partyKinds?.length || input.partyKinds.includes(p.kind))
  if (inScope.length > MAX_CANDIDATES) throw new ZhuisuError('draw_too_many_candidates', '/regionCode')
  if (parties.length === 0) throw new ZhuisuError('draw_no_candidates', '/regionCode')

  const candidates: DrawCandidateRecord[] = []
  for (const party of parties) {
    const { assessment, signals } = await refreshCredit(deps, party)
    const factors = { grade: assessment.grade, openAlerts: (signals.alerts ?? []).filter((a) => a.open).length, complaints: (signals.complaints ?? []).length }
    candidates.push({ partyId: party.id, partyName: party.name, uscc: party.uscc, regionCode: party.regionCode, kind: party.kind, ...factors, weight: riskWeight(factors) })
  }
  const draw: InspectionDraw = {
    id: newRowId(), createdAt: deps.clock.now(), createdBy: scope.actor.organisationId ?? '', createdByName: scope.actor.organisationName ?? '',
    title: input.title.trim(), regionPrefix, categories, partyKinds: input.partyKinds ?? [], targetCount: input.targetCount, perTarget,
    seed, seedSource, algorithm: DRAW_ALGORITHM, candidatesHash: candidatesHash(candidates), candidates, inspectors,
    result: runDraw(seed, candidates, input.targetCount, inspectors, perTarget),
  }
  await deps.store.transaction((tx) => tx.inspectionDraws.insert(draw))
  return draw
}

/** The requested region and categories, which must lie inside the regulator's own. */
function drawScope(scope: Extract<Scope, { kind: 'region' }>, input: DrawInput): { regionPrefix: string; categories: CategoryCode[] } {
  if (input.regionCode !== undefined && !isKnownRegion(input.regionCode)) throw new ZhuisuError('region_invalid', '/regionCode')
  const requested = input.regionCode?.replace(/0+$/, '')
  const regionPrefix = narrowPrefix(scope.regionPrefix, requested)
  // A broader request is not narrowed silently: the published scope must be what was asked for.
  if (regionPrefix === undefined || (requested !== undefined && regionPrefix !== requested)) throw new ZhuisuError('forbidden', '/regionCode')
  const categories = input.categories?.length ? input.categories : scope.categories
  categories.forEach((c, i) => {
    if (!isCategoryCode(c)) throw new ZhuisuError('category_invalid', `/categories/${i}`)
    if (!scope.categories.includes(c)) throw new ZhuisuError('forbidden', `/categories/${i}`)
  })
  return { regionPrefix, categories: categories as CategoryCode[] }
}

function seedOf(entered: string | undefined): { seed: string; seedSource: SeedSource } {
  if (entered === undefined) return { seed: randomBytes(16).toString('hex'), seedSource: 'generated' }
  const seed = entered.trim()
  if (seed.length < SEED_MIN_LENGTH || seed.length > SEED_MAX_LENGTH) throw new ZhuisuError('draw_seed_invalid', '/seed')
  return { seed, seedSource: 'entered' }
}
