import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { completeIdCard, idCardCheckCharacter, maskIdCard, upgradeLegacyIdCard, validateIdCard } from './id-card.js'
import { adjacentTranspositions, singleSubstitutions } from './typo-variants.js'

describe('居民身份证号码 (cn-identifiers.md §2)', () => {
  it('accepts 11010519491231002X (Σ 167 → X) and reads its parts', () => {
    expect(idCardCheckCharacter('11010519491231002')).toBe('X')
    expect(validateIdCard('11010519491231002X')).toMatchObject({
      valid: true,
      parts: { regionCode: '110105', regionName: '北京市朝阳区', birthDate: '1949-12-31', sex: 'female', sequence: '002', checkCharacter: 'X', legacy: false },
    })
  })

  it('rejects 110105194912310021', () => {
    expect(validateIdCard('110105194912310021').errors).toEqual([expect.objectContaining({ code: 'check_character', params: { expected: 'X' } })])
  })

  it('rejects an impossible birth date even with a correct check digit', () => {
    const code = completeIdCard('11010519490230002')
    expect(validateIdCard(code).errors.map((e) => e.code)).toEqual(['invalid_date'])
  })

  it('accepts a retired area code (110103, the former 崇文区) without a name', () => {
    const checked = validateIdCard(completeIdCard('11010319800101001'))
    expect(checked.valid).toBe(true)
    expect(checked.parts.regionName).toBe('')
  })

  it('flags a 15-digit legacy number and can upgrade it', () => {
    const checked = validateIdCard('110105491231002')
    expect(checked).toMatchObject({ valid: true, parts: { birthDate: '1949-12-31', legacy: true } })
    expect(checked.warnings.map((w) => w.code)).toEqual(['legacy_id_card'])
    expect(upgradeLegacyIdCard('110105491231002')).toBe('11010519491231002X')
  })

  it('reads a lower-case x and full-width digits', () => {
    expect(validateIdCard('１１０１０５１９４９１２３１００２x').normalized).toBe('11010519491231002X')
  })

  it('masks as 110105********002X', () => {
    expect(maskIdCard('11010519491231002X')).toBe('110105********002X')
    expect(maskIdCard('110105491231002')).toBe('110105******002')
    expect(maskIdCard(' 11010519491231002x ')).toBe('110105********002X')
    expect(maskIdCard('123456')).toBe('1****6')
    expect(maskIdCard('')).toBe('')
  })
})

describe('ID card MOD 11-2 properties', () => {
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })
  const birth = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''))
  const codes = fc.tuple(digits(6), birth, digits(3)).map(([region, date, sequence]) => completeIdCard(region + date + sequence))

  it('passes every generated number', () => {
    fc.assert(fc.property(codes, (code) => {
      expect(validateIdCard(code).errors).toEqual([])
    }))
  })

  // ISO 7064 MOD 11-2: modulus 11 is prime and neighbouring weights differ, so there is no blind spot here.
  it('catches every single substitution and every adjacent transposition', () => {
    fc.assert(fc.property(codes, (code) => {
      const missed = [...singleSubstitutions(code, '0123456789X'), ...adjacentTranspositions(code)].filter((v) => validateIdCard(v).valid)
      expect(missed).toEqual([])
    }))
  })
})
