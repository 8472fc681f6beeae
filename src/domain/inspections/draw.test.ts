import { describe, expect, it } from 'vitest'
import { assignInspectors, candidatesHash, drawTargets, riskWeight, runDraw, seededUniform } from './draw.js'

const candidates = Array.from({ length: 40 }, (_, i) => ({ partyId: `p${String(i).padStart(2, '0')}`, weight: 10 }))

describe('random inspection draw', () => {
  it('gives uniform numbers in (0, 1) that depend on seed and label only', () => {
    const u = seededUniform('seed-2026-11-23', 'target|p01')
    expect(u).toBeGreaterThan(0)
    expect(u).toBeLessThan(1)
    expect(seededUniform('seed-2026-11-23', 'target|p01')).toBe(u)
    expect(seededUniform('seed-2026-11-24', 'target|p01')).not.toBe(u)
  })

  it('draws the same targets from the same seed, whatever the order of the list, and others from another seed', () => {
    const a = drawTargets('福彩3D 2026310 517', candidates, 5)
    expect(a).toHaveLength(5)
    expect(drawTargets('福彩3D 2026310 517', [...candidates].reverse(), 5)).toEqual(a)
    expect(drawTargets('福彩3D 2026311 042', candidates, 5).map((t) => t.partyId)).not.toEqual(a.map((t) => t.partyId))
    expect(new Set(a.map((t) => t.partyId)).size).toBe(5)
  })

  it('draws a weight-10 candidate far more often than weight-1 ones (500 fixed seeds)', () => {
    const pool = [{ partyId: 'heavy', weight: 10 }, ...Array.from({ length: 9 }, (_, i) => ({ partyId: `light${i}`, weight: 1 }))]
    let heavy = 0
    let light0 = 0
    for (let s = 0; s < 500; s++) {
      const [first] = drawTargets(`seed-${s}`, pool, 1)
      if (first!.partyId === 'heavy') heavy++
      if (first!.partyId === 'light0') light0++
    }
    // Expected: heavy 10/19 ≈ 263 of 500, each light one 1/19 ≈ 26.
    expect(heavy).toBeGreaterThan(200)
    expect(light0).toBeLessThan(60)
    expect(heavy).toBeGreaterThan(light0 * 4)
  })

  it('assigns distinct inspectors per target, reproducibly', () => {
    const inspectors = ['张三', '李四', '王五', '赵六']
    const two = assignInspectors('seed-abcdefgh', 'p01', inspectors, 2)
    expect(two).toHaveLength(2)
    expect(new Set(two).size).toBe(2)
    expect(assignInspectors('seed-abcdefgh', 'p01', [...inspectors].reverse(), 2)).toEqual(two)
    const draw = runDraw('seed-abcdefgh', candidates, 3, inspectors, 2)
    expect(draw.every((t) => t.inspectors.length === 2)).toBe(true)
  })

  it('hashes the candidate list independently of its order, and weights risk by the documented formula', () => {
    expect(candidatesHash([...candidates].reverse())).toBe(candidatesHash(candidates))
    expect(candidatesHash(candidates.slice(1))).not.toBe(candidatesHash(candidates))
    expect(riskWeight({ grade: 'A', openAlerts: 0, complaints: 0 })).toBe(10)
    expect(riskWeight({ grade: 'D', openAlerts: 2, complaints: 3 })).toBe(80 + 10 + 6)
    expect(riskWeight({ grade: 'B', openAlerts: 50, complaints: 50 })).toBe(20 + 50 + 20)
  })
})
