/**
 * The business-step forms, generated from the per-category data standard (src/domain/standards): which
 * steps an enterprise is offered (its stages first), what each step's event looks like (type, action,
 * bizStep, who the trading partner is), its data elements with their types and code lists, and how the
 * typed values become the EPCIS 2.0 event that capture receives. Nothing here is written per category.
 */
import type { CategoryCode } from '@domain/categories.js'
import { bizStepSpelling, bizStepsNeedingStage, categoryStandard, STANDARD } from '@domain/standards/standard.js'
import { isCategoryCode } from '@domain/categories.js'
import type { Stage, Step, StepElement } from '@domain/standards/types.js'

/** What the forms need of the portal context (portal-api.ts PortalContext), written out so that the server's tests can run this file too. */
export interface StagesOf { stages: { category: string; stages: string[] }[] }
export interface PartnerRef { id: string; name: string; uscc?: string; kind: string; regionCode: string }

export interface FormStep {
  /** `category/stage/step`, the form's address (`/portal/record/agri/slaughter/intake`). */
  key: string
  category: CategoryCode
  stage: Stage
  step: Step
  /** The enterprise works in this stage (by its kind); other stages of the category are offered after. */
  isOwnStage: boolean
  /** The event names its stage (`zs:stage`): its bizStep occurs in another stage too. */
  needsStage: boolean
  shape: 'object' | 'transformation'
  /** shipping names where it went (destination), receiving where it came from (source). */
  partnerRole?: 'destination' | 'source'
}

/** bizSteps that bring a lot or item into being: an ObjectEvent ADD (EPCIS commissioning semantics). */
const ADDING_STEPS = new Set(['commissioning', 'harvesting', 'creating_class_instance', 'encoding', 'assembling', 'filling'])
const SHIPPING_STEPS = new Set(['shipping'])
const RECEIVING_STEPS = new Set(['receiving', 'accepting'])
const SHANGHAI = '+08:00'

export function formSteps(context: StagesOf): FormStep[] {
  return context.stages.flatMap(({ category, stages: own }) => {
    const standard = categoryStandard(category as CategoryCode)
    const ordered = [...standard.stages].sort((a, b) => Number(!own.includes(a.code)) - Number(!own.includes(b.code)))
    return ordered.flatMap((stage) => stage.steps.map((step): FormStep => {
      const word = step.bizSteps[0]
      const types = step.eventTypes ?? ['ObjectEvent']
      return {
        key: `${category}/${stage.code}/${step.code}`, category: category as CategoryCode, stage, step, isOwnStage: own.includes(stage.code),
        needsStage: bizStepsNeedingStage(standard, stage, step).length > 0,
        shape: types[0] === 'TransformationEvent' ? 'transformation' : 'object',
        partnerRole: SHIPPING_STEPS.has(word) ? 'destination' : RECEIVING_STEPS.has(word) ? 'source' : undefined,
      }
    }))
  })
}

export interface Line {
  code: string
  quantity: string
  uom: string
}

export interface FormState {
  eventTime: string
  siteId: string
  partner?: PartnerRef
  inputs: Line[]
  outputs: Line[]
  data: Record<string, string | boolean>
}

export const emptyLine = (uom = 'KGM'): Line => ({ code: '', quantity: '', uom })

/** `2026-11-23T08:00:00.000Z` → `2026-11-23T16:00` (a datetime-local value in Beijing time). */
export function shanghaiLocal(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16)
}

/**
 * A typed number as the API will see it: a JSON number when it reads as one, else the text itself, so a
 * bad value reaches the shared check (and the API) unchanged and gets the same message.
 */
export function typedNumber(text: string): number | string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed
}

function elementValue(element: StepElement, raw: string | boolean | undefined): unknown {
  if (raw === undefined || raw === '') return undefined
  if (element.type === 'boolean') return raw === true
  const text = String(raw)
  const one = (part: string): unknown => {
    switch (element.type) {
      case 'number': return typedNumber(part)
      case 'quantity': return { quantity: typedNumber(part), uom: element.unit ?? 'KGM' }
      case 'datetime': return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(part) ? `${part}:00${SHANGHAI}` : part
      default: return part.trim()
    }
  }
  if (element.many) return text.split(/[,，、\s]+/).filter((part) => part !== '').map(one)
  return one(text)
}

function quantityEntries(lines: Line[]): { codes: string[]; quantities: Record<string, unknown>[] } {
  const codes: string[] = []
  const quantities: Record<string, unknown>[] = []
  for (const line of lines) {
    if (line.code.trim() === '' && line.quantity.trim() === '') continue
    const quantity = typedNumber(line.quantity)
    // No quantity: the code is an item (one piece) and goes in the EPC list.
    if (quantity === undefined) codes.push(line.code.trim())
    else quantities.push({ epcClass: line.code.trim(), quantity, uom: line.uom.trim() })
  }
  return { codes, quantities }
}

const partyRef = (party: { id: string; uscc?: string }) => party.uscc ?? party.id

/** The EPCIS 2.0 event the form describes, exactly as it will be sent to POST /api/v1/events. */
export function buildDocument(form: FormStep, state: FormState, party: { id: string; uscc?: string }): Record<string, unknown> {
  const word = form.step.bizSteps[0]
  const document: Record<string, unknown> = form.shape === 'transformation'
    ? { type: 'TransformationEvent' }
    : { type: 'ObjectEvent', action: ADDING_STEPS.has(word) ? 'ADD' : 'OBSERVE' }
  document.bizStep = bizStepSpelling(word)
  document.eventTime = state.eventTime ? `${state.eventTime}:00${SHANGHAI}` : undefined
  document.eventTimeZoneOffset = SHANGHAI
  document['zs:party'] = partyRef(party)
  document['zs:category'] = form.category
  if (form.needsStage) document['zs:stage'] = form.stage.code
  if (state.siteId) document.bizLocation = { id: state.siteId }
  if (form.shape === 'transformation') {
    const inputs = quantityEntries(state.inputs)
    const outputs = quantityEntries(state.outputs)
    if (inputs.codes.length > 0) document.inputEPCList = inputs.codes
    if (inputs.quantities.length > 0) document.inputQuantityList = inputs.quantities
    if (outputs.codes.length > 0) document.outputEPCList = outputs.codes
    if (outputs.quantities.length > 0) document.outputQuantityList = outputs.quantities
  } else {
    const { codes, quantities } = quantityEntries(state.inputs)
    if (codes.length > 0) document.epcList = codes
    if (quantities.length > 0) document.quantityList = quantities
  }
  if (state.partner && form.partnerRole === 'destination') document.destinationList = [{ type: 'owning_party', destination: partyRef(state.partner) }]
  if (state.partner && form.partnerRole === 'source') document.sourceList = [{ type: 'owning_party', source: partyRef(state.partner) }]
  const data: Record<string, unknown> = {}
  for (const element of form.step.elements) {
    const value = elementValue(element, state.data[element.key])
    if (value !== undefined) data[element.key] = value
  }
  if (Object.keys(data).length > 0) document['zs:data'] = data
  if (document.eventTime === undefined) delete document.eventTime
  return document
}

/** The data-element input for an element type. */
export function inputTypeOf(element: StepElement): 'text' | 'date' | 'datetime-local' | 'select' | 'checkbox' | 'decimal' {
  if (element.many) return 'text'
  switch (element.type) {
    case 'date': return 'date'
    case 'datetime': return 'datetime-local'
    case 'code': return 'select'
    case 'boolean': return 'checkbox'
    case 'number':
    case 'quantity': return 'decimal'
    default: return 'text'
  }
}

/** A stored bizStep as a person reads it: the name of the standard's step for it in the event's category. */
export function bizStepLabel(bizStep: string | undefined, category: string | undefined, language: string): string {
  if (!bizStep) return '—'
  const word = bizStep.replace(/^.*BizStep-/, '')
  const standards = isCategoryCode(category) ? [STANDARD[category]] : Object.values(STANDARD)
  for (const standard of standards) {
    for (const stage of standard.stages) {
      const step = stage.steps.find((s) => s.bizSteps.includes(word))
      if (step) return language === 'en' ? step.en : step.zh
    }
  }
  return word
}
