import { describe, expect, it } from 'vitest'
import { offsetOf, parseInstant, parseOffsetMinutes } from './time.js'

describe('parseInstant', () => {
  it('converts to UTC with milliseconds, rounding half up', () => {
    expect(parseInstant('2026-11-05T08:00:00+08:00')).toBe('2026-11-05T00:00:00.000Z')
    expect(parseInstant('2005-04-03T20:33:31.116000-06:00')).toBe('2005-04-04T02:33:31.116Z')
    expect(parseInstant('2026-01-01T00:00:03.1415Z')).toBe('2026-01-01T00:00:03.142Z')
  })

  it('refuses impossible dates, missing zones and bad offsets', () => {
    for (const bad of ['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:00:00', '2026-01-01T00:00:00+15:00', 'yesterday', 20260101]) {
      expect(parseInstant(bad)).toBeUndefined()
    }
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z')
  })
})

describe('offsets', () => {
  it('reads ±hh:mm up to 14:00', () => {
    expect(parseOffsetMinutes('+08:00')).toBe(480)
    expect(parseOffsetMinutes('-14:00')).toBe(-840)
    expect(parseOffsetMinutes('+14:30')).toBeUndefined()
    expect(parseOffsetMinutes('+8:00')).toBeUndefined()
    expect(offsetOf('2026-01-01T00:00:00Z')).toBe('+00:00')
  })
})
