import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDigitalLink } from './digital-link.js'
import {
  chinaCompanyPrefixLength, digitalLinkToEpcUrn, EPC_SCHEMES, epcUrnToDigitalLink, toConstrainedCanonicalDigitalLink, validateEpcUrn,
} from './epc-digital-link.js'

// Conformance data is read in place from the shared checkout; CI always has it.
const CONFORMANCE = fileURLToPath(new URL('../../../../shared/conformance/epcis/digital-link/', import.meta.url))
const hasConformance = existsSync(CONFORMANCE)
if (!hasConformance) process.stdout.write(`[conformance] ${CONFORMANCE} is absent: EPC URN ↔ Digital Link vectors skipped\n`)

describe('EPC URN ↔ Digital Link (interop.md §4 examples)', () => {
  it.each([
    ['urn:epc:id:sgtin:4012345.011111.98%22', 'https://id.gs1.org/01/04012345111118/21/98%22'],
    ['urn:epc:id:sgln:4012345.00005.122', 'https://id.gs1.org/414/4012345000054/254/122'],
    ['urn:epc:class:lgtin:4012345.012345.Lot987', 'https://id.gs1.org/01/04012345123456/10/Lot987'],
  ])('%s ↔ %s', (urn, uri) => {
    expect(epcUrnToDigitalLink(urn)).toMatchObject({ ok: true, uri })
    expect(digitalLinkToEpcUrn(uri, { companyPrefixLength: 7 })).toMatchObject({ ok: true, urn })
  })

  it('uses any host', () => {
    expect(epcUrnToDigitalLink('urn:epc:id:sscc:6901234.0000000001', 'https://trace.example.cn/')).toMatchObject({ uri: 'https://trace.example.cn/00/069012340000000016' })
  })

  it('derives the company-prefix length for GS1 China ranges and asks for it otherwise', () => {
    expect(chinaCompanyPrefixLength('6901234567892')).toBe(7)
    expect(chinaCompanyPrefixLength('6931234567892')).toBe(8)
    expect(digitalLinkToEpcUrn('https://id.gs1.org/01/06901234567892/21/S1')).toMatchObject({ ok: true, urn: 'urn:epc:id:sgtin:6901234.056789.S1' })
    expect(digitalLinkToEpcUrn('https://id.gs1.org/01/04012345111118/21/1')).toMatchObject({ ok: false, errors: [{ code: 'company_prefix_unknown' }] })
  })

  it('names a GTIN without serial or lot by its SGTIN pattern, and refuses keys without an EPC scheme here', () => {
    expect(digitalLinkToEpcUrn('https://id.gs1.org/01/06901234567892')).toMatchObject({ urn: 'urn:epc:idpat:sgtin:6901234.056789.*' })
    expect(digitalLinkToEpcUrn('https://id.gs1.org/253/4012345000092', { companyPrefixLength: 7 })).toMatchObject({ ok: false, errors: [{ code: 'epc_unsupported' }] })
  })

  it('reports malformed and unsupported URNs', () => {
    expect(validateEpcUrn('urn:epc:id:sgtin:4012345.01111.1').errors[0].code).toBe('epc_malformed')
    expect(validateEpcUrn('urn:epc:id:gsrn:4012345.0000006765').errors[0]).toMatchObject({ code: 'epc_unsupported', params: { scheme: 'gsrn' } })
    expect(validateEpcUrn('urn:epc:id:sgtin:4012345.011111.98%22')).toMatchObject({ valid: true, parts: { epcScheme: 'sgtin', key: '01/04012345111118/21/98%22' } })
  })
})

describe.skipIf(!hasConformance)('EPC URN and Digital Link → constrained canonical Digital Link (conformance/…/epc_urn_and_dl_to_constrained_canonical_dl.json)', () => {
  type Case = { group: string; input: unknown; expected: string | null }
  const cases: Case[] = hasConformance ? JSON.parse(readFileSync(`${CONFORMANCE}epc_urn_and_dl_to_constrained_canonical_dl.json`, 'utf8')) : []
  const urnScheme = (c: Case) => (typeof c.input === 'string' ? /^urn:epc:[a-z]+:([a-z]+):/.exec(c.input)?.[1] : undefined)
  const inScope = (c: Case) => urnScheme(c) === undefined || (EPC_SCHEMES as readonly string[]).includes(urnScheme(c)!)
  /** Expectations of the upstream normaliser that contradict GS1 rules this library enforces. */
  const CONTRADICTED: Record<string, string> = {
    'http://example.de/gtin-8/01/97803111': 'GTIN-8 check digit should be 9: the upstream normaliser does not check it',
    'http://example.de/01/040123451234/cpv/344/lot/ABD': 'GTIN-12 check digit is wrong: not checked upstream',
    'https://id.gs1.org/itip/123456789101100190/cpv/ABCD': 'AI (22) requires (01) (Syntax Dictionary req=01), so (8006)+(22) is refused as the GS1 Syntax Engine does',
    'https://fashion-corp.com/8006/040123451234560102/22/AB/21/443322': 'same: (22) requires (01)',
    'https://id.gs1.org/8006/040123451234560102/22/ABCD/10/XYZ': 'same: (22) requires (01)',
  }

  it('leaves out only EPC schemes outside sgtin, lgtin, sscc, sgln, pgln, grai, giai — and says they are unsupported', () => {
    const outOfScope = cases.filter((c) => !inScope(c))
    expect([...new Set(outOfScope.map(urnScheme))].sort()).toEqual(['cpi', 'gdti', 'ginc', 'gsin', 'gsrn', 'gsrnp', 'itip', 'sgcn', 'upui'])
    expect(outOfScope).toHaveLength(17)
    for (const c of outOfScope) expect(epcUrnToDigitalLink(c.input as string)).toMatchObject({ ok: false, errors: [{ code: 'epc_unsupported' }] })
  })

  it('rejects the five cases whose expectation contradicts GS1 check-digit and pairing rules', () => {
    expect(cases.filter((c) => CONTRADICTED[c.input as string])).toHaveLength(5)
    for (const input of Object.keys(CONTRADICTED)) {
      expect(toConstrainedCanonicalDigitalLink(input), input).toBeUndefined()
      expect(parseDigitalLink(input, { permitZeroSuppressedGtin: true, permitConvenienceAlphas: true }).ok).toBe(false)
    }
  })

  it('gives the expected canonical form for all 49 other inputs (null: not a GS1 key)', () => {
    const scoped = cases.filter((c) => inScope(c) && !CONTRADICTED[c.input as string])
    expect(scoped).toHaveLength(49)
    for (const c of scoped) expect(toConstrainedCanonicalDigitalLink(c.input) ?? null, `${c.group}: ${String(c.input)}`).toBe(c.expected)
  })

  it('converts every in-scope EPC URN to the Digital Link and back to the same URN', () => {
    const urns = cases.filter((c) => urnScheme(c) !== undefined && inScope(c))
    expect(urns.map(urnScheme).sort()).toEqual(['giai', 'grai', 'grai', 'lgtin', 'pgln', 'pgln', 'sgln', 'sgln', 'sgtin', 'sgtin', 'sgtin', 'sgtin', 'sscc', 'sscc'])
    for (const c of urns) {
      const urn = c.input as string
      expect(epcUrnToDigitalLink(urn), urn).toMatchObject({ ok: true, uri: c.expected })
      // The company-prefix length comes from the case's own URN: the first component spells it out.
      const companyPrefixLength = urn.split(':')[4].split('.')[0].length
      expect(digitalLinkToEpcUrn(c.expected!, { companyPrefixLength }), urn).toMatchObject({ ok: true, urn })
    }
  })
})

describe('EPC URN round-trip properties', () => {
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
  const serial = fc.string({ unit: fc.constantFrom(...'AZaz09!\'()*+,-.:;=_"%&/<>?'), minLength: 1, maxLength: 20 })
  const sgtins = fc.integer({ min: 6, max: 12 }).chain((cpLength) =>
    fc.tuple(digits(cpLength, cpLength), digits(13 - cpLength, 13 - cpLength), serial).map(([cp, reference, s]) => ({
      cpLength, urn: `urn:epc:id:sgtin:${cp}.${reference}.${s.replace(/["%&/<>?]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    })))

  it('converts generated SGTINs to a valid Digital Link and back unchanged', () => {
    fc.assert(fc.property(sgtins, ({ cpLength, urn }) => {
      const forward = epcUrnToDigitalLink(urn)
      if (!forward.ok) throw new Error(`${urn}: ${forward.errors[0].message}`)
      expect(parseDigitalLink(forward.uri).ok).toBe(true)
      expect(digitalLinkToEpcUrn(forward.uri, { companyPrefixLength: cpLength })).toMatchObject({ ok: true, urn })
    }))
  })
})
