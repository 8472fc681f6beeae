/** The roots of an assessment: every code parsed and looked up in one query; the first bad one is named by its field. */
import { ZhuisuError } from '../../domain/errors.js'
import { parseTraceCode } from '../../domain/identifiers/trace-key.js'
import type { TraceUnit } from '../../domain/master-data.js'
import type { Repositories } from '../../storage/store.js'

export const MAX_IMPACT_CODES = 100

export async function resolveCodes(repos: Repositories, codes: string[], fieldOf: (index: number) => string): Promise<TraceUnit[]> {
  if (codes.length === 0 || codes.length > MAX_IMPACT_CODES) throw new ZhuisuError('invalid_request', '/codes', { min: 1, max: MAX_IMPACT_CODES })
  const keys = codes.map((code, i) => {
    const parsed = parseTraceCode(code)
    if (!parsed.ok) throw new ZhuisuError('code_invalid', fieldOf(i), { reason: parsed.reason })
    return parsed.value.key
  })
  const found = new Map((await repos.units.findByKeys([...new Set(keys)])).map((u) => [u.key, u]))
  return keys.map((key, i) => {
    const unit = found.get(key)
    if (!unit) throw new ZhuisuError('code_not_found', fieldOf(i), { code: codes[i] })
    return unit
  })
}
