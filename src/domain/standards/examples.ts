/**
 * An example event for every step, generated from the standard: published beside each JSON Schema so a
 * clerk or an integrator sees a complete, accepted event, and used by the tests to prove that schema,
 * checker and capture agree on every step.
 */
import type { CategoryCode } from '../categories.js'
import type { EventType } from '../events/vocabulary.js'
import { FORMATS } from './formats.js'
import { bizStepSpelling, bizStepsNeedingStage, STANDARD } from './standard.js'
import type { DataElement, Stage, Step } from './types.js'

const EXAMPLE_TIME = '2026-11-01T08:00:00+08:00'
const EXAMPLE_LOT = 'urn:epc:class:lgtin:6901234.000001.L2611'
const EXAMPLE_OUTPUT_LOT = 'urn:epc:class:lgtin:6901234.000002.L2611'
const EXAMPLE_CASE = 'urn:epc:id:sscc:6901234.0000000001'

function scalarExample(element: DataElement): unknown {
  switch (element.type) {
    case 'string':
      return element.format ? FORMATS[element.format].example : `示例${element.zh}`.slice(0, element.maxLength ?? Infinity)
    case 'code':
      return element.codeList?.[0]?.value ?? ''
    case 'number':
      return Math.max(element.minimum ?? 0, 1)
    case 'date':
      return '2026-11-01'
    case 'datetime':
      return EXAMPLE_TIME
    case 'boolean':
      return true
    case 'quantity':
      return { quantity: 12.5, uom: element.unit ?? 'KGM' }
  }
}

export function exampleValue(element: DataElement): unknown {
  const value = scalarExample(element)
  return element.many ? [value] : value
}

/** The "what" of a minimal valid event of each type (EPCIS 2.0 §7.4). */
function whatOf(type: EventType): Record<string, unknown> {
  const lot = (epcClass: string) => [{ epcClass, quantity: 12.5, uom: 'KGM' }]
  switch (type) {
    case 'ObjectEvent':
      return { action: 'ADD', quantityList: lot(EXAMPLE_LOT) }
    case 'TransactionEvent':
      return { action: 'ADD', quantityList: lot(EXAMPLE_LOT), bizTransactionList: [{ type: 'inv', bizTransaction: 'urn:epcglobal:cbv:bt:6901234000016:INV-1' }] }
    case 'AggregationEvent':
    case 'AssociationEvent':
      return { action: 'ADD', parentID: EXAMPLE_CASE, childQuantityList: lot(EXAMPLE_LOT) }
    case 'TransformationEvent':
      return { inputQuantityList: lot(EXAMPLE_LOT), outputQuantityList: lot(EXAMPLE_OUTPUT_LOT) }
  }
}

/** Every element of the step filled with a valid example (required and optional), so nothing is left untested. */
export function exampleData(step: Step): Record<string, unknown> {
  return Object.fromEntries(step.elements.map((element) => [element.key, exampleValue(element)]))
}

export function exampleEvent(category: CategoryCode, stage: Stage, step: Step): Record<string, unknown> {
  const type = step.eventTypes?.[0] ?? 'ObjectEvent'
  const needsStage = bizStepsNeedingStage(STANDARD[category], stage, step).length > 0
  return {
    type,
    eventTime: EXAMPLE_TIME,
    eventTimeZoneOffset: '+08:00',
    bizStep: bizStepSpelling(step.bizSteps[0]),
    ...whatOf(type),
    'zs:category': category,
    ...(needsStage ? { 'zs:stage': stage.code } : {}),
    'zs:data': exampleData(step),
  }
}
