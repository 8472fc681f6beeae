/**
 * The shape of the per-category data standard (统一标准): category → lifecycle stages → business steps →
 * data elements. The standard itself lives in the category files beside this one; JSON Schema, the
 * capture check and `GET /api/v1/standards` are all generated from it, never copied by hand.
 */
import type { CategoryCode } from '../categories.js'
import type { EventType } from '../events/vocabulary.js'
import type { FormatName, OnInvalid } from './formats.js'

/**
 * `datetime` joins the six basic types because some records hold several instants besides the event
 * time (e.g. an elevator rescue: trapped, alarm, arrival, release — TSG T5002).
 */
export type ElementType = 'string' | 'number' | 'date' | 'datetime' | 'code' | 'quantity' | 'boolean'

/**
 * public: may appear on the consumer query page; confidential: trade data shown to the parties and
 * regulators only; personal: a natural person's data (name, ID number, phone), masked everywhere else.
 */
export type Confidentiality = 'public' | 'confidential' | 'personal'

/**
 * What a value that breaks its rule does to the event (cn-identifiers.md, failure policy):
 * reject → 422 with the field pointer; warn → accepted only with an explicit `zs:override`, and the
 * override is stored with the event as a `standard_warning` finding.
 */
// Defined beside the formats, which need it, so that formats.ts does not import this file (no cycle).
export type { OnInvalid } from './formats.js'

export interface CodeListEntry {
  value: string
  zh: string
  en: string
}

export interface DataElement {
  /** camelCase English key inside the event's `zs:data` object. */
  key: string
  zh: string
  en: string
  type: ElementType
  /** A named identifier format checked by the platform (see formats.ts), for `string` elements. */
  format?: FormatName
  /** UN/CEFACT Rec. 20 unit: the unit a `number` is expressed in, or the unit a `quantity` must carry. */
  unit?: string
  codeList?: readonly CodeListEntry[]
  /** The value is an array of values of `type` (ear tags, input lists). */
  many?: boolean
  minimum?: number
  /** Whole numbers only (head counts, money in fen). */
  integer?: boolean
  maxLength?: number
  confidentiality: Confidentiality
  onInvalid: OnInvalid
  /** The law, regulation or standard clause (categories.md) that asks for the element. */
  source: string
}

export interface StepElement extends DataElement {
  required: boolean
}

/** One business step: the events it covers are those with one of `bizSteps` (and, if given, `eventTypes`). */
export interface Step {
  code: string
  zh: string
  en: string
  /** CBV words (`shipping`) or the platform's own steps (`slaughtering` for `https://zhuisu.org/voc/BizStep-slaughtering`). */
  bizSteps: readonly string[]
  eventTypes?: readonly EventType[]
  elements: readonly StepElement[]
  source: string
}

export interface Stage {
  /** Unique within the category; an event names it in `zs:stage` when its bizStep occurs in several stages. */
  code: string
  zh: string
  en: string
  steps: readonly Step[]
}

export interface CategoryStandard {
  category: CategoryCode
  source: string
  stages: readonly Stage[]
}
