/**
 * Checks one parsed event against its category's data standard. Pure and precompiled: the standard is
 * turned into per-category lookup tables once, so a check is a few map look-ups plus the element checks.
 *
 * Which step applies: the event's `zs:category`, its bizStep and its type. When the bizStep occurs in
 * several stages of the category (a `receiving` at a slaughterhouse or at a market), `zs:stage` says which.
 * No step applies — so no element is required — when the event has no `zs:category` (the write plan
 * already records `category_missing`; a category only inferred from a registered product is not enough
 * to hold the sender to a standard it did not claim), when its bizStep is one the category's standard does
 * not define, and for error declarations (they retract an event, they assert nothing new). Values of
 * known elements are still checked whenever a category is named: a bad USCC is bad at every step.
 *
 * Failure policy (cn-identifiers.md): a broken rule on a `reject` element is a 422 issue. A broken rule on
 * a `warn` element, or a rule that cannot be fully verified (a validator warning), is accepted only when
 * the event carries `"zs:override": { "reason", "by" }`; without it the issue `standard_override_required`
 * says how to override. With it the problems come back as `warnings`, which capture stores on the event
 * as `standard_warning` findings with the override, so who overrode what stays on record.
 */
import type { CategoryCode } from '../categories.js'
import type { ErrorCode, FieldIssue } from '../errors.js'
import type { TraceEvent } from '../events/event.js'
import { isRecord } from '../events/check-event.js'
import type { Finding } from '../findings.js'
import { bizStepWord } from '../events/vocabulary.js'
import { compileElement, isAbsent, type ValueChecker, type ValueProblem } from './element-check.js'
import { allSteps, STANDARD, STANDARD_CATEGORIES } from './standard.js'
import type { Stage, Step, StepElement } from './types.js'

/** What the check reads of an event: a parsed TraceEvent, or a checked one before hashing (the web forms). */
export type StandardSubject = Pick<TraceEvent, 'type' | 'bizStep' | 'category' | 'errorDeclaration' | 'document'>

export interface StandardOverride {
  reason: string
  by: string
}

export interface StandardWarning {
  /** standard_element_invalid: a `warn` element broke its rule; standard_element_unverified: it could not be fully verified. */
  code: 'standard_element_invalid' | 'standard_element_unverified'
  /** JSON pointer inside the event, e.g. `/zs:data/scLicenceNo`. */
  field: string
  detail: string
  value: string
}

export interface StandardCheck {
  issues: FieldIssue[]
  /** Only when the event carries a valid `zs:override`: the problems it overrode. */
  warnings: StandardWarning[]
  override?: StandardOverride
}

const DATA = 'zs:data'
const STAGE = 'zs:stage'
const OVERRIDE = 'zs:override'
const MAX_OVERRIDE_REASON = 500
const MAX_OVERRIDE_BY = 200

interface CompiledElement {
  element: StepElement
  check: ValueChecker
}

interface CompiledStep {
  stage: Stage
  step: Step
  /** Where the step applies: the label used in messages, e.g. `屠宰·屠宰加工 (slaughter · slaughtering)`. */
  label: string
  elements: Map<string, CompiledElement>
  required: CompiledElement[]
}

interface CompiledCategory {
  byBizStep: Map<string, CompiledStep[]>
  stages: Map<string, Stage>
  /** Every element the category defines, by key, for events no step applies to. */
  known: Map<string, CompiledElement>
}

function compileCategory(category: CategoryCode): CompiledCategory {
  const standard = STANDARD[category]
  const byBizStep = new Map<string, CompiledStep[]>()
  const known = new Map<string, CompiledElement>()
  for (const { stage, step } of allSteps(standard)) {
    const elements = new Map<string, CompiledElement>()
    for (const element of step.elements) {
      const compiled = { element, check: compileElement(element) }
      elements.set(element.key, compiled)
      if (!known.has(element.key)) known.set(element.key, compiled)
    }
    const compiled: CompiledStep = {
      stage, step, label: `${stage.zh}·${step.zh} (${stage.code} · ${step.code})`, elements,
      required: [...elements.values()].filter((e) => e.element.required),
    }
    for (const word of step.bizSteps) byBizStep.set(word, [...(byBizStep.get(word) ?? []), compiled])
  }
  return { byBizStep, stages: new Map(standard.stages.map((stage) => [stage.code, stage])), known }
}

const COMPILED = new Map<CategoryCode, CompiledCategory>(STANDARD_CATEGORIES.map((category) => [category, compileCategory(category)]))
const NOTHING: StandardCheck = Object.freeze({ issues: [], warnings: [] }) as StandardCheck

function nameOf(element: StepElement): string {
  return `「${element.zh}」${element.en} (${element.key})`
}

/**
 * @param pointer JSON pointer of the event in the request (`/events/3`); issues point below it, warnings
 *   point inside the event (they are stored with it).
 */
export function checkEventAgainstStandard(event: StandardSubject, pointer = ''): StandardCheck {
  if (!event.category || event.errorDeclaration) return NOTHING
  const category = COMPILED.get(event.category)
  if (!category) return NOTHING
  const document = event.document
  const issues: FieldIssue[] = []
  const at = (field: string) => `${pointer}/${field}`
  const add = (code: ErrorCode, field: string, detail: string) => issues.push({ code, field: at(field), detail })

  const override = readOverride(document[OVERRIDE], (detail) => add('standard_override_invalid', OVERRIDE, detail))
  const step = resolveStep(category, event, document[STAGE], add)
  const data = isRecord(document[DATA]) ? document[DATA] : {}

  if (step) {
    for (const { element } of step.required) {
      if (isAbsent(data[element.key])) add('standard_element_missing', `${DATA}/${element.key}`, `${nameOf(element)}: ${step.label} 必填 / required — ${element.source}`)
    }
  }

  const soft: StandardWarning[] = []
  for (const key in data) {
    const value = data[key]
    if (isAbsent(value)) continue
    const compiled = step?.elements.get(key) ?? category.known.get(key)
    // Keys the standard does not define are the enterprise's own data: kept, not checked.
    if (!compiled) continue
    const problems = compiled.check(value)
    if (problems.length === 0) continue
    for (const problem of problems) classify(compiled.element, `${DATA}/${key}${problem.at}`, problem, add, soft)
  }

  if (soft.length > 0 && !override) {
    for (const warning of soft) {
      add('standard_override_required', warning.field.slice(1), `${warning.detail}; to accept the value as it is, add "zs:override": {"reason": "…", "by": "…"} to the event`)
    }
  }
  if (issues.length === 0 && soft.length === 0 && !override) return NOTHING
  return { issues, warnings: override && issues.length === 0 ? soft : [], override }
}

function classify(element: StepElement, field: string, problem: ValueProblem, add: (code: ErrorCode, field: string, detail: string) => void, soft: StandardWarning[]): void {
  const detail = `${nameOf(element)}: ${problem.rule.zh} / ${problem.rule.en} — ${element.source}`
  if (problem.severity === 'error' && element.onInvalid === 'reject') {
    add('standard_element_invalid', field, `${detail}; value ${JSON.stringify(problem.value)}`)
    return
  }
  soft.push({ code: problem.severity === 'error' ? 'standard_element_invalid' : 'standard_element_unverified', field: `/${field}`, detail, value: problem.value })
}

function resolveStep(
  category: CompiledCategory, event: StandardSubject, stageValue: unknown, add: (code: ErrorCode, field: string, detail: string) => void,
): CompiledStep | undefined {
  const word = bizStepWord(event.bizStep)
  const candidates = (word ? category.byBizStep.get(word) ?? [] : []).filter((c) => !c.step.eventTypes || c.step.eventTypes.includes(event.type))
  if (stageValue !== undefined) {
    const stage = typeof stageValue === 'string' ? category.stages.get(stageValue) : undefined
    if (!stage) {
      add('standard_stage_invalid', STAGE, `stages of ${event.category}: ${[...category.stages.values()].map((s) => `${s.code} (${s.zh})`).join(', ')}`)
      return undefined
    }
    const match = candidates.find((c) => c.stage === stage)
    if (!match) {
      const steps = stage.steps.map((s) => `${s.code} (${s.bizSteps.join('/')}${s.eventTypes ? ` as ${s.eventTypes.join('/')}` : ''})`).join(', ')
      add('standard_stage_invalid', STAGE, `stage ${stage.code} (${stage.zh}) has no step for bizStep ${word ?? '(none)'} in a ${event.type}; its steps: ${steps}`)
    }
    return match
  }
  if (candidates.length > 1) {
    add('standard_stage_required', STAGE, `bizStep ${word} occurs in stages ${candidates.map((c) => `${c.stage.code} (${c.stage.zh})`).join(', ')}`)
    return undefined
  }
  return candidates[0]
}

function readOverride(value: unknown, fail: (detail: string) => void): StandardOverride | undefined {
  if (value === undefined) return undefined
  const reason = isRecord(value) && typeof value.reason === 'string' ? value.reason.trim() : ''
  const by = isRecord(value) && typeof value.by === 'string' ? value.by.trim() : ''
  if (!reason || !by || reason.length > MAX_OVERRIDE_REASON || by.length > MAX_OVERRIDE_BY) {
    fail(`expected {"reason": 1–${MAX_OVERRIDE_REASON} characters, "by": 1–${MAX_OVERRIDE_BY} characters}`)
    return undefined
  }
  return { reason, by }
}

/** Overridden warnings as findings stored with the event: the rule, the value, and who overrode it. */
export function standardFindings(check: StandardCheck): Finding[] {
  if (!check.override) return []
  const override = check.override
  return check.warnings.map((warning) => ({ code: 'standard_warning', field: warning.field, value: warning.value, detail: warning.detail, override }))
}
