/**
 * Hostile and sloppy input for every validator: nothing throws, every refusal says why, and full-width
 * characters, lower case and surrounding spaces are normalised rather than rejected.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitalLinkToEpcUrn, epcUrnToDigitalLink, toConstrainedCanonicalDigitalLink } from './epc-digital-link.js'
import { parseDigitalLink } from './digital-link.js'
import { parseElementString } from './element-string.js'
import { maskIdCard } from './id-card.js'
import { identifyCode, SCHEME_VALIDATORS } from './identify-code.js'
import { parsePlatformCode } from './platform-code.js'
import { CODE_ISSUES, type CodeResult } from './result.js'
import { parseTraceCode } from './trace-key.js'

const VALIDATORS: [string, (input: unknown) => CodeResult<object>][] = [...Object.entries(SCHEME_VALIDATORS), ['identifyCode', identifyCode]]
/** Functions of the library that take raw text but answer in another shape. */
const OTHER_READERS: [string, (input: string) => unknown][] = [
  ['parseTraceCode', parseTraceCode], ['parseElementString', parseElementString], ['parseDigitalLink', (s) => parseDigitalLink(s)],
  ['epcUrnToDigitalLink', (s) => epcUrnToDigitalLink(s)], ['digitalLinkToEpcUrn', (s) => digitalLinkToEpcUrn(s, { companyPrefixLength: 7 })],
  ['toConstrainedCanonicalDigitalLink', toConstrainedCanonicalDigitalLink], ['maskIdCard', maskIdCard], ['parsePlatformCode', parsePlatformCode],
]

const NASTY = [
  '', ' ', '\t\n', '0'.repeat(10_240), 'A'.repeat(10_240), '(01)'.repeat(2_600), 'https://a/' + '01/'.repeat(3_000), '\u0000', 'abc\u0007def',
  '\u001d\u001d', '\u007f', '\u0085', '\u200b', '\ufeff６９０１２３４５６７８９２', 'ｚｓ４４１４００ａｌ', 'العربية ٦٩٠١٢٣٤٥٦٧٨٩٢', '追溯码：六九〇一二三', '😀'.repeat(50),
  '\ud800', 'urn:epc:id:sgtin:', 'urn:epc:id:sgtin:....', 'https://', 'https://[::1', '%', '%%', '%zz', '((01)', '(01', ')(', ']d2', '^', '^^', 'MA.', 'SC',
  '国药准字', '梯', '梯11宁A00001(', '-', '--', '1-2-3', '\r\n\r\n\r\n\r\n', 'a\nb\nc\nd\ne',
]
const NON_STRINGS: unknown[] = [undefined, null, 42, 0, Number.NaN, {}, [], ['6901234567892'], true, Symbol('x'), () => '6901234567892']

function expectWellFormed(name: string, outcome: CodeResult<object>): void {
  expect(typeof outcome.valid, name).toBe('boolean')
  expect(typeof outcome.normalized, name).toBe('string')
  expect(outcome.normalized.length, name).toBeLessThanOrEqual(2048)
  if (!outcome.valid) expect(outcome.errors.length, name).toBeGreaterThan(0)
  for (const found of [...outcome.errors, ...outcome.warnings]) {
    expect(Object.keys(CODE_ISSUES), name).toContain(found.code)
    expect(typeof found.message, name).toBe('string')
  }
}

describe('fuzzing every validator', () => {
  it.each(VALIDATORS)('%s never throws on nasty strings or non-strings, and explains every refusal', (name, validate) => {
    for (const input of [...NASTY, ...NON_STRINGS]) expectWellFormed(`${name}(${String(input).slice(0, 20)})`, validate(input))
  })

  it.each(VALIDATORS)('%s never throws on generated text of any script', (name, validate) => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: fc.constantFrom(...'0123456789ABXZaz()^-./%?&=: \u001d\u3000０９'), maxLength: 60 }))
    fc.assert(fc.property(text, (input) => {
      expectWellFormed(name, validate(input))
    }), { numRuns: 200 })
  })

  it.each(OTHER_READERS)('%s never throws', (_, read) => {
    for (const input of NASTY) expect(() => read(input)).not.toThrow()
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
      expect(() => read(input)).not.toThrow()
    }), { numRuns: 200 })
  })
})

/** One valid code per scheme that has letters or digits to widen. */
const VALID: [scheme: keyof typeof SCHEME_VALIDATORS, code: string][] = [
  ['uscc', '91350100M000100Y43'], ['organisation_code', 'M000100Y-4'], ['id_card', '11010519491231002X'], ['region', '110108'], ['gtin', '6901234567892'],
  ['gln', '6901234000016'], ['sscc', '069012340000000016'], ['gs1_element_string', '(01)06901234567892(10)A2503'], ['platform', 'ZS441400AL00000012KS'],
  ['drug_code', '81000001234567890123'], ['meat_node', '440900001'], ['meat_operator', '4409000010001'], ['meat_trace', '44090000125031500042'],
  ['pesticide', '11812341001384756102938475610293'], ['vet_drug', '201903151234598765432101'], ['equipment_code', '215010123201900001'],
  ['equipment_registration', '31106401052014080025'], ['equipment_use_certificate', '梯11宁A00001(17)'], ['detonator', '5360315A00001'],
  ['livestock_tag', '144090000001234'], ['cas', '7664-93-9'], ['sc_licence', 'SC10644010600011'],
]
const toFullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
/** GS1 lot and serial values are case-sensitive (set 82 has both cases), so lower case is another code there. */
const CASE_SENSITIVE = new Set(['gs1_element_string'])

describe('normalisation instead of rejection', () => {
  it.each(VALID)('%s: full-width, lower case and surrounding spaces give the same answer', (scheme, code) => {
    const validate = SCHEME_VALIDATORS[scheme] as (input: unknown) => CodeResult<object>
    const clean = validate(code)
    expect(clean.valid).toBe(true)
    const lower = CASE_SENSITIVE.has(scheme) ? code : code.toLowerCase()
    for (const variant of [` ${code} `, `\u3000${toFullWidth(code)}\u3000`, `\t${lower}\n`, toFullWidth(lower)]) {
      expect({ valid: validate(variant).valid, normalized: validate(variant).normalized }, JSON.stringify(variant)).toEqual({ valid: true, normalized: clean.normalized })
    }
    expect(identifyCode(` ${toFullWidth(code)} `).scheme).toBe(identifyCode(code).scheme)
  })
})
