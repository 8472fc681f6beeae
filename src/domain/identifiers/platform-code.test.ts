import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CATEGORY_CODES } from '../categories.js'
import { formatPlatformCode, mod3736CheckCharacter, parsePlatformCode, validatePlatformCode, type UnitKind } from './platform-code.js'
import { adjacentTranspositions, singleSubstitutions } from './typo-variants.js'

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

describe('platform trace code (平台追溯码, version 1)', () => {
  it('formats and reads the documented example ZS441400AL00000012KS', () => {
    const code = formatPlatformCode({ issuerRegion: '441400', category: 'agri', kind: 'lot', serial: '00000012K' })
    expect(code).toBe('ZS441400AL00000012KS')
    expect(validatePlatformCode(code)).toMatchObject({
      valid: true, parts: { issuerRegion: '441400', category: 'agri', kind: 'lot', serial: '00000012K', checkCharacter: 'S' },
    })
    expect(parsePlatformCode(code)).toMatchObject({ valid: true, value: { kind: 'lot' } })
  })

  it('rejects a wrong check character, an unknown category letter and a wrong length', () => {
    expect(validatePlatformCode('ZS441400AL00000012K7').errors[0]).toMatchObject({ code: 'check_character', params: { expected: 'S' } })
    const unknownCategory = 'ZS441400ZL00000012K'
    expect(validatePlatformCode(unknownCategory + mod3736CheckCharacter(unknownCategory)).errors[0].code).toBe('field_value')
    expect(validatePlatformCode('ZS441400AL00000012').errors[0].code).toBe('length')
  })

  it('reads lower case and spaces', () => {
    expect(validatePlatformCode(' zs441400 al00000012ks ').normalized).toBe('ZS441400AL00000012KS')
  })
})

describe('ISO/IEC 7064 MOD 37,36 properties', () => {
  const codes = fc.record({
    issuerRegion: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 }),
    category: fc.constantFrom(...CATEGORY_CODES),
    kind: fc.constantFrom<UnitKind>('lot', 'item', 'container'),
    serial: fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 9, maxLength: 9 }),
  }).map(formatPlatformCode)

  it('passes every generated code', () => {
    fc.assert(fc.property(codes, (code) => {
      expect(validatePlatformCode(code).errors).toEqual([])
    }))
  })

  it('catches every single substitution', () => {
    fc.assert(fc.property(codes, (code) => {
      expect(singleSubstitutions(code, ALPHANUMERIC).filter((v) => validatePlatformCode(v).valid)).toEqual([])
    }))
  })

  // The blind spot of the hybrid system: two neighbouring characters whose values are consecutive (4↔5, A↔B,
  // Z↔0) swap unnoticed when the running check state meets them at one value in 36 — 1 in 630 of all swaps.
  it('catches every adjacent transposition except consecutive values at one running state (the known blind spot)', () => {
    const consecutive = (a: string, b: string) => [1, 35].includes(Math.abs(ALPHANUMERIC.indexOf(a) - ALPHANUMERIC.indexOf(b)))
    fc.assert(fc.property(codes, (code) => {
      const missed = adjacentTranspositions(code).filter((v) => validatePlatformCode(v).valid)
      const unexplained = missed.filter((v) => {
        const i = [...code].findIndex((ch, k) => ch !== v[k])
        return !consecutive(code[i], code[i + 1])
      })
      expect(unexplained).toEqual([])
    }))
  })

  it('misses ZS575638RC8JRRSXW45R ↔ ZS575638RC8JRRSXW54R, the documented example', () => {
    expect(validatePlatformCode('ZS575638RC8JRRSXW45R').valid).toBe(true)
    expect(validatePlatformCode('ZS575638RC8JRRSXW54R').valid).toBe(true)
  })
})
