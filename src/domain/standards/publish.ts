/**
 * The published, machine-readable standard (`GET /api/v1/standards`): the source in standard.ts with
 * each step's JSON Schema and the identifier formats. Built once; it only changes with the code.
 */
import type { CategoryCode } from '../categories.js'
import type { EventType } from '../events/vocabulary.js'
import { exampleEvent } from './examples.js'
import { FORMAT_NAMES, FORMATS, type FormatDefinition, type FormatName } from './formats.js'
import { JSON_SCHEMA_DIALECT, stepJsonSchema, type JsonSchema } from './json-schema.js'
import { bizStepSpelling, bizStepsNeedingStage, categoryName, STANDARD, STANDARD_CATEGORIES, STANDARD_VERSION } from './standard.js'
import type { CodeListEntry, StepElement } from './types.js'

export type PublishedElement = Omit<StepElement, 'codeList'> & { codeList?: CodeListEntry[] }

export interface PublishedStep {
  code: string
  zh: string
  en: string
  /** As written in an event: CBV words bare, the platform's own steps as URIs. */
  bizSteps: string[]
  eventTypes: EventType[]
  /** bizSteps shared with another stage: with these the event must carry `zs:stage`. */
  stageRequiredFor: string[]
  source: string
  elements: PublishedElement[]
  jsonSchema: JsonSchema
  /** A complete event that capture accepts at this step (every element filled in). */
  example: Record<string, unknown>
}

export interface PublishedCategory {
  code: CategoryCode
  zh: string
  en: string
  source: string
  stages: { code: string; zh: string; en: string; steps: PublishedStep[] }[]
}

export interface PublishedFormat extends Omit<FormatDefinition, 'check' | 'pattern'> {
  name: FormatName
  pattern?: string
}

export interface PublishedStandard {
  version: string
  jsonSchemaDialect: string
  policy: { zh: string; en: string }
  formats: PublishedFormat[]
  categories: PublishedCategory[]
}

const POLICY = {
  zh: '事件须带 zs:category；按其业务步骤（bizStep，多环节共用时加 zs:stage）适用本标准的必填数据元，数据元放在 zs:data 中。'
    + '取值违反 reject 规则的，整批拒收（422，指明字段）；违反 warn 规则或无法完全核验的，须在事件中加 zs:override {reason, by} 方可接收，放行记录随事件保存。',
  en: 'An event names its category in zs:category; its bizStep (plus zs:stage where several stages share it) selects the step whose data elements it must carry in zs:data. '
    + 'A value breaking a reject rule rejects the whole batch (422 with the field); a warn rule, or a value that cannot be fully verified, is accepted only with zs:override {reason, by} on the event, which is stored with it.',
}

function publishCategory(category: CategoryCode): PublishedCategory {
  const standard = STANDARD[category]
  return {
    code: category,
    ...categoryName(category),
    source: standard.source,
    stages: standard.stages.map((stage) => ({
      code: stage.code, zh: stage.zh, en: stage.en,
      steps: stage.steps.map((step) => ({
        code: step.code, zh: step.zh, en: step.en,
        bizSteps: step.bizSteps.map(bizStepSpelling),
        eventTypes: [...(step.eventTypes ?? [])],
        stageRequiredFor: bizStepsNeedingStage(standard, stage, step).map(bizStepSpelling),
        source: step.source,
        elements: step.elements.map(({ codeList, ...element }): PublishedElement => (codeList ? { ...element, codeList: [...codeList] } : element)),
        jsonSchema: stepJsonSchema(category, stage, step),
        example: exampleEvent(category, stage, step),
      })),
    })),
  }
}

let published: PublishedStandard | undefined

export function publishedStandard(): PublishedStandard {
  published ??= {
    version: STANDARD_VERSION,
    jsonSchemaDialect: JSON_SCHEMA_DIALECT,
    policy: POLICY,
    formats: FORMAT_NAMES.map((name) => {
      const { check: _check, ...format } = FORMATS[name] as FormatDefinition
      return { name, ...format }
    }),
    categories: STANDARD_CATEGORIES.map(publishCategory),
  }
  return published
}

export function findPublishedCategory(category: string): PublishedCategory | undefined {
  return publishedStandard().categories.find((c) => c.code === category)
}
