import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateGln, validateGtin, validateSscc } from './gs1-keys.js'
import { gs1CheckDigit, withGs1Check } from './gs1.js'
import { adjacentTranspositions, singleSubstitutions } from './typo-variants.js'

const DIGITS = '0123456789'

describe('GTIN (cn-identifiers.md §8)', () => {
  it('computes the worked example 690123456789? → 2', () => {
    expect(gs1CheckDigit('690123456789')).toBe(2)
    expect(validateGtin('6901234567892')).toMatchObject({ valid: true, normalized: '06901234567892', parts: { format: 'GTIN-13', gs1Prefix: '690', companyPrefixLength: 7 } })
  })

  it('rejects 6901234567893 and says which check digit is right', () => {
    const checked = validateGtin('6901234567893')
    expect(checked.valid).toBe(false)
    expect(checked.errors).toEqual([expect.objectContaining({ code: 'check_character', params: { expected: '2' } })])
  })

  it('stores every length as 14 digits and reads the packaging indicator', () => {
    expect(validateGtin('06901234567892').normalized).toBe('06901234567892')
    expect(validateGtin('16901234567899')).toMatchObject({ valid: true, parts: { indicator: '1', format: 'GTIN-14' } })
    expect(validateGtin('96385074').parts).toMatchObject({ format: 'GTIN-8', gtin14: '00000096385074' })
    expect(validateGtin('012345678905').parts.format).toBe('GTIN-12')
  })

  it('fixes the company-prefix length only where GS1 China does (690/691 → 7, 692/693 → 8)', () => {
    expect(validateGtin(withGs1Check('692123456789')).parts.companyPrefixLength).toBe(8)
    expect(validateGtin(withGs1Check('694123456789')).parts.companyPrefixLength).toBe(0)
  })

  it('warns about restricted circulation numbers', () => {
    const rcn = validateGtin(withGs1Check('200123456789'))
    expect(rcn.valid).toBe(true)
    expect(rcn.warnings.map((w) => w.code)).toEqual(['content_suspect'])
  })

  it('rejects other lengths and non-digits', () => {
    expect(validateGtin('690123456789').errors[0].code).toBe('check_character')
    expect(validateGtin('69012345678').errors[0].code).toBe('length')
    expect(validateGtin('69012345678A2').errors[0].code).toBe('charset')
  })

  it('normalises full-width digits and spaces instead of rejecting them', () => {
    expect(validateGtin(' ６９０１２３４５６７８９２　').normalized).toBe('06901234567892')
    expect(validateGtin('690 1234 56789 2').valid).toBe(true)
  })
})

describe('SSCC and GLN (cn-identifiers.md §8)', () => {
  it('accepts the reference examples', () => {
    expect(validateSscc('069012340000000016')).toMatchObject({ valid: true, parts: { extension: '0', gs1Prefix: '690' } })
    expect(validateGln('6901234000016')).toMatchObject({ valid: true, parts: { companyPrefixLength: 7 } })
  })

  it('rejects a wrong check digit', () => {
    expect(validateSscc('069012340000000017').valid).toBe(false)
    expect(validateGln('6901234000017').valid).toBe(false)
  })
})

/** Neighbour swaps that GS1 mod 10 cannot see: the two digits differ by 5 (weights 3 and 1 differ by 2). */
function isBlindSpot(code: string, variant: string): boolean {
  const i = [...code].findIndex((ch, k) => ch !== variant[k])
  return Math.abs(Number(code[i]) - Number(code[i + 1])) === 5
}

describe.each([
  ['GTIN-13', 12, validateGtin],
  ['GTIN-14', 13, validateGtin],
  ['SSCC', 17, validateSscc],
  ['GLN', 12, validateGln],
] as const)('%s mod-10 properties', (_, bodyLength, validate) => {
  const bodies = fc.string({ unit: fc.constantFrom(...DIGITS), minLength: bodyLength, maxLength: bodyLength })

  it('passes every generated code', () => {
    fc.assert(fc.property(bodies, (body) => {
      expect(validate(withGs1Check(body)).errors).toEqual([])
    }))
  })

  it('catches every single substitution', () => {
    fc.assert(fc.property(bodies, (body) => {
      expect(singleSubstitutions(withGs1Check(body), DIGITS).filter((v) => validate(v).valid)).toEqual([])
    }))
  })

  it('catches every adjacent transposition except digits differing by 5 (the known mod-10 blind spot)', () => {
    fc.assert(fc.property(bodies, (body) => {
      const code = withGs1Check(body)
      expect(adjacentTranspositions(code).filter((v) => validate(v).valid !== isBlindSpot(code, v))).toEqual([])
    }))
  })
})
