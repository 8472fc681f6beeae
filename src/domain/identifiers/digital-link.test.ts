import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  digitalLinkPairs, escapeDlPathComponent, escapeDlQueryComponent, formatDigitalLink, parseDigitalLink, unescapeDl, validateDigitalLink,
} from './digital-link.js'
import { formatElementString, keyOf, splitElementString, type AiPair } from './element-string.js'
import { DL_SHORT_NAMES } from './gs1.js'
import { findAi } from './gs1-ai.js'
import { identifyCode } from './identify-code.js'

// Conformance data is read in place from the shared checkout; CI always has it.
const CONFORMANCE = fileURLToPath(new URL('../../../../shared/conformance/epcis/digital-link/', import.meta.url))
const hasConformance = existsSync(CONFORMANCE)
if (!hasConformance) process.stdout.write(`[conformance] ${CONFORMANCE} is absent: Digital Link vectors skipped\n`)
// The vector files are plain JSON, typed where they are used.
const load = (name: string): any => JSON.parse(readFileSync(CONFORMANCE + name, 'utf8'))
const LENIENT = { permitZeroSuppressedGtin: true, permitConvenienceAlphas: true }
const pairsOf = (elementString: string) => (splitElementString(elementString) as { pairs: AiPair[] }).pairs

describe('GS1 Digital Link (interop.md §4)', () => {
  it('reads the interop example and gives its element string and canonical form', () => {
    const checked = validateDigitalLink('https://id.gs1.org/01/09521234543213/10/ABC123?17=261231')
    expect(checked).toMatchObject({
      valid: true,
      parts: { key: '01/09521234543213/10/ABC123', elementString: '(01)09521234543213(10)ABC123(17)261231', canonical: 'https://id.gs1.org/01/09521234543213/10/ABC123?17=261231' },
    })
  })

  it('reads a custom host and path prefix and passes linkType through', () => {
    expect(validateDigitalLink('https://trace.example.cn/p/q/01/06901234567892/21/A1?linkType=gs1:traceability').parts).toMatchObject({
      origin: 'https://trace.example.cn', stem: '/p/q', otherParams: [['linkType', 'gs1:traceability']],
    })
  })

  it('rejects short names and unpadded GTINs by default, and only warns when the caller permits them', () => {
    expect(validateDigitalLink('https://example.cn/gtin/06901234567892').errors[0]).toMatchObject({ code: 'dl_short_name', params: { name: 'gtin', ai: '01' } })
    expect(validateDigitalLink('https://example.cn/01/6901234567892').errors[0]).toMatchObject({ code: 'dl_zero_suppressed', params: { expected: '06901234567892' } })
    const lenient = validateDigitalLink('https://example.cn/gtin/6901234567892/lot/A1', LENIENT)
    expect(lenient).toMatchObject({ valid: true, parts: { key: '01/06901234567892/10/A1' } })
    expect(lenient.warnings.map((w) => w.code)).toEqual(['dl_short_name', 'dl_short_name', 'dl_zero_suppressed'])
  })

  it('rejects qualifiers out of order, a qualifier in the query and an AI that may not be an attribute', () => {
    expect(validateDigitalLink('https://id.gs1.org/01/06901234567892/21/1/10/A').errors[0].code).toBe('dl_qualifier')
    expect(validateDigitalLink('https://id.gs1.org/01/06901234567892?10=A').errors[0].code).toBe('dl_qualifier')
    expect(validateDigitalLink('https://id.gs1.org/00/069012340000000016?21=A').errors[0]).toMatchObject({ code: 'dl_attribute', params: { ai: '21' } })
  })
})

describe.skipIf(!hasConformance)('GS1 Syntax Engine vectors (conformance/…/gs1-syntax-engine-dl-vectors.json)', () => {
  const vectors = hasConformance ? load('gs1-syntax-engine-dl-vectors.json') : { parse: [], generate: [], uriEscaping: [] }
  /** Cases left out, each with the reason; the test asserts the list so nothing is dropped silently. */
  const EXCLUDED_PARSE: Record<string, string> = {
    'HtTp://a/b/00/006141411234567890': 'RFC 3986 §3.1 makes the scheme case-insensitive; the engine accepts only http/HTTP, we accept any case',
  }
  const unknownAiCases = <T extends { flags: { permitUnknownAIs: boolean } }>(cases: T[]) => cases.filter((c) => c.flags.permitUnknownAIs)

  it('leaves out only the documented cases: engine options for unknown AIs (never permitted here) and a mixed-case scheme', () => {
    expect(unknownAiCases<{ uri: string; flags: { permitUnknownAIs: boolean } }>(vectors.parse).map((c) => c.uri)).toEqual(['https://example.com/01/09520123456788?99=XYZ&89=ABC123', 'https://example.com/01/09520123456788?99=XYZ&89=ABC123'])
    expect(unknownAiCases(vectors.generate)).toHaveLength(2)
    expect(parseDigitalLink('HtTp://a/b/00/006141411234567890').ok).toBe(true)
    expect(vectors.parse.filter((c: { uri: string }) => EXCLUDED_PARSE[c.uri])).toHaveLength(1)
  })

  it('parses all other 115 URIs as the engine does, to the same element string', () => {
    const cases = vectors.parse.filter((c: { uri: string; flags: { permitUnknownAIs: boolean } }) => !c.flags.permitUnknownAIs && !EXCLUDED_PARSE[c.uri])
    expect(cases).toHaveLength(115)
    const mismatches = cases.flatMap((c: { uri: string; shouldSucceed: boolean; expectedElementString: string | null; flags: Record<string, boolean> }) => {
      const parsed = parseDigitalLink(c.uri, { permitZeroSuppressedGtin: c.flags.permitZeroSuppressedGTINinDLuris, permitConvenienceAlphas: c.flags.permitConvenienceAlphas })
      const got = parsed.ok ? formatElementString(digitalLinkPairs(parsed.value), 'caret') : null
      return got === c.expectedElementString ? [] : [`${c.uri}: ${got} ≠ ${c.expectedElementString}`]
    })
    expect(mismatches).toEqual([])
  })

  it('generates all other 20 URIs from bracketed element strings', () => {
    const cases = vectors.generate.filter((c: { flags: { permitUnknownAIs: boolean } }) => !c.flags.permitUnknownAIs)
    expect(cases).toHaveLength(20)
    for (const c of cases) {
      const split = splitElementString(c.bracketedElementString)
      const built = 'error' in split ? undefined : formatDigitalLink(split.pairs, c.stem ?? undefined)
      expect(built?.ok ? built.uri : null, c.bracketedElementString).toBe(c.expectedUri)
    }
  })

  it('escapes and unescapes all 31 path and query components', () => {
    expect(vectors.uriEscaping).toHaveLength(31)
    for (const c of vectors.uriEscaping) {
      const [path, query] = c.fn === 'escape' ? [escapeDlPathComponent(c.input), escapeDlQueryComponent(c.input)] : [unescapeDl(c.input, 'path'), unescapeDl(c.input, 'query')]
      expect([path, query], `${c.fn} ${c.input}`).toEqual([c.expectedPathComponent, c.expectedQueryComponent])
    }
  })
})

describe.skipIf(!hasConformance)('digital-link.js vectors (conformance/…/digital-link-js-vectors.json)', () => {
  const vectors = hasConformance ? load('digital-link-js-vectors.json') : {}
  const EXCLUDED_VALIDITY: Record<string, { reason: string; ours: boolean }> = {
    'https://dlnkd.tn.gg/ARHKVAdpQg': { reason: 'compressed Digital Link: not decoded here', ours: false },
    'https://example.com/01/00000001234565/': { reason: 'trailing slash: the GS1 Syntax Engine rejects it (https://a/stem/00/…/), we follow the engine', ours: false },
    'https://example.com/8004/0801234126': { reason: 'digital-link.js wants a check digit in a GIAI, which has none (GS1 GenSpecs §3.9.8)', ours: true },
  }

  it('parses to the same identifier and qualifiers, padding GTIN-8/12/13 when permitted', () => {
    for (const c of vectors.parse) {
      const parsed = parseDigitalLink(c.uri, LENIENT)
      expect(parsed.ok, c.uri).toBe(c.isValid ?? true)
      if (!parsed.ok) continue
      expect({ [parsed.value.primary.ai]: parsed.value.primary.value }).toEqual(c.identifier)
      expect(Object.fromEntries(parsed.value.qualifiers.map((q) => [q.ai, q.value]))).toEqual(c.keyQualifiers ?? {})
      const attributes = Object.fromEntries([...parsed.value.attributes.map((a) => [a.ai, a.value]), ...parsed.value.otherParams.filter(([n]) => n !== 'linkType')])
      expect(attributes).toEqual(c.attributes ?? {})
      expect(parsed.value.otherParams.find(([n]) => n === 'linkType')?.[1]).toBe(c.linkType)
    }
  })

  it('judges validity as digital-link.js does, apart from three documented cases', () => {
    for (const c of vectors.validity) {
      const excluded = EXCLUDED_VALIDITY[c.uri]
      expect(parseDigitalLink(c.uri).ok, c.uri).toBe(excluded ? excluded.ours : c.isValid)
    }
    expect(vectors.validity.filter((c: { uri: string }) => EXCLUDED_VALIDITY[c.uri])).toHaveLength(3)
  })

  it('serialises to the same web URI (compressed URIs excluded) and sorts qualifiers into a valid link', () => {
    const [full, fromUri] = vectors.serialize
    const pairs = [...Object.entries(full.input.identifier), ...full.input.keyQualifiersOrder.map((ai: string) => [ai, full.input.keyQualifiers[ai]])]
      .map(([ai, value]) => ({ ai, value: value as string }))
    const numeric = Object.entries(full.input.attributes as Record<string, string>).filter(([ai]) => /^\d+$/.test(ai))
    const other = Object.entries(full.input.attributes as Record<string, string>).filter(([ai]) => !/^\d+$/.test(ai))
    const built = formatDigitalLink([...pairs, ...numeric.map(([ai, value]) => ({ ai, value }))], full.input.domain, [...other, ['linkType', full.input.linkType]])
    expect(built).toEqual({ ok: true, uri: full.expectedWebUri })
    const parsed = parseDigitalLink(fromUri.input.uri, LENIENT)
    expect(parsed.ok && formatDigitalLink(digitalLinkPairs(parsed.value), parsed.value.origin, [['linkType', fromUri.input.setLinkType]])).toEqual({ ok: true, uri: fromUri.expectedWebUri })
    const unsorted = vectors.sortedKeyQualifiers[0].uri.split('/').slice(3)
    const sorted = formatDigitalLink([0, 2, 4].map((i) => ({ ai: unsorted[i], value: unsorted[i + 1] })), 'https://example.com')
    expect(sorted.ok && parseDigitalLink(sorted.uri).ok).toBe(vectors.sortedKeyQualifiers[0].afterSortValid)
  })

  it('recognises a compressed URI only as a warning; compression itself is out of scope', () => {
    expect(vectors.compression).toHaveLength(5)
    for (const c of vectors.isCompressed) expect(identifyCode(c.uri).warnings.some((w) => w.code === 'dl_compressed'), c.uri).toBe(c.expected)
  })
})

describe.skipIf(!hasConformance)('GS1 Digital Link Toolkit README vectors (conformance/…/gs1-dl-toolkit-readme-vectors.json)', () => {
  const vectors = hasConformance ? load('gs1-dl-toolkit-readme-vectors.json') : {}
  const toMap = (pairs: AiPair[]) => Object.fromEntries(pairs.map((p) => [p.ai, p.value]))

  it('converts element strings to a Digital Link (the short-name output is excluded: short names are never written)', () => {
    const [shortText, plain] = vectors.elementStringsToDigitalLink
    expect(shortText.useShortText).toBe(true)
    expect(formatDigitalLink(pairsOf(plain.elementStrings))).toEqual({ ok: true, uri: plain.expected })
    expect(vectors.buildDigitalLink.every((c: { useShortText: boolean }) => c.useShortText)).toBe(true)
  })

  it('converts a Digital Link with short names to element strings, brackets and FNC1 (predefined-length AIs first)', () => {
    const [brackets, fnc1] = vectors.digitalLinkToElementStrings
    const parsed = parseDigitalLink(brackets.uri, LENIENT)
    if (!parsed.ok) throw new Error('the toolkit example must parse')
    expect(formatElementString(digitalLinkPairs(parsed.value))).toBe(brackets.expected)
    expect(formatElementString(digitalLinkPairs(parsed.value), 'fnc1', { predefinedFirst: true })).toBe(fnc1.expected)
    expect(toMap(digitalLinkPairs(parsed.value))).toEqual(vectors.extractFromDigitalLink[0].expected)
  })

  it('extracts and builds element strings', () => {
    expect(toMap(pairsOf(vectors.extractFromElementStrings[0].elementStrings))).toEqual(vectors.extractFromElementStrings[0].expected)
    const build = vectors.buildElementStrings[0]
    const keyed = keyOf(Object.entries(build.ais as Record<string, string>).map(([ai, value]) => ({ ai, value })))
    if ('error' in keyed) throw new Error('the toolkit example has a key')
    expect(formatElementString([keyed.key.primary, ...keyed.key.qualifiers, ...keyed.attributes])).toBe(build.expected)
  })

  it('knows the same short names and qualifiers (7040 for 414 postdates the toolkit)', () => {
    for (const [ai, name] of Object.entries(vectors.aiShortCode as Record<string, string>)) expect(DL_SHORT_NAMES[name], name).toBe(ai)
    for (const [ai, qualifiers] of Object.entries(vectors.aiQualifiers as Record<string, string[]>)) {
      expect(findAi(ai)?.dlQualifiers?.flat(), ai).toEqual(expect.arrayContaining(qualifiers))
    }
  })
})
