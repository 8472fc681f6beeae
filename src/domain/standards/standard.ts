/**
 * The data standard (统一标准), version STANDARD_VERSION: the one source that capture checks, JSON Schema
 * is generated from and `GET /api/v1/standards` publishes. Change an element here and all three follow.
 * Bump the version whenever a change can turn an accepted event into a rejected one.
 */
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../categories.js'
import { ZHUISU_BIZ_STEP_PREFIX, ZHUISU_BIZ_STEPS, type EventType } from '../events/vocabulary.js'
import { AGRI_INPUT } from './categories/agri-input.js'
import { AGRI } from './categories/agri.js'
import { DRUG } from './categories/drug.js'
import { EQUIPMENT } from './categories/equipment.js'
import { FOOD } from './categories/food.js'
import { HAZARDOUS } from './categories/hazardous.js'
import { IMPORT } from './categories/import.js'
import { RARE_EARTH } from './categories/rare-earth.js'
import type { CategoryStandard, Stage, Step } from './types.js'

export const STANDARD_VERSION = '2026.1'

export const STANDARD: Readonly<Record<CategoryCode, CategoryStandard>> = {
  agri: AGRI,
  food: FOOD,
  drug: DRUG,
  agri_input: AGRI_INPUT,
  equipment: EQUIPMENT,
  hazardous: HAZARDOUS,
  rare_earth: RARE_EARTH,
  import: IMPORT,
}

export function categoryStandard(category: CategoryCode): CategoryStandard {
  return STANDARD[category]
}

export function categoryName(category: CategoryCode): { zh: string; en: string } {
  return { zh: CATEGORIES[category].zh, en: CATEGORIES[category].en }
}

export const STANDARD_CATEGORIES: readonly CategoryCode[] = CATEGORY_CODES

const ZHUISU_STEPS = new Set<string>(ZHUISU_BIZ_STEPS)

/** How a bizStep word is written in an event: CBV words bare, the platform's own steps as their URI. */
export function bizStepSpelling(word: string): string {
  return ZHUISU_STEPS.has(word) ? `${ZHUISU_BIZ_STEP_PREFIX}${word}` : word
}

/** CBV words may also arrive as their URN or GS1 URI; capture normalises them to the bare word. */
export function bizStepSpellings(word: string): string[] {
  if (ZHUISU_STEPS.has(word)) return [bizStepSpelling(word)]
  return [word, `urn:epcglobal:cbv:bizstep:${word}`, `https://ref.gs1.org/cbv/BizStep-${word}`, `https://gs1.org/voc/BizStep-${word}`]
}

export interface StepRef {
  stage: Stage
  step: Step
}

function overlaps(a: readonly EventType[] | undefined, b: readonly EventType[] | undefined): boolean {
  if (!a || !b) return true
  return a.some((type) => b.includes(type))
}

/**
 * The bizSteps of a step that another stage of the same category also uses (for an overlapping event
 * type): for those, an event must name its stage in `zs:stage`, since nothing else in the event says
 * whether a `receiving` is a slaughterhouse intake or a market entry.
 */
export function bizStepsNeedingStage(category: CategoryStandard, stage: Stage, step: Step): string[] {
  return step.bizSteps.filter((word) => category.stages.some((other) => other !== stage
    && other.steps.some((candidate) => candidate.bizSteps.includes(word) && overlaps(candidate.eventTypes, step.eventTypes))))
}

export function allSteps(category: CategoryStandard): StepRef[] {
  return category.stages.flatMap((stage) => stage.steps.map((step) => ({ stage, step })))
}
