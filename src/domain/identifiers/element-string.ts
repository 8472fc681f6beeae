/**
 * GS1 element strings (GS1 General Specifications §3, §7.8): the bracketed human-readable form
 * `(01)06901234567892(17)270315(10)A2503(21)0001`, and the scanned form: an optional symbology identifier
 * (`]C1` GS1-128, `]d2` DataMatrix, `]Q3` QR, `]e0` DataBar, `]J1` DotCode), then AI + value pairs where a
 * value that is not of predefined length ends with FNC1, transmitted as GS (\u001d). The GS1 Syntax
 * Engine's `^` notation (FNC1 written as `^`) is read too.
 */
import { aiMatches, checkAiValue, findAi, fixedLength, matchAiPrefix, maxLength, measureOf } from './gs1-ai.js'
import { formatKey, type Gs1Key } from './gs1.js'
import { prepareCode } from './normalize.js'
import { issue, result, type CodeIssue, type CodeResult } from './result.js'

export interface AiPair { ai: string; value: string }

export interface ElementString extends Gs1Key {
  attributes: AiPair[]
}

const GS = '\u001d'
const SYMBOLOGY_ID = /^\](C1|d2|Q3|e0|J1)/
/** Values may hold `(`; the bracketed form escapes it as `\(` (GS1 Syntax Engine convention). */
const BRACKETED_PAIR = /\((\d{2,4})\)((?:\\\(|[^(])*)/y

export function looksLikeElementString(text: string): boolean {
  return text.startsWith('(') || text.startsWith('^') || SYMBOLOGY_ID.test(text) || text.includes(GS)
}

/** Splits an element string into AI/value pairs without judging the values. */
export function splitElementString(input: string): { pairs: AiPair[] } | { error: CodeIssue } {
  if (input.startsWith('(')) return splitBracketed(input)
  return splitScanned(input)
}

function splitBracketed(input: string): { pairs: AiPair[] } | { error: CodeIssue } {
  const pairs: AiPair[] = []
  BRACKETED_PAIR.lastIndex = 0
  let consumed = 0
  let match: RegExpExecArray | null
  while ((match = BRACKETED_PAIR.exec(input))) {
    pairs.push({ ai: match[1], value: match[2].replace(/\\\(/g, '(') })
    consumed = BRACKETED_PAIR.lastIndex
    if (consumed === input.length) break
  }
  if (consumed !== input.length || pairs.length === 0) return { error: issue('pattern', { detail: 'bracketed element string (AI)value(AI)value…' }) }
  for (const pair of pairs) if (!findAi(pair.ai)) return { error: issue('unknown_ai', { ai: pair.ai }) }
  return { pairs }
}

function splitScanned(input: string): { pairs: AiPair[] } | { error: CodeIssue } {
  const caret = input.startsWith('^')
  let rest = input.replace(SYMBOLOGY_ID, '').replace(/^\^/, '')
  if (caret) rest = rest.replace(/\^/g, GS)
  const pairs: AiPair[] = []
  while (rest.length > 0) {
    const definition = matchAiPrefix(rest)
    if (!definition) return { error: issue('unknown_ai', { ai: rest.slice(0, 4) }) }
    rest = rest.slice(definition.ai.length)
    const fixed = fixedLength(definition)
    const end = rest.indexOf(GS)
    const length = fixed ?? (end < 0 ? rest.length : end)
    if (fixed === undefined && length > maxLength(definition)) {
      return { error: issue('ai_value', { ai: definition.ai, detail: `longer than ${maxLength(definition)} characters or a missing FNC1 separator` }) }
    }
    pairs.push({ ai: definition.ai, value: rest.slice(0, length) })
    rest = rest.slice(length)
    if (rest.startsWith(GS)) rest = rest.slice(1)
  }
  if (pairs.length === 0) return { error: issue('empty') }
  return { pairs }
}

/** Drops repeats of the same AI with the same value (allowed); repeats with other values are errors. */
export function dedupePairs(pairs: AiPair[]): { pairs: AiPair[]; errors: CodeIssue[] } {
  const seen = new Map<string, string>()
  const kept: AiPair[] = []
  const errors: CodeIssue[] = []
  for (const pair of pairs) {
    const previous = seen.get(pair.ai)
    if (previous === undefined) {
      seen.set(pair.ai, pair.value)
      kept.push(pair)
    } else if (previous !== pair.value) errors.push(issue('ai_duplicate', { ai: pair.ai }))
  }
  return { pairs: kept, errors }
}

/** Value formats and the pairing rules (`req`, `ex`) of GS1 General Specifications §4.13–4.14. */
export function checkPairs(pairs: AiPair[]): CodeIssue[] {
  const errors: CodeIssue[] = []
  const present = pairs.map((p) => p.ai)
  const has = (pattern: string) => present.some((ai) => aiMatches(pattern, ai))
  for (const { ai, value } of pairs) {
    const definition = findAi(ai)
    if (!definition) {
      errors.push(issue('unknown_ai', { ai }))
      continue
    }
    const problem = checkAiValue(definition, value)
    if (problem) errors.push(issue('ai_value', { ai, detail: problem }))
    for (const alternatives of definition.requires) {
      if (!alternatives.some((group) => group.every(has))) {
        errors.push(issue('ai_requires', { ai, detail: alternatives.map((g) => g.map((a) => `(${a})`).join('+')).join(' or ') }))
      }
    }
    for (const pattern of definition.excludes) {
      const other = present.find((p) => p !== ai && aiMatches(pattern, p))
      if (other) errors.push(issue('ai_excludes', { ai, other }))
    }
  }
  return errors
}

/**
 * The primary key and its qualifiers. The first AI that is a Digital Link primary key wins; qualifiers
 * present must all belong to one of its qualifier sequences (e.g. 22,10,21 or 235 for a GTIN).
 */
export function keyOf(pairs: AiPair[]): { key: Gs1Key; attributes: AiPair[] } | { error: CodeIssue } {
  const primary = pairs.find((p) => findAi(p.ai)?.dlQualifiers)
  if (!primary) return { error: issue('no_primary_key') }
  const sequences = findAi(primary.ai)!.dlQualifiers!
  const candidates = new Set(sequences.flat())
  const present = pairs.filter((p) => p !== primary && candidates.has(p.ai))
  const sequence = sequences.find((s) => present.every((p) => s.includes(p.ai)))
  if (!sequence) return { error: issue('dl_qualifier', { detail: `(${primary.ai}) takes qualifiers ${sequences.map((s) => s.join(',')).join(' or ')}, not a mix` }) }
  const qualifiers = sequence.flatMap((ai) => present.filter((p) => p.ai === ai))
  const attributes = pairs.filter((p) => p !== primary && !qualifiers.includes(p))
  return { key: { key: formatKey(primary.ai, primary.value, qualifiers), primary, qualifiers }, attributes }
}

export type ElementStringForm = 'brackets' | 'fnc1' | 'caret'

/**
 * Writes pairs as an element string. `fnc1`/`caret` put FNC1 (GS, or `^`) first and after every value whose
 * AI is not of predefined length, unless it is last. `predefinedFirst` moves predefined-length AIs to the
 * front, saving separators, as encoders usually do (§7.8.5).
 */
export function formatElementString(pairs: AiPair[], form: ElementStringForm = 'brackets', options: { predefinedFirst?: boolean } = {}): string {
  const predefined = (p: AiPair) => findAi(p.ai)?.predefined ?? false
  const ordered = options.predefinedFirst ? [...pairs.filter(predefined), ...pairs.filter((p) => !predefined(p))] : pairs
  if (form === 'brackets') return ordered.map((p) => `(${p.ai})${p.value.replace(/\(/g, '\\(')}`).join('')
  const separator = form === 'caret' ? '^' : GS
  const body = ordered.map((p, i) => p.ai + p.value + (i < ordered.length - 1 && !predefined(p) ? separator : '')).join('')
  return form === 'caret' ? `^${body}` : body
}

/** Element string → canonical key (trace-key.ts); `{ error }` on the first problem. */
export function parseElementString(input: string): ElementString | { error: string } {
  const split = splitElementString(input)
  if ('error' in split) return { error: split.error.message }
  const { pairs, errors } = dedupePairs(split.pairs)
  const problems = [...errors, ...checkPairs(pairs)]
  if (problems.length > 0) return { error: problems[0].message }
  const keyed = keyOf(pairs)
  if ('error' in keyed) return { error: keyed.error.message }
  return { ...keyed.key, attributes: keyed.attributes }
}

export interface ElementStringParts {
  /** Each AI with its title; trade measures (31nn–36nn) also as an exact decimal `quantity` and `uom`. */
  pairs: (AiPair & { title: string; quantity?: string; uom?: string })[]
  key: string
  primary: AiPair
  qualifiers: AiPair[]
  attributes: AiPair[]
  brackets: string
}

export function validateElementString(input: unknown): CodeResult<ElementStringParts> {
  const prepared = prepareCode(input, { compact: false, upper: false })
  if (!prepared.ok) return prepared.result
  const split = splitElementString(prepared.text)
  if ('error' in split) return result(prepared.text, {}, [split.error])
  const { pairs, errors } = dedupePairs(split.pairs)
  errors.push(...checkPairs(pairs))
  const brackets = formatElementString(pairs)
  const parts: Partial<ElementStringParts> = { pairs: pairs.map((p) => ({ ...p, title: findAi(p.ai)?.title ?? '', ...measureOf(p.ai, p.value) })), brackets }
  const keyed = keyOf(pairs)
  if ('error' in keyed) errors.push(keyed.error)
  else Object.assign(parts, { key: keyed.key.key, primary: keyed.key.primary, qualifiers: keyed.key.qualifiers, attributes: keyed.attributes })
  return result(brackets, parts, errors)
}
