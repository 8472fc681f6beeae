/**
 * Holdings (持有/进销存): per unit and party, what came in, what was made, what went out, and what remains.
 * Sums use bigint (STYLE §3); quantities are integer thousandths per unit of measure.
 */
import type { CustodyRole } from './events/effects.js'

export interface CustodyRecord {
  unitId: string
  role: CustodyRole
  partyId?: string
  partyRef?: string
  siteId?: string
  regionCode?: string
  counterpartyId?: string
  counterpartyRef?: string
  quantityMilli?: number
  uom?: string
  eventRowId: string
  eventId: string
  eventTime: string
  /** Set on records derived from a container's custody: the container whose event this was. */
  viaUnitId?: string
}

export interface Holding {
  /** Registered party id, or the reference the events used for an unregistered one. */
  holder: string
  isRegistered: boolean
  unitId: string
  uom?: string
  madeMilli: bigint
  receivedMilli: bigint
  shippedMilli: bigint
  soldMilli: bigint
  usedMilli: bigint
  destroyedMilli: bigint
  /** made + received − shipped − sold − used − destroyed; negative means the books do not balance. */
  remainingMilli: bigint
  /** Shipped to this holder by others but not (yet) confirmed by a receiving event. */
  unconfirmedMilli: bigint
  firstAt: string
  lastAt: string
}

const FIELD_BY_ROLE: Partial<Record<CustodyRole, keyof Pick<Holding, 'madeMilli' | 'receivedMilli' | 'shippedMilli' | 'soldMilli' | 'usedMilli' | 'destroyedMilli'>>> = {
  made: 'madeMilli', received: 'receivedMilli', shipped: 'shippedMilli', sold: 'soldMilli', used: 'usedMilli', destroyed: 'destroyedMilli',
}

/** Builds holdings from custody records; a shipment names its receiver as a holder until it confirms. */
export function computeHoldings(records: CustodyRecord[]): Holding[] {
  const holdings = new Map<string, Holding>()
  const holdingOf = (holder: string, isRegistered: boolean, record: CustodyRecord): Holding => {
    const id = `${record.unitId}|${holder}|${record.uom ?? ''}`
    let holding = holdings.get(id)
    if (!holding) {
      holding = {
        holder, isRegistered, unitId: record.unitId, uom: record.uom, madeMilli: 0n, receivedMilli: 0n, shippedMilli: 0n,
        soldMilli: 0n, usedMilli: 0n, destroyedMilli: 0n, remainingMilli: 0n, unconfirmedMilli: 0n,
        firstAt: record.eventTime, lastAt: record.eventTime,
      }
      holdings.set(id, holding)
    }
    if (record.eventTime < holding.firstAt) holding.firstAt = record.eventTime
    if (record.eventTime > holding.lastAt) holding.lastAt = record.eventTime
    return holding
  }
  const shippedTo = new Map<string, bigint>()
  for (const record of records) {
    const holder = record.partyId ?? record.partyRef
    const field = FIELD_BY_ROLE[record.role]
    const quantity = BigInt(record.quantityMilli ?? 0)
    if (holder) {
      const holding = holdingOf(holder, record.partyId !== undefined, record)
      if (field) holding[field] += quantity
    }
    const receiver = record.counterpartyId ?? record.counterpartyRef
    if (record.role === 'shipped' && receiver) {
      holdingOf(receiver, record.counterpartyId !== undefined, record)
      const id = `${record.unitId}|${receiver}|${record.uom ?? ''}`
      shippedTo.set(id, (shippedTo.get(id) ?? 0n) + quantity)
    }
  }
  for (const [id, holding] of holdings) {
    const shipped = shippedTo.get(id) ?? 0n
    holding.unconfirmedMilli = shipped > holding.receivedMilli ? shipped - holding.receivedMilli : 0n
    holding.remainingMilli = holding.madeMilli + holding.receivedMilli + holding.unconfirmedMilli - holding.shippedMilli - holding.soldMilli - holding.usedMilli - holding.destroyedMilli
  }
  return [...holdings.values()]
}
