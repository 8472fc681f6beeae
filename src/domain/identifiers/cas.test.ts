import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { casCheckDigit, formatCas, validateCas } from './cas.js'
import { adjacentTranspositions, singleSubstitutions } from './typo-variants.js'

describe('CAS Registry Number (cn-identifiers.md §8)', () => {
  it('accepts 7664-93-9 and rejects 7664-93-8', () => {
    expect(validateCas('7664-93-9')).toMatchObject({ valid: true, normalized: '7664-93-9', parts: { body: '766493', checkDigit: '9' } })
    expect(validateCas('7664-93-8').errors[0]).toMatchObject({ code: 'check_character', params: { expected: '9' } })
  })

  it('reads the compact form, full-width digits and odd dashes', () => {
    expect(validateCas('7664939').normalized).toBe('7664-93-9')
    expect(validateCas('７６６４－９３－９').valid).toBe(true)
    expect(validateCas('7664—93—9').valid).toBe(true)
  })

  it('rejects other shapes', () => {
    expect(validateCas('7664-9-39').errors[0].code).toBe('pattern')
    expect(validateCas('12345678-93-9').errors[0].code).toBe('pattern')
  })
})

/** Weight of the body digit at `index`: 1, 2, 3 … counted from the right of the body (the check digit has none). */
function weightAt(code: string, index: number): number {
  return code.slice(index).replace(/-/g, '').length - 1
}

describe('CAS check properties and blind spots', () => {
  const bodies = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 3, maxLength: 8 })).map(([first, rest]) => `${first}${rest}`)

  it('passes every generated number', () => {
    fc.assert(fc.property(bodies, (body) => {
      expect(validateCas(formatCas(body)).errors).toEqual([])
    }))
  })

  it('catches a substitution unless (difference × weight) is a multiple of 10 — the documented blind spot', () => {
    fc.assert(fc.property(bodies, (body) => {
      const code = formatCas(body)
      const surprises = singleSubstitutions(code, '0123456789').filter((variant) => {
        const i = [...code].findIndex((ch, k) => ch !== variant[k])
        const isCheckDigit = i === code.length - 1
        const blind = code[i] !== '-' && !isCheckDigit && ((Number(variant[i]) - Number(code[i])) * weightAt(code, i)) % 10 === 0
        return validateCas(variant).valid !== blind
      })
      expect(surprises).toEqual([])
    }))
  })

  it('has real blind spots: 7732-18-5 (water) and 7732-68-5 share a check digit', () => {
    expect(casCheckDigit('773218')).toBe(5)
    expect(validateCas('7732-68-5').valid).toBe(true)
  })

  it('catches every adjacent transposition of the printed form', () => {
    fc.assert(fc.property(bodies, (body) => {
      expect(adjacentTranspositions(formatCas(body)).filter((v) => validateCas(v).valid)).toEqual([])
    }))
  })
})

it('misses, typed without hyphens, a swap of the last body digit and the check digit when they differ by 5', () => {
  expect(validateCas('100005').valid).toBe(true)
  expect(validateCas('100050').valid).toBe(true)
})
