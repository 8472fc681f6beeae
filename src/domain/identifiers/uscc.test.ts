import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { adjacentTranspositions, singleSubstitutions } from './typo-variants.js'
import { completeUscc, organisationCodeCheck, usccCheckCharacter, validateOrganisationCode, validateUscc } from './uscc.js'

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

describe('统一社会信用代码 (cn-identifiers.md §1)', () => {
  it('accepts the worked example and reads its parts', () => {
    const checked = validateUscc('91350100M000100Y43')
    expect(checked).toMatchObject({ valid: true, errors: [], warnings: [], normalized: '91350100M000100Y43' })
    expect(checked.parts).toEqual({
      authority: '9', authorityName: '工商/市场监管', organisationType: '1', organisationTypeName: '企业', regionCode: '350100',
      regionName: '福建省福州市', organisationCode: 'M000100Y-4', checkCharacter: '3',
    })
  })

  it('computes both checks of the worked example (Σ 1640 → 3; inner Σ 139 → 4)', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3')
    expect(organisationCodeCheck('M000100Y')).toBe('4')
  })

  it('rejects 91350100M000100Y44: the check character should be 3', () => {
    const checked = validateUscc('91350100M000100Y44')
    expect(checked.valid).toBe(false)
    expect(checked.errors).toEqual([expect.objectContaining({ code: 'check_character', params: { expected: '3' } })])
    expect(checked.reason).toBe('The check character is wrong; it should be 3')
  })

  it('warns, but accepts, 91350100M000100Y56 whose inner organisation-code check fails', () => {
    const checked = validateUscc('91350100M000100Y56')
    expect(checked.valid).toBe(true)
    expect(checked.warnings).toEqual([expect.objectContaining({ code: 'organisation_code_check', params: { expected: '4' } })])
    expect(checked.warning).toBe('organisation_code_check')
  })

  it('rejects the circulating non-conforming 91350203M0001QAY9B (its check should be 9): overriding is a privileged decision outside the validator', () => {
    expect(validateUscc('91350203M0001QAY9B').errors).toEqual([expect.objectContaining({ code: 'check_character', params: { expected: '9' } })])
  })

  it('rejects letters outside the 31-symbol alphabet and wrong lengths', () => {
    expect(validateUscc('91350100O000100Y43').errors[0].code).toBe('charset')
    expect(validateUscc('9135010M000100Y43').errors[0].code).toBe('length')
  })

  it('normalises lower case, full-width characters and spaces', () => {
    expect(validateUscc(' ９１３５０１００m000100y43 ').normalized).toBe('91350100M000100Y43')
    expect(validateUscc('9135 0100 M000 100Y 43').valid).toBe(true)
  })

  it('keeps the fields older callers read', () => {
    expect(validateUscc('91350100M000100Y43')).toMatchObject({ valid: true, normalized: '91350100M000100Y43', regionCode: '350100' })
  })
})

describe('组织机构代码 (GB 11714)', () => {
  it('validates the printed form XXXXXXXX-X', () => {
    expect(validateOrganisationCode('M000100Y-4')).toMatchObject({ valid: true, normalized: 'M000100Y-4' })
    expect(validateOrganisationCode('M000100Y4').normalized).toBe('M000100Y-4')
    expect(validateOrganisationCode('M000100Y-5').errors[0]).toMatchObject({ code: 'check_character', params: { expected: '4' } })
  })
})

describe('USCC mod-31 properties', () => {
  const symbol = fc.constantFrom(...ALPHABET)
  const first16 = fc.tuple(
    fc.string({ unit: symbol, minLength: 2, maxLength: 2 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 }),
    fc.string({ unit: symbol, minLength: 8, maxLength: 8 }),
  ).map((parts) => parts.join(''))

  it('passes every generated code without warnings', () => {
    fc.assert(fc.property(first16, (body) => {
      const checked = validateUscc(completeUscc(body))
      expect([checked.errors, checked.warnings]).toEqual([[], []])
    }))
  })

  // 31 is prime and the weights 3^(i−1) are distinct and non-zero mod 31, so no blind spot exists for these slips.
  it('catches every single substitution and every adjacent transposition', () => {
    fc.assert(fc.property(first16, (body) => {
      const code = completeUscc(body)
      const missed = [...singleSubstitutions(code, ALPHABET), ...adjacentTranspositions(code)].filter((v) => validateUscc(v).valid)
      expect(missed).toEqual([])
    }))
  })
})
