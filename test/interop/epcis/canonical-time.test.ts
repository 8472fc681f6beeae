import { describe, expect, it } from 'vitest'
import { canonicalTime } from '../../../src/interop/epcis/event-hash/canonical-values.js'

describe('event hash: canonical times', () => {
  it('keeps a time already in canonical form', () => {
    expect(canonicalTime('2026-06-15T12:34:56.789Z')).toBe('2026-06-15T12:34:56.789Z')
    expect(canonicalTime('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z')
  })

  it('normalises out-of-range fields as Date does, even in the canonical shape', () => {
    expect(canonicalTime('2026-02-30T00:00:00.000Z')).toBe('2026-03-02T00:00:00.000Z')
    expect(canonicalTime('2026-01-01T24:00:00.000Z')).toBe('2026-01-02T00:00:00.000Z')
    expect(canonicalTime('2023-02-29T00:00:00.000Z')).toBe('2023-03-01T00:00:00.000Z')
  })

  it('converts other zones and precisions to UTC with three digits', () => {
    expect(canonicalTime('2026-06-15T20:34:56.7895+08:00')).toBe('2026-06-15T12:34:56.790Z')
    expect(canonicalTime('2026-06-15T12:34:56Z')).toBe('2026-06-15T12:34:56.000Z')
    expect(canonicalTime('not a time')).toBeUndefined()
  })
})
