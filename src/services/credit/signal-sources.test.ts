import { describe, expect, it } from 'vitest'
import { recallOutcome } from './signal-sources.js'

describe('recall task outcome for credit', () => {
  it('is on time, late, overdue or still open by the recall deadline', () => {
    const deadline = '2026-12-01T00:00:00.000Z'
    expect(recallOutcome({ deadline, finishedAt: '2026-11-30T00:00:00.000Z' }, '2026-12-05T00:00:00.000Z')).toBe('on_time')
    expect(recallOutcome({ deadline, finishedAt: '2026-12-02T00:00:00.000Z' }, '2026-12-05T00:00:00.000Z')).toBe('late')
    expect(recallOutcome({ deadline }, '2026-12-05T00:00:00.000Z')).toBe('overdue')
    expect(recallOutcome({ deadline }, '2026-11-25T00:00:00.000Z')).toBe('open')
  })
})
