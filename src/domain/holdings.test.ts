import { describe, expect, it } from 'vitest'
import { computeHoldings, type CustodyRecord } from './holdings.js'

const record = (overrides: Partial<CustodyRecord>): CustodyRecord => ({
  unitId: 'lot', role: 'made', quantityMilli: 1000, uom: 'KGM', eventRowId: 'e', eventId: 'e', eventTime: '2026-01-01T00:00:00.000Z', ...overrides,
})

describe('computeHoldings', () => {
  it('balances made, shipped and received per holder with exact thousandths', () => {
    const holdings = computeHoldings([
      record({ partyId: 'farm', role: 'made', quantityMilli: 100_500 }),
      record({ partyId: 'farm', role: 'shipped', quantityMilli: 60_250, counterpartyId: 'shop' }),
      record({ partyId: 'shop', role: 'received', quantityMilli: 60_250, eventTime: '2026-01-02T00:00:00.000Z' }),
      record({ partyId: 'shop', role: 'sold', quantityMilli: 250 }),
    ])
    const farm = holdings.find((h) => h.holder === 'farm')!
    const shop = holdings.find((h) => h.holder === 'shop')!
    expect(farm.remainingMilli).toBe(40_250n)
    expect(shop).toMatchObject({ receivedMilli: 60_250n, soldMilli: 250n, remainingMilli: 60_000n, unconfirmedMilli: 0n })
  })

  it('names an unconfirmed receiver as a holder of what was shipped to it', () => {
    const [, receiver] = computeHoldings([record({ partyId: 'farm', role: 'shipped', quantityMilli: 5000, counterpartyRef: '91350100M000100Y43' })])
    expect(receiver).toMatchObject({ holder: '91350100M000100Y43', isRegistered: false, unconfirmedMilli: 5000n, remainingMilli: 5000n })
  })

  it('keeps units of measure apart', () => {
    const holdings = computeHoldings([record({ partyId: 'p', uom: 'KGM' }), record({ partyId: 'p', uom: 'H87' })])
    expect(holdings).toHaveLength(2)
  })

  it('shows a negative remainder when more left than came in, for the balance alert to see', () => {
    const [holding] = computeHoldings([record({ partyId: 'p', role: 'received', quantityMilli: 1000 }), record({ partyId: 'p', role: 'shipped', quantityMilli: 3000 })])
    expect(holding.remainingMilli).toBe(-2000n)
  })
})
