/** CBV 2.0 vocabularies (from the GS1 EPCIS 2.0 JSON schemas) and the CBV URI prefixes that map to bare words. */
export const EVENT_TYPES = ['ObjectEvent', 'AggregationEvent', 'TransactionEvent', 'TransformationEvent', 'AssociationEvent'] as const
export type EventType = (typeof EVENT_TYPES)[number]

export const ACTIONS = ['ADD', 'OBSERVE', 'DELETE'] as const
export type Action = (typeof ACTIONS)[number]

export const BIZ_STEPS = [
  'accepting', 'arriving', 'assembling', 'collecting', 'commissioning', 'consigning', 'creating_class_instance',
  'cycle_counting', 'decommissioning', 'departing', 'destroying', 'disassembling', 'dispensing', 'encoding',
  'entering_exiting', 'holding', 'inspecting', 'installing', 'killing', 'loading', 'other', 'packing', 'picking',
  'receiving', 'removing', 'repackaging', 'repairing', 'replacing', 'reserving', 'retail_selling', 'shipping',
  'staging_outbound', 'stock_taking', 'stocking', 'storing', 'transporting', 'unloading', 'unpacking',
  'void_shipping', 'sensor_reporting', 'sampling',
] as const

export const DISPOSITIONS = [
  'active', 'container_closed', 'damaged', 'destroyed', 'dispensed', 'disposed', 'encoded', 'expired', 'in_progress',
  'in_transit', 'inactive', 'no_pedigree_match', 'non_sellable_other', 'partially_dispensed', 'recalled', 'reserved',
  'retail_sold', 'returned', 'sellable_accessible', 'sellable_not_accessible', 'stolen', 'unknown', 'available',
  'completeness_verified', 'completeness_inferred', 'conformant', 'container_open', 'mismatch_instance',
  'mismatch_class', 'mismatch_quantity', 'needs_replacement', 'non_conformant', 'unavailable',
] as const

const BIZ_STEP_PREFIXES = ['urn:epcglobal:cbv:bizstep:', 'https://ref.gs1.org/cbv/BizStep-', 'https://gs1.org/voc/BizStep-']
const DISPOSITION_PREFIXES = ['urn:epcglobal:cbv:disp:', 'https://ref.gs1.org/cbv/Disp-', 'https://gs1.org/voc/Disp-']

/** The platform's own business steps for Chinese lifecycle steps CBV lacks (interop.md: custom bizStep URIs). */
export const ZHUISU_BIZ_STEP_PREFIX = 'https://zhuisu.org/voc/BizStep-'
export const ZHUISU_BIZ_STEPS = ['harvesting', 'slaughtering', 'processing', 'filling', 'maintaining', 'using', 'quarantining'] as const

const bizStepSet = new Set<string>(BIZ_STEPS)
const dispositionSet = new Set<string>(DISPOSITIONS)

/** Returns the bare CBV word, the custom URI as given, or undefined when the value is not acceptable. */
export function normalizeBizStep(value: string): string | undefined {
  return normalizeVocabulary(value, bizStepSet, BIZ_STEP_PREFIXES)
}

export function normalizeDisposition(value: string): string | undefined {
  return normalizeVocabulary(value, dispositionSet, DISPOSITION_PREFIXES)
}

function normalizeVocabulary(value: string, words: Set<string>, prefixes: string[]): string | undefined {
  if (words.has(value)) return value
  for (const prefix of prefixes) {
    if (value.startsWith(prefix)) {
      const word = value.slice(prefix.length)
      return words.has(word) ? word : undefined
    }
  }
  // Any other absolute URI is a custom value (EPCIS 2.0 §7); a bare word outside CBV is not.
  return isAbsoluteUri(value) ? value : undefined
}

export function isAbsoluteUri(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/.test(value)
}

/** A bizStep as written by the platform's own forms: a CBV word, or `zs:harvesting` style short forms. */
export function bizStepWord(bizStep: string | undefined): string | undefined {
  if (!bizStep) return undefined
  if (bizStep.startsWith(ZHUISU_BIZ_STEP_PREFIX)) return bizStep.slice(ZHUISU_BIZ_STEP_PREFIX.length)
  return bizStep
}
