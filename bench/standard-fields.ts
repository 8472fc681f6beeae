/** The platform extensions an event of a given category, stage and step needs to pass the data standard. */
import type { CategoryCode } from '../src/domain/categories.js'
import { exampleData } from '../src/domain/standards/examples.js'
import { allSteps, bizStepSpelling, STANDARD } from '../src/domain/standards/standard.js'

export function standardFields(category: CategoryCode, stageCode: string, stepCode: string): Record<string, unknown> {
  const found = allSteps(STANDARD[category]).find((r) => r.stage.code === stageCode && r.step.code === stepCode)
  if (!found) throw new Error(`no step ${category}/${stageCode}/${stepCode} in the data standard`)
  return { 'zs:category': category, 'zs:stage': stageCode, 'zs:data': exampleData(found.step) }
}

/** A bizStep as events carry it: a CBV word, or the platform's URI for steps CBV lacks (slaughtering, processing). */
export { bizStepSpelling }
