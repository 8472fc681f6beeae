import { describe, expect, it } from 'vitest'
import { walkLineage, windowsOf, type LineageEdge, type LineageLookup } from './trace-graph.js'

function lookupOf(edges: LineageEdge[]): LineageLookup & { calls: number } {
  const lookup = {
    calls: 0,
    edgesAround: async (fromIds: string[], toIds: string[]) => {
      lookup.calls++
      return edges.filter((e) => fromIds.includes(e.fromId) || toIds.includes(e.toId))
    },
  }
  return lookup
}

const transform = (fromId: string, toId: string, eventTime = '2026-01-01T00:00:00.000Z'): LineageEdge => ({ kind: 'transformation', fromId, toId, action: 'add', eventId: `t-${fromId}-${toId}`, eventTime })
const pack = (fromId: string, toId: string, eventTime: string, action: 'add' | 'delete' = 'add'): LineageEdge => ({ kind: 'aggregation', fromId, toId, action, eventId: `a-${fromId}-${toId}-${eventTime}`, eventTime })
const options = { maxDepth: 100, maxUnits: 1000 }

describe('walkLineage', () => {
  it('follows transformations forward and backward, one batched look-up per hop', async () => {
    const lookup = lookupOf([transform('a', 'b'), transform('b', 'c'), transform('x', 'y')])
    const forward = await walkLineage(['a'], 'forward', lookup, options)
    expect([...forward.units.keys()]).toEqual(['a', 'b', 'c'])
    expect(forward.units.get('c')?.depth).toBe(2)
    expect(lookup.calls).toBe(3)
    const backward = await walkLineage(['c'], 'backward', lookupOf([transform('a', 'b'), transform('b', 'c')]), options)
    expect([...backward.units.keys()]).toEqual(['c', 'b', 'a'])
  })

  it('ends on cycles in bad data', async () => {
    const result = await walkLineage(['a'], 'forward', lookupOf([transform('a', 'b'), transform('b', 'a')]), options)
    expect([...result.units.keys()].sort()).toEqual(['a', 'b'])
  })

  it('stops at the depth limit and says the answer is truncated', async () => {
    const result = await walkLineage(['a'], 'forward', lookupOf([transform('a', 'b'), transform('b', 'c')]), { maxDepth: 1, maxUnits: 10 })
    expect([...result.units.keys()]).toEqual(['a', 'b'])
    expect(result.truncated).toBe(true)
  })

  it('goes up to the case of a unit but never down to its neighbours in that case', async () => {
    const edges = [pack('case', 'mine', '2026-01-02T00:00:00.000Z'), pack('case', 'neighbour', '2026-01-02T00:00:00.000Z')]
    const result = await walkLineage(['mine'], 'forward', lookupOf(edges), options)
    expect([...result.units.keys()]).toEqual(['mine', 'case'])
    expect(result.units.get('case')?.windows).toEqual([['2026-01-02T00:00:00.000Z', undefined]])
  })

  it('expands a root container to its contents, recursively', async () => {
    const edges = [pack('pallet', 'case', '2026-01-02T00:00:00.000Z'), pack('case', 'item', '2026-01-01T00:00:00.000Z')]
    const result = await walkLineage(['pallet'], 'backward', lookupOf(edges), options)
    expect([...result.units.keys()].sort()).toEqual(['case', 'item', 'pallet'])
  })

  it('gives a re-used crate only the window the unit spent inside', async () => {
    const edges = [
      pack('crate', 'monday', '2026-01-05T00:00:00.000Z'), pack('crate', 'monday', '2026-01-05T18:00:00.000Z', 'delete'),
      pack('crate', 'tuesday', '2026-01-06T00:00:00.000Z'),
    ]
    const result = await walkLineage(['monday'], 'forward', lookupOf(edges), options)
    expect(result.units.get('crate')?.windows).toEqual([['2026-01-05T00:00:00.000Z', '2026-01-05T18:00:00.000Z']])
    expect(result.units.has('tuesday')).toBe(false)
  })
})

describe('windowsOf', () => {
  it('pairs each packing with the next unpacking, leaving the last one open', () => {
    const edges = [pack('p', 'c', '2026-01-01T00:00:00.000Z'), pack('p', 'c', '2026-01-02T00:00:00.000Z', 'delete'), pack('p', 'c', '2026-01-03T00:00:00.000Z')]
    expect(windowsOf(edges)).toEqual([['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'], ['2026-01-03T00:00:00.000Z', undefined]])
  })
})
