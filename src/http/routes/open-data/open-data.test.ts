/**
 * Open data exposes no confidential element of the data standard, no party and no per-party figure, and
 * suppresses cells of fewer than 5 parties.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { CATEGORY_CODES } from '../../../domain/categories.js'
import { STANDARD } from '../../../domain/standards/standard.js'
import { buildWorld, type World } from '../../../../test/support/accounts-world.js'
import { engines } from '../../../../test/support/engines.js'

/** Every key of every data element the standard marks confidential or personal. */
function confidentialKeys(): Set<string> {
  const keys = new Set<string>()
  for (const category of Object.values(STANDARD)) {
    for (const stage of category.stages) for (const step of stage.steps) for (const element of step.elements) if (element.confidentiality !== 'public') keys.add(element.key)
  }
  return keys
}

/** Keys that would name a party or carry its own figures. */
const PER_PARTY_KEYS = ['partyId', 'party', 'parties_list', 'uscc', 'gln', 'customer', 'customers', 'supplier', 'counterparty', 'eventId', 'code', 'lotNumber', 'serial', 'quantity']

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) { into.add(k); keysOf(v, into) }
  return into
}

describe.each(engines())('open data on %s', (engine) => {
  let world: World
  beforeAll(async () => {
    world = await buildWorld(engine)
  }, 120_000)

  it('exposes no confidential element, no party and no per-party figure', async () => {
    const reply = await world.platform.server.inject('/api/v1/public/statistics')
    expect(reply.statusCode).toBe(200)
    const keys = keysOf(reply.json())
    const confidential = confidentialKeys()
    expect(confidential.size).toBeGreaterThan(10)
    // byCategory's own keys are category codes, not element keys: only field names are compared.
    const fieldNames = [...keys].filter((k) => !(CATEGORY_CODES as string[]).includes(k))
    expect(fieldNames.filter((k) => confidential.has(k))).toEqual([])
    expect(fieldNames.filter((k) => PER_PARTY_KEYS.includes(k))).toEqual([])
    for (const party of Object.values(world.parties)) {
      expect(reply.body).not.toContain(party.id)
      expect(reply.body).not.toContain(party.uscc)
    }
    expect(reply.body).not.toContain('梅县食品厂')
  })

  it('suppresses cells of fewer than 5 parties', async () => {
    const stats = (await world.platform.server.inject('/api/v1/public/statistics')).json() as {
      total: { parties: number | string }; byCategory: { category: string; parties: number | string; coverage: number | null }[]; byCity: { regionCode: string; parties: number | string }[]
    }
    expect(stats.total.parties).toBe(5)
    expect(stats.byCategory.find((c) => c.category === 'food')).toMatchObject({ parties: '<5', coverage: null })
    expect(stats.byCategory.find((c) => c.category === 'drug')).toMatchObject({ parties: '<5' })
    expect(stats.byCategory.find((c) => c.category === 'agri')).toMatchObject({ parties: 0 })
    expect(stats.byCity.find((c) => c.regionCode === '441400')).toMatchObject({ parties: '<5' })
  })
})
