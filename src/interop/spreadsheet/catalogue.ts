/** Every template there is: one per business step of every category of the data standard. */
import type { CategoryCode } from '../../domain/categories.js'
import { allSteps, bizStepSpelling, categoryName, STANDARD, STANDARD_CATEGORIES } from '../../domain/standards/standard.js'

export interface TemplateEntry {
  category: CategoryCode
  categoryName: string
  stage: string
  stageName: string
  step: string
  stepName: string
  bizStep: string
}

export function listTemplates(): TemplateEntry[] {
  return STANDARD_CATEGORIES.flatMap((category) => allSteps(STANDARD[category]).map(({ stage, step }) => ({
    category, categoryName: categoryName(category).zh, stage: stage.code, stageName: stage.zh, step: step.code, stepName: step.zh, bizStep: bizStepSpelling(step.bizSteps[0]),
  })))
}
