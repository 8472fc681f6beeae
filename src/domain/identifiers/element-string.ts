/**
 * GS1 element strings in the bracketed human-readable form `(01)06901234567892(17)270315(10)A2503`
 * or the scanned form with FNC1 (`]C1`/`]d2` symbology prefix, GS = \u001d between variable fields).
 */
import { formatKey, normalizeGtin, isValidSscc, isGs1Text, DL_PRIMARY_KEYS, type Gs1Key } from './gs1.js'

interface AiRule { fixed?: number; max?: number; numeric?: boolean }
/** The AIs the platform reads; others are rejected as unknown (cn-identifiers.md §8). */
const AI_RULES: Record<string, AiRule> = {
  '00': { fixed: 18, numeric: true },
  '01': { fixed: 14, numeric: true },
  '02': { fixed: 14, numeric: true },
  '10': { max: 20 },
  '11': { fixed: 6, numeric: true },
  '13': { fixed: 6, numeric: true },
  '15': { fixed: 6, numeric: true },
  '17': { fixed: 6, numeric: true },
  '21': { max: 20 },
  '22': { max: 20 },
  '37': { max: 8, numeric: true },
  '254': { max: 20 },
  '414': { fixed: 13, numeric: true },
  '8003': { max: 30 },
  '8004': { max: 30 },
}
/** 31xx–36xx trade measures: 4-digit AI (last digit = decimal places) + 6 digits. */
const MEASURE_AI = /^3[1-6]\d\d$/

export interface ElementString extends Gs1Key {
  attributes: { ai: string; value: string }[]
}

export function parseElementString(input: string): ElementString | { error: string } {
  const pairs = input.startsWith('(') ? splitBracketed(input) : splitScanned(input)
  if ('error' in pairs) return pairs
  for (const { ai, value } of pairs) {
    const rule = MEASURE_AI.test(ai) ? { fixed: 6, numeric: true } : AI_RULES[ai]
    if (!rule) return { error: `unknown AI (${ai})` }
    if (rule.fixed !== undefined && value.length !== rule.fixed) return { error: `AI (${ai}) needs ${rule.fixed} characters` }
    if (rule.max !== undefined && !isGs1Text(value, rule.max)) return { error: `AI (${ai}) needs 1–${rule.max} GS1 characters` }
    if (rule.numeric && !/^\d+$/.test(value)) return { error: `AI (${ai}) must be numeric` }
    if (['11', '13', '15', '17'].includes(ai) && !isYymmdd(value)) return { error: `AI (${ai}) is not a valid YYMMDD date` }
  }
  const primary = pairs.find((p) => DL_PRIMARY_KEYS[p.ai])
  if (!primary) return { error: 'no primary key AI such as (01) or (00)' }
  if (primary.ai === '01' && !normalizeGtin(primary.value)) return { error: 'AI (01) GTIN check digit is wrong' }
  if (primary.ai === '00' && !isValidSscc(primary.value)) return { error: 'AI (00) SSCC check digit is wrong' }
  const order = DL_PRIMARY_KEYS[primary.ai]
  const qualifiers = order.flatMap((ai) => pairs.filter((p) => p.ai === ai))
  const attributes = pairs.filter((p) => p !== primary && !order.includes(p.ai))
  return { key: formatKey(primary.ai, primary.value, qualifiers), primary, qualifiers, attributes }
}

function splitBracketed(input: string): { ai: string; value: string }[] | { error: string } {
  const pairs: { ai: string; value: string }[] = []
  const pattern = /\((\d{2,4})\)([^()]*)/gy
  let match: RegExpExecArray | null
  let consumed = 0
  while ((match = pattern.exec(input))) {
    pairs.push({ ai: match[1], value: match[2] })
    consumed = pattern.lastIndex
  }
  if (consumed !== input.length || pairs.length === 0) return { error: 'malformed bracketed element string' }
  return pairs
}

function splitScanned(input: string): { ai: string; value: string }[] | { error: string } {
  let rest = input.replace(/^\](C1|d2|Q3|e0)/, '')
  const pairs: { ai: string; value: string }[] = []
  while (rest.length > 0) {
    const ai = [2, 3, 4].map((n) => rest.slice(0, n)).find((candidate) => AI_RULES[candidate] || MEASURE_AI.test(candidate))
    if (!ai) return { error: `unknown AI at ${rest.slice(0, 4)}` }
    const rule = MEASURE_AI.test(ai) ? { fixed: 6 } : AI_RULES[ai]
    rest = rest.slice(ai.length)
    if (rule.fixed !== undefined) {
      pairs.push({ ai, value: rest.slice(0, rule.fixed) })
      rest = rest.slice(rule.fixed).replace(/^\u001d/, '')
    } else {
      const end = rest.indexOf('\u001d')
      pairs.push({ ai, value: end < 0 ? rest : rest.slice(0, end) })
      rest = end < 0 ? '' : rest.slice(end + 1)
    }
  }
  return pairs
}

function isYymmdd(value: string): boolean {
  const month = Number(value.slice(2, 4))
  const day = Number(value.slice(4, 6))
  // Day 00 means the end of the month (GS1 General Specifications §3.4.2).
  return month >= 1 && month <= 12 && day >= 0 && day <= 31
}
