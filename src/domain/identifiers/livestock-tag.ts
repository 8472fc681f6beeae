/**
 * 畜禽标识 (livestock ear tag, 《畜禽标识和养殖档案管理办法》 农业部令第67号, 2006): 15 digits = species
 * (1 pig, 2 cattle, 3 sheep/goat) + 6-digit GB/T 2260 county + 8-digit serial. One per animal, never
 * reused; there is no check digit. A species outside 1–3 is rejected; an unknown county is a warning.
 */
import { findRegion } from '../regions.js'
import { prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeIssue, type CodeResult } from './result.js'

export const LIVESTOCK_TAG_LENGTH = 15
const SPECIES: Record<string, string> = { '1': '猪', '2': '牛', '3': '羊' }

export interface LivestockTagParts { species: string; speciesName: string; countyCode: string; countyName: string; serial: string }

export function validateLivestockTag(input: unknown): CodeResult<LivestockTagParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  if (!/^\d+$/.test(code)) return invalid(code, issue('charset', { detail: 'digits only' }))
  if (code.length !== LIVESTOCK_TAG_LENGTH) return invalid(code, issue('length', { expected: LIVESTOCK_TAG_LENGTH, actual: code.length }))
  const errors: CodeIssue[] = SPECIES[code[0]] ? [] : [issue('field_value', { field: 'position 1 (species)', value: code[0], allowed: '1 猪, 2 牛, 3 羊' })]
  const countyCode = code.slice(1, 7)
  const county = findRegion(countyCode)
  const warnings = county ? [] : [issue('region_unknown_or_retired', { code: countyCode })]
  return result(code, { species: code[0], speciesName: SPECIES[code[0]] ?? '', countyCode, countyName: county?.fullName ?? '', serial: code.slice(7) }, errors, warnings)
}
