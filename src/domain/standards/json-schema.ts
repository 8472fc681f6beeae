/**
 * JSON Schema (draft 2020-12) of an event at each step of each category, generated from the standard.
 * Capture accepts what a schema accepts, apart from what a schema cannot say: the identifier formats named
 * in `format` (each is in GET /api/v1/standards `formats`, checked after normalising) and the override
 * rule for warn-level problems. Capture is a little more forgiving (spaces around a code, null for an
 * absent optional element); the tests hold the two together on every step.
 *
 * Beside standard keywords the schemas carry `x-zs-*` annotations (confidentiality, failure policy,
 * source clause, unit); a strict validator such as Ajv must be told about them (ANNOTATION_KEYWORDS).
 */
import type { CategoryCode } from '../categories.js'
import { EVENT_TYPES } from '../events/vocabulary.js'
import { DEFAULT_MAX_LENGTH } from './element-check.js'
import { allSteps, bizStepSpellings, bizStepsNeedingStage, categoryName, STANDARD, STANDARD_VERSION } from './standard.js'
import type { DataElement, Stage, Step, StepElement } from './types.js'

export type JsonSchema = Record<string, unknown>

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema'
/** `$id`s name the standard's version; they identify, they are not promised to resolve. */
export const SCHEMA_BASE = 'https://zhuisu.org/standards'
export const ANNOTATION_KEYWORDS = ['x-zs-confidentiality', 'x-zs-on-invalid', 'x-zs-source', 'x-zs-unit'] as const
/** Same bounds as the check in validate-standard.ts. */
const OVERRIDE_SCHEMA: JsonSchema = {
  type: 'object',
  title: '人工核实放行',
  description: 'Override for warn-level problems: who checked the values and why they stand (cn-identifiers.md failure policy).',
  required: ['reason', 'by'],
  properties: {
    reason: { type: 'string', pattern: '\\S', maxLength: 500 },
    by: { type: 'string', pattern: '\\S', maxLength: 200 },
  },
}
const UOM_PATTERN = '^[A-Z0-9]{2,3}$'

function scalarSchema(element: DataElement): JsonSchema {
  switch (element.type) {
    case 'string':
      return { type: 'string', maxLength: element.maxLength ?? DEFAULT_MAX_LENGTH, ...(element.format ? { format: element.format } : {}) }
    case 'code':
      return { type: 'string', oneOf: (element.codeList ?? []).map((entry) => ({ const: entry.value, title: entry.zh, description: entry.en })) }
    case 'number':
      return { type: element.integer ? 'integer' : 'number', ...(element.minimum !== undefined ? { minimum: element.minimum } : {}) }
    case 'date':
      return { type: 'string', format: 'date' }
    case 'datetime':
      return { type: 'string', format: 'date-time' }
    case 'boolean':
      return { type: 'boolean' }
    case 'quantity':
      return {
        type: 'object',
        required: ['quantity', 'uom'],
        properties: { quantity: { type: 'number', minimum: 0 }, uom: element.unit ? { const: element.unit } : { type: 'string', pattern: UOM_PATTERN } },
      }
  }
}

export function elementSchema(element: StepElement): JsonSchema {
  let schema = scalarSchema(element)
  // Capture treats an empty string as absent, so a required text must hold a visible character.
  if (element.required && element.type === 'string') schema = { ...schema, pattern: '\\S' }
  if (element.many) schema = { type: 'array', items: schema, ...(element.required ? { minItems: 1 } : {}) }
  return {
    title: element.zh,
    description: element.en,
    ...schema,
    'x-zs-confidentiality': element.confidentiality,
    'x-zs-on-invalid': element.onInvalid,
    'x-zs-source': element.source,
    ...(element.unit ? { 'x-zs-unit': element.unit } : {}),
  }
}

export function schemaId(category: CategoryCode, stage: Stage, step: Step): string {
  return `${SCHEMA_BASE}/${STANDARD_VERSION}/${category}/${stage.code}/${step.code}`
}

export function stepJsonSchema(category: CategoryCode, stage: Stage, step: Step): JsonSchema {
  const name = categoryName(category)
  const required = step.elements.filter((e) => e.required).map((e) => e.key)
  const needingStage = bizStepsNeedingStage(STANDARD[category], stage, step)
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: schemaId(category, stage, step),
    title: `${name.zh} · ${stage.zh} · ${step.zh}`,
    description: `${name.en} · ${stage.en} · ${step.en} (standard ${STANDARD_VERSION}). Source: ${step.source}`,
    type: 'object',
    required: ['type', 'bizStep', 'zs:category', ...(required.length > 0 ? ['zs:data'] : [])],
    properties: {
      type: { enum: [...(step.eventTypes ?? EVENT_TYPES)] },
      bizStep: { enum: step.bizSteps.flatMap(bizStepSpellings) },
      'zs:category': { const: category },
      'zs:stage': { const: stage.code },
      'zs:data': {
        type: 'object',
        required,
        properties: Object.fromEntries(step.elements.map((e) => [e.key, elementSchema(e)])),
      },
      'zs:override': OVERRIDE_SCHEMA,
    },
    // Where another stage of the category shares the bizStep, the event must say which stage it is.
    ...(needingStage.length > 0
      ? { if: { required: ['bizStep'], properties: { bizStep: { enum: needingStage.flatMap(bizStepSpellings) } } }, then: { required: ['zs:stage'], properties: { 'zs:stage': { const: stage.code } } } }
      : {}),
  }
}

export interface StepSchema {
  category: CategoryCode
  stage: string
  step: string
  schema: JsonSchema
}

export function categoryJsonSchemas(category: CategoryCode): StepSchema[] {
  return allSteps(STANDARD[category]).map(({ stage, step }) => ({ category, stage: stage.code, step: step.code, schema: stepJsonSchema(category, stage, step) }))
}
