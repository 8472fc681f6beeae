/**
 * Impact (召回影响范围): kept here for the callers that found it here; the service lives in services/impact/.
 */
export { assessImpact } from '../impact/assess.js'
export { countBy } from '../impact/summary.js'
export type { ImpactHolder, ImpactResult, ImpactUnit } from '../impact/model.js'
export { partyView } from './load-trace.js'
