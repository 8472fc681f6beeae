/**
 * 食品生产许可证编号 (《食品生产许可管理办法》 2015, 第二十九条): `SC` + 14 digits = 3 food category + 2 province
 * + 2 city + 2 county + 4 serial + 1 check. The check algorithm has not been published (cn-identifiers.md §7),
 * so only the layout is checked and every code carries the warning `check_not_public`.
 */
import { findRegion } from '../regions.js'
import { prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeIssue, type CodeResult } from './result.js'

export const SC_LICENCE_LENGTH = 16 // SC + 14 digits

/** First category digit: 1 食品, 2 食品添加剂 (《食品生产许可分类目录》). */
const KINDS: Record<string, string> = { '1': '食品', '2': '食品添加剂' }

export interface ScLicenceParts { categoryCode: string; kind: string; regionCode: string; regionName: string; serial: string; checkDigit: string }

export function validateScLicence(input: unknown): CodeResult<ScLicenceParts> {
  const prepared = prepareCode(input)
  if (!prepared.ok) return prepared.result
  const code = prepared.text
  if (!code.startsWith('SC')) return invalid(code, issue('pattern', { detail: 'SC + 14 digits' }))
  if (!/^SC\d*$/.test(code)) return invalid(code, issue('charset', { detail: 'SC then digits only' }))
  if (code.length !== SC_LICENCE_LENGTH) return invalid(code, issue('length', { expected: SC_LICENCE_LENGTH, actual: code.length }))
  const regionCode = code.slice(5, 11)
  const region = findRegion(regionCode)
  const warnings: CodeIssue[] = [issue('check_not_public')]
  if (!KINDS[code[2]]) warnings.push(issue('content_suspect', { detail: `category ${code.slice(2, 5)} starts with neither 1 (食品) nor 2 (食品添加剂)` }))
  if (!region) warnings.push(issue('region_unknown_or_retired', { code: regionCode }))
  return result(code, {
    categoryCode: code.slice(2, 5), kind: KINDS[code[2]] ?? '', regionCode, regionName: region?.fullName ?? '', serial: code.slice(11, 15), checkDigit: code[15],
  }, [], warnings)
}
