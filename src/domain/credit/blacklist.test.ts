import { describe, expect, it } from 'vitest'
import { periodProblem, shanghaiDate, statusOf } from './blacklist.js'

describe('blacklist entries', () => {
  it('are in force from the first to the last day inclusive, in Shanghai dates, unless revoked', () => {
    const entry = { validFrom: '2026-11-21', validTo: '2027-11-20' }
    expect(shanghaiDate('2026-11-20T16:00:00.000Z')).toBe('2026-11-21')
    expect(statusOf(entry, '2026-11-20T15:59:59.000Z')).toBe('pending')
    expect(statusOf(entry, '2026-11-20T16:00:00.000Z')).toBe('active')
    expect(statusOf(entry, '2027-11-20T15:59:59.000Z')).toBe('active')
    expect(statusOf(entry, '2027-11-20T16:00:00.000Z')).toBe('expired')
    expect(statusOf({ ...entry, revocation: { id: 'r', entryId: 'e', reason: '信用修复', revokedAt: '2026-12-01T00:00:00.000Z', revokedBy: 'x' } }, '2026-12-02T00:00:00.000Z')).toBe('revoked')
  })

  it('refuse impossible, reversed or over-long periods', () => {
    expect(periodProblem('2026-11-21', '2027-11-20')).toBeUndefined()
    expect(periodProblem('2026-02-30', '2027-11-20')?.field).toBe('/validFrom')
    expect(periodProblem('2026-11-21', '2026-11-20')?.field).toBe('/validTo')
    expect(periodProblem('2026-11-21', '2031-11-22')?.detail).toContain('5 years')
  })
})
