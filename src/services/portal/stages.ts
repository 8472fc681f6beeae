/**
 * Which stages of its categories' data standard an enterprise works in, from its kind: a farm records
 * production and leaving the farm, a slaughterhouse the slaughter stage, a market the retail stage. The
 * portal offers the steps of these stages first (every other step of the category stays available), and a
 * receipt accepted from the portal names its stage (`zs:stage`) when the category needs one.
 */
import type { CategoryCode } from '../../domain/categories.js'
import type { Party, PartyKind } from '../../domain/master-data.js'
import { STANDARD } from '../../domain/standards/standard.js'
import type { Stage, Step } from '../../domain/standards/types.js'

const RETAIL = ['retail', 'distribution', 'use']
const STAGES_BY_KIND: Partial<Record<PartyKind, readonly string[]>> = {
  farm: ['production', 'leaving_farm', 'use'],
  slaughterhouse: ['slaughter'],
  processor: ['intake', 'production', 'release', 'smelting_separation'],
  manufacturer: ['intake', 'production', 'release', 'mah', 'pesticide', 'vet_drug', 'seed', 'feed', 'elevator_manufacture', 'cylinder_manufacture', 'overseas_producer'],
  wholesaler: ['wholesale', 'distribution', 'circulation', 'sale', 'importer'],
  wholesale_market: ['wholesale', 'distribution'],
  market: RETAIL, supermarket: RETAIL, retailer: RETAIL, canteen: RETAIL, school_canteen: RETAIL, ecommerce: RETAIL,
  pharmacy: ['use', 'wholesale'], hospital: ['use'],
  distributor: ['distribution', 'wholesale', 'circulation', 'sale', 'pesticide', 'vet_drug', 'seed', 'feed'],
  importer: ['importer', 'port_entry'],
  logistics: ['transport', 'storage'],
  filling_station: ['cylinder_pre_fill', 'cylinder_filling', 'cylinder_scrapping'],
  maintainer: ['elevator_maintenance', 'elevator_inspection', 'elevator_installation', 'elevator_scrapping'],
  user: ['use', 'storage', 'destruction'],
  mine: ['mining'], smelter: ['smelting_separation', 'production'], lab: [], other: [],
}

export interface PartyStages {
  category: CategoryCode
  /** The stages this party works in, in the standard's order; every stage of the category when its kind says nothing. */
  stages: string[]
}

export function stagesOf(party: Pick<Party, 'kind' | 'categories'>): PartyStages[] {
  return party.categories.map((category) => {
    const all = STANDARD[category].stages.map((stage) => stage.code)
    const wanted = STAGES_BY_KIND[party.kind] ?? []
    const mine = all.filter((code) => wanted.includes(code))
    return { category, stages: mine.length > 0 ? mine : all }
  })
}

/** The step of the party's stages in a category that covers a bizStep (e.g. receiving → 屠宰·进厂查验). */
export function stepFor(party: Pick<Party, 'kind' | 'categories'>, category: CategoryCode, bizStep: string): { stage: Stage; step: Step } | undefined {
  const codes = stagesOf({ ...party, categories: [category] })[0].stages
  for (const stage of STANDARD[category].stages) {
    if (!codes.includes(stage.code)) continue
    const step = stage.steps.find((s) => s.bizSteps.includes(bizStep))
    if (step) return { stage, step }
  }
  return undefined
}
