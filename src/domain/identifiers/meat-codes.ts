/**
 * 肉菜流通追溯 codes (SB/T 10680-2012). The standard's body was not available; the layouts below come from
 * the pilot-city systems (cn-identifiers.md §4, [secondary]):
 *
 *   节点编码  440900 001                  6-digit GB/T 2260 area + 3-digit node serial (9)
 *   经营者编码 440900001 0001              node + 4-digit operator serial (13); `0000` = the node itself
 *   追溯码    440900001 250315 00042       node + yyMMdd + 5-digit daily serial (20), printed on receipts
 *
 * None has a check digit. Policy: a wrong length or a non-digit is rejected; an area that is not in the
 * current region data, or a trace code whose middle is not a date, is only warned about, since other
 * cities lay the 20 digits out differently.
 */
import { findRegion } from '../regions.js'
import { isYymmddIn2000s } from './calendar.js'
import { prepareCode } from './normalize.js'
import { invalid, issue, result, type CodeIssue, type CodeResult } from './result.js'

export const MEAT_NODE_LENGTH = 9
export const MEAT_OPERATOR_LENGTH = 13
export const MEAT_TRACE_LENGTH = 20
/** Node-type digits some pilot cities use [secondary]: shown, never enforced. */
export const MEAT_NODE_TYPES: Record<string, string> = { '1': '屠宰企业', '2': '批发市场', '3': '菜市场', '4': '超市', '5': '团体消费单位', '6': '其他' }

export interface MeatNodeParts { areaCode: string; areaName: string; nodeSerial: string }
export interface MeatOperatorParts extends MeatNodeParts { nodeCode: string; operatorSerial: string; isNodeItself: boolean }
export interface MeatTraceParts extends MeatNodeParts { nodeCode: string; date: string; dailySerial: string }

function digitsOfLength(input: unknown, length: number): { code: string; failed?: CodeResult<never> } {
  const prepared = prepareCode(input)
  if (!prepared.ok) return { code: '', failed: prepared.result }
  const code = prepared.text
  if (!/^\d+$/.test(code)) return { code, failed: invalid(code, issue('charset', { detail: 'digits only' })) }
  if (code.length !== length) return { code, failed: invalid(code, issue('length', { expected: length, actual: code.length })) }
  return { code }
}

function node(code: string): { parts: MeatNodeParts; warnings: CodeIssue[] } {
  const areaCode = code.slice(0, 6)
  const region = findRegion(areaCode)
  return {
    parts: { areaCode, areaName: region?.fullName ?? '', nodeSerial: code.slice(6, 9) },
    warnings: region ? [] : [issue('region_unknown_or_retired', { code: areaCode })],
  }
}

export function validateMeatNodeCode(input: unknown): CodeResult<MeatNodeParts> {
  const { code, failed } = digitsOfLength(input, MEAT_NODE_LENGTH)
  if (failed) return failed
  const { parts, warnings } = node(code)
  return result(code, parts, [], warnings)
}

export function validateMeatOperatorCode(input: unknown): CodeResult<MeatOperatorParts> {
  const { code, failed } = digitsOfLength(input, MEAT_OPERATOR_LENGTH)
  if (failed) return failed
  const { parts, warnings } = node(code)
  const operatorSerial = code.slice(9, 13)
  return result(code, { ...parts, nodeCode: code.slice(0, 9), operatorSerial, isNodeItself: operatorSerial === '0000' }, [], warnings)
}

export function validateMeatTraceCode(input: unknown): CodeResult<MeatTraceParts> {
  const { code, failed } = digitsOfLength(input, MEAT_TRACE_LENGTH)
  if (failed) return failed
  const { parts, warnings } = node(code)
  const yymmdd = code.slice(9, 15)
  if (!isYymmddIn2000s(yymmdd)) warnings.push(issue('content_suspect', { detail: `positions 10–15 (${yymmdd}) are not a yyMMdd date` }))
  const date = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`
  return result(code, { ...parts, nodeCode: code.slice(0, 9), date, dailySerial: code.slice(15, 20) }, [], warnings)
}

/** The pilot-city receipt code for a node, a sale date (`YYYY-MM-DD`) and a daily serial. */
export function formatMeatTraceCode(nodeCode: string, saleDate: string, dailySerial: number): string {
  return `${nodeCode}${saleDate.slice(2, 4)}${saleDate.slice(5, 7)}${saleDate.slice(8, 10)}${String(dailySerial).padStart(5, '0')}`
}
