/**
 * The columns of a capture template for one business step, generated from the data standard
 * (src/domain/standards): a few event columns that depend on the event type (time, codes, quantities,
 * parties), then one column per data element of the step. Nothing here is written by hand per category.
 */
import type { CategoryCode } from '../../domain/categories.js'
import type { EventType } from '../../domain/events/vocabulary.js'
import { bizStepSpelling, bizStepsNeedingStage, categoryStandard } from '../../domain/standards/standard.js'
import type { Stage, Step, StepElement } from '../../domain/standards/types.js'

export type EventField =
  | 'eventTime' | 'party' | 'code' | 'quantity' | 'uom' | 'transaction' | 'destination'
  | 'inputCode' | 'inputQuantity' | 'inputUom' | 'outputCode' | 'outputQuantity' | 'outputUom' | 'parent' | 'override' | 'overrideBy'

export type Column =
  | { id: string; kind: 'event'; field: EventField; zh: string; required: boolean; note: string }
  | { id: string; kind: 'element'; element: StepElement; part: 'value' | 'uom'; zh: string; required: boolean; note: string }

export interface TemplateSpec {
  category: CategoryCode
  stage: Stage
  step: Step
  eventType: EventType
  bizStep: string
  /** `zs:stage` is written only where the category shares the bizStep between stages. */
  needsStage: boolean
  columns: Column[]
}

const TIME_NOTE = '北京时间，如 2026-11-01 08:00，或 Excel 日期时间'
const CODE_NOTE = '平台追溯码、GS1 数字链接网址、(01)…(10)… 元素串或 EPC URN'
const QUANTITY_NOTE = '数字，最多三位小数；留空则按单品（逐个追溯码）记录'
const UOM_NOTE = 'UN/CEFACT 单位代码，如 KGM（千克）、H87（件/头）、EA（个）'

function event(field: EventField, zh: string, required: boolean, note: string): Column {
  return { id: field, kind: 'event', field, zh, required, note }
}

function whatColumns(type: EventType): Column[] {
  switch (type) {
    case 'TransformationEvent':
      return [
        event('inputCode', '投入追溯码', true, CODE_NOTE), event('inputQuantity', '投入数量', true, QUANTITY_NOTE), event('inputUom', '投入单位', true, UOM_NOTE),
        event('outputCode', '产出追溯码', true, CODE_NOTE), event('outputQuantity', '产出数量', true, QUANTITY_NOTE), event('outputUom', '产出单位', true, UOM_NOTE),
      ]
    case 'AggregationEvent':
    case 'AssociationEvent':
      return [event('parent', '包装码', true, 'SSCC、包装追溯码等'), event('code', '内装追溯码', true, CODE_NOTE), event('quantity', '数量', false, QUANTITY_NOTE), event('uom', '单位', false, UOM_NOTE)]
    case 'TransactionEvent':
      return [event('code', '追溯码', true, CODE_NOTE), event('quantity', '数量', false, QUANTITY_NOTE), event('uom', '单位', false, UOM_NOTE), event('transaction', '交易单据号', true, '发票、销货单等单据的编号')]
    case 'ObjectEvent':
      return [event('code', '追溯码', true, CODE_NOTE), event('quantity', '数量', false, QUANTITY_NOTE), event('uom', '单位', false, UOM_NOTE)]
  }
}

function elementColumns(element: StepElement): Column[] {
  const unit = element.unit ? `（${element.unit}）` : ''
  const note = [element.en, element.format ? `格式：${element.format}` : '', element.many ? '多个值用分号 ; 分隔' : '', `依据：${element.source}`].filter(Boolean).join('；')
  const value: Column = { id: `zs:data.${element.key}`, kind: 'element', element, part: 'value', zh: `${element.zh}${unit}`, required: element.required, note }
  if (element.type !== 'quantity' || element.unit) return [value]
  return [{ ...value, zh: `${element.zh}数量` }, { id: `zs:data.${element.key}.uom`, kind: 'element', element, part: 'uom', zh: `${element.zh}单位`, required: element.required, note: UOM_NOTE }]
}

export function templateSpec(category: CategoryCode, stageCode: string, stepCode: string): TemplateSpec | undefined {
  const standard = categoryStandard(category)
  const stage = standard.stages.find((s) => s.code === stageCode)
  const step = stage?.steps.find((s) => s.code === stepCode)
  if (!stage || !step) return undefined
  const eventType = step.eventTypes?.[0] ?? 'ObjectEvent'
  const isShipping = step.bizSteps.includes('shipping')
  const columns = [
    event('eventTime', '事件时间', true, TIME_NOTE),
    event('party', '主体统一社会信用代码', false, '记录本事件的主体（本企业）；已登记的主体也可填平台主体编号'),
    ...whatColumns(eventType),
    ...(isShipping ? [event('destination', '收货方统一社会信用代码', false, '货物发往的主体')] : []),
    ...step.elements.flatMap(elementColumns),
    event('override', '核实说明', false, '只在平台提示“无法完全核验，须核实”时填写：说明已如何核实（zs:override）'),
    event('overrideBy', '核实人', false, '填写核实说明时，写核实人姓名'),
  ]
  return { category, stage, step, eventType, bizStep: bizStepSpelling(step.bizSteps[0]), needsStage: bizStepsNeedingStage(standard, stage, step).length > 0, columns }
}

/** Header text as printed: the Chinese name, `*` when required. */
export function headerOf(column: Column): string {
  return `${column.zh}${column.required ? '*' : ''}`
}
