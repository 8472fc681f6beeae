import type { Logger } from 'pino'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startPeriodic } from '../../src/workers/periodic.js'

interface Line { level: string; bindings: object; fields: object; message: string }

function fakeLog(lines: Line[]): Pick<Logger, 'child'> {
  const child = (bindings: object) => {
    const at = (level: string) => (fields: object, message: string) => { lines.push({ level, bindings, fields, message }) }
    return { error: at('error'), info: at('info'), warn: at('warn') } as unknown as Logger
  }
  return { child } as unknown as Pick<Logger, 'child'>
}

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => { resolve = r })
  return { promise, resolve }
}

describe('startPeriodic', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('ticks after the first pause, then every interval after the previous tick ends', async () => {
    const lines: Line[] = []
    const tick = vi.fn(async () => {})
    const worker = startPeriodic({ name: 'w', everyMs: 1000, firstAfterMs: 100, log: fakeLog(lines), tick })
    await vi.advanceTimersByTimeAsync(99)
    expect(tick).toHaveBeenCalledTimes(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(tick).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(3000)
    expect(tick).toHaveBeenCalledTimes(4)
    await worker.stop()
    expect(lines).toEqual([])
  })

  it('never starts a tick while the previous one is still running', async () => {
    const slow = deferred()
    let concurrent = 0
    let most = 0
    const tick = vi.fn(async () => {
      concurrent++
      most = Math.max(most, concurrent)
      if (tick.mock.calls.length === 1) await slow.promise
      concurrent--
    })
    const worker = startPeriodic({ name: 'w', everyMs: 10, log: fakeLog([]), tick })
    await vi.advanceTimersByTimeAsync(500)
    expect(tick).toHaveBeenCalledTimes(1)
    slow.resolve()
    await vi.advanceTimersByTimeAsync(10)
    expect(tick).toHaveBeenCalledTimes(2)
    expect(most).toBe(1)
    await worker.stop()
  })

  it("logs a failing tick with the worker's name and keeps going", async () => {
    const lines: Line[] = []
    const tick = vi.fn(async () => {
      if (tick.mock.calls.length === 1) throw new Error('database is away')
    })
    const syncThrow = vi.fn((): Promise<void> => { throw new Error('thrown before any await') })
    const worker = startPeriodic({ name: 'alert-sweep', everyMs: 10, log: fakeLog(lines), failure: 'timer rules could not run', tick })
    const other = startPeriodic({ name: 'other', everyMs: 10, log: fakeLog(lines), tick: syncThrow })
    await vi.advanceTimersByTimeAsync(30)
    expect(tick).toHaveBeenCalledTimes(3)
    expect(syncThrow).toHaveBeenCalledTimes(3)
    expect(lines.filter((l) => l.bindings && (l.bindings as { worker: string }).worker === 'alert-sweep')).toEqual([
      { level: 'error', bindings: { worker: 'alert-sweep' }, fields: { err: expect.objectContaining({ message: 'database is away' }) }, message: 'timer rules could not run' },
    ])
    expect(lines.filter((l) => (l.bindings as { worker: string }).worker === 'other')).toHaveLength(3)
    expect(lines.find((l) => (l.bindings as { worker: string }).worker === 'other')?.message).toBe('worker tick failed')
    await worker.stop()
    await other.stop()
  })

  it('stop() waits for the running tick and no tick starts after it', async () => {
    const slow = deferred()
    let finished = false
    const tick = vi.fn(async () => {
      await slow.promise
      finished = true
    })
    const worker = startPeriodic({ name: 'w', everyMs: 10, log: fakeLog([]), tick })
    await vi.advanceTimersByTimeAsync(10)
    expect(tick).toHaveBeenCalledTimes(1)
    let stopped = false
    const stopping = worker.stop().then(() => { stopped = true })
    await vi.advanceTimersByTimeAsync(100)
    expect(stopped).toBe(false)
    slow.resolve()
    await stopping
    expect(finished).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(tick).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stop() before the first tick cancels it and resolves at once', async () => {
    const tick = vi.fn(async () => {})
    const worker = startPeriodic({ name: 'w', everyMs: 10, log: fakeLog([]), tick })
    await worker.stop()
    await vi.advanceTimersByTimeAsync(1000)
    expect(tick).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps no timer holding the process open', async () => {
    const timers: NodeJS.Timeout[] = []
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    const worker = startPeriodic({ name: 'w', everyMs: 10, log: fakeLog([]), tick: async () => {} })
    await vi.advanceTimersByTimeAsync(35)
    for (const result of setTimeoutSpy.mock.results) timers.push(result.value as NodeJS.Timeout)
    expect(timers.length).toBeGreaterThanOrEqual(4)
    expect(timers.every((t) => !t.hasRef())).toBe(true)
    setTimeoutSpy.mockRestore()
    await worker.stop()
  })
})
