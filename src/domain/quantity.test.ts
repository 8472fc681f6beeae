import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isUom, parseQuantityMilli } from './quantity.js'

describe('parseQuantityMilli', () => {
  it('parses exactly to thousandths', () => {
    expect(parseQuantityMilli(12.5)).toBe(12_500)
    expect(parseQuantityMilli(0.001)).toBe(1)
    expect(parseQuantityMilli(0.1 + 0.2)).toBeUndefined()
    expect(parseQuantityMilli(1000)).toBe(1_000_000)
    expect(parseQuantityMilli('3.25')).toBe(3250)
  })

  it('refuses negatives, more than three decimals, non-finite numbers and absurd sizes', () => {
    for (const bad of [-1, 1.0001, Number.NaN, Number.POSITIVE_INFINITY, 1e13, '1e3', '', null, {}]) expect(parseQuantityMilli(bad)).toBeUndefined()
  })

  it('round-trips every value with at most three decimals', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (milli) => {
      expect(parseQuantityMilli(milli / 1000)).toBe(milli)
    }))
  })
})

describe('isUom', () => {
  it('takes UN/CEFACT codes', () => {
    expect(['KGM', 'H87', 'EA', 'LTR'].every(isUom)).toBe(true)
    expect(['kg', 'KILO', '', 3].some(isUom)).toBe(false)
  })
})
