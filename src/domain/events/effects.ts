/**
 * What an event does to the derived indexes: custody facts (who made, received, shipped, sold, used or
 * destroyed how much of which unit) and lineage facts (transformation input → output, container ↔ content).
 * Parties and locations are left as references; the capture service resolves them against master data.
 */
import type { CodeRef, PartyLink, QuantityRef, TraceEvent } from './event.js'
import { bizStepWord } from './vocabulary.js'

export const CUSTODY_ROLES = ['made', 'received', 'shipped', 'sold', 'used', 'destroyed', 'inspected', 'packed', 'observed'] as const
export type CustodyRole = (typeof CUSTODY_ROLES)[number]

export interface CustodyFact {
  unitKey: string
  role: CustodyRole
  quantityMilli?: number
  uom?: string
}

export type LineageKind = 'transformation' | 'aggregation' | 'association'

export interface LineageFact {
  kind: LineageKind
  fromKey: string
  /** Undefined for "remove every child" (an AggregationEvent DELETE naming only the parent). */
  toKey?: string
  action: 'add' | 'delete'
}

export interface EventEffects {
  custody: CustodyFact[]
  lineage: LineageFact[]
  /** Reference of the party responsible for the event, if the event names one. */
  actorRef?: string
  /** The other party of a custody change: the destination of a shipment, the source of a receipt. */
  counterpartyRef?: string
  /** Where it happened: bizLocation, else readPoint. */
  locationRef?: string
}

const PARTY_LINK_TYPES = new Set(['owning_party', 'possessing_party', 'https://ref.gs1.org/cbv/SDT-owning_party', 'https://ref.gs1.org/cbv/SDT-possessing_party', 'urn:epcglobal:cbv:sdt:owning_party', 'urn:epcglobal:cbv:sdt:possessing_party', ''])

const ROLE_BY_BIZ_STEP: Record<string, CustodyRole> = {
  commissioning: 'made', creating_class_instance: 'made', encoding: 'made', assembling: 'made',
  harvesting: 'made', slaughtering: 'made', processing: 'made', filling: 'made',
  shipping: 'shipped',
  receiving: 'received', accepting: 'received',
  retail_selling: 'sold', dispensing: 'sold',
  destroying: 'destroyed', decommissioning: 'destroyed',
  inspecting: 'inspected', sampling: 'inspected', quarantining: 'inspected', maintaining: 'inspected',
  using: 'used', installing: 'used',
  packing: 'packed', unpacking: 'packed', repackaging: 'packed',
}
const ROLE_BY_DISPOSITION: Record<string, CustodyRole> = {
  retail_sold: 'sold', dispensed: 'sold', destroyed: 'destroyed', disposed: 'destroyed',
}

export function effectsOf(event: TraceEvent): EventEffects {
  const role = custodyRole(event)
  const custody: CustodyFact[] = []
  const lineage: LineageFact[] = []
  const push = (refs: (CodeRef | QuantityRef)[], factRole: CustodyRole) => {
    for (const ref of refs) custody.push(custodyFact(ref, factRole))
  }
  switch (event.type) {
    case 'ObjectEvent':
    case 'TransactionEvent':
      push([...event.epcs, ...event.quantities], role)
      if (event.parent) push([event.parent], role)
      break
    case 'AggregationEvent':
    case 'AssociationEvent': {
      const kind = event.type === 'AggregationEvent' ? 'aggregation' : 'association'
      const action = event.action === 'DELETE' ? 'delete' : 'add'
      const children = [...event.children, ...event.childQuantities]
      if (event.parent) {
        if (children.length === 0 && action === 'delete') lineage.push({ kind, fromKey: event.parent.key.key, action })
        for (const child of children) lineage.push({ kind, fromKey: event.parent.key.key, toKey: child.key.key, action })
        push([event.parent], event.action === 'ADD' && kind === 'aggregation' ? 'packed' : role)
      }
      push(children, role === 'observed' ? 'packed' : role)
      break
    }
    case 'TransformationEvent': {
      const inputs = [...event.inputs, ...event.inputQuantities]
      const outputs = [...event.outputs, ...event.outputQuantities]
      push(inputs, 'used')
      push(outputs, 'made')
      for (const input of inputs) {
        for (const output of outputs) lineage.push({ kind: 'transformation', fromKey: input.key.key, toKey: output.key.key, action: 'add' })
      }
      break
    }
  }
  const actorLinks = role === 'received' ? event.destinations : event.sources
  const counterLinks = role === 'received' ? event.sources : role === 'shipped' ? event.destinations : []
  return {
    custody: dedupe(custody),
    lineage,
    actorRef: event.party ?? firstPartyLink(actorLinks),
    counterpartyRef: firstPartyLink(counterLinks),
    locationRef: event.bizLocation ?? event.readPoint,
  }
}

export function custodyRole(event: TraceEvent): CustodyRole {
  const byStep = ROLE_BY_BIZ_STEP[bizStepWord(event.bizStep) ?? '']
  if (byStep) return byStep
  const byDisposition = ROLE_BY_DISPOSITION[event.disposition ?? '']
  if (byDisposition) return byDisposition
  // An ObjectEvent ADD without a step brings codes into being (EPCIS: commissioning is the default meaning).
  if (event.type === 'ObjectEvent' && event.action === 'ADD' && !event.bizStep) return 'made'
  return 'observed'
}

function custodyFact(ref: CodeRef | QuantityRef, role: CustodyRole): CustodyFact {
  if ('quantityMilli' in ref || 'uom' in ref) {
    const q = ref as QuantityRef
    return { unitKey: ref.key.key, role, quantityMilli: q.quantityMilli, uom: q.uom }
  }
  // An instance-level code (an item or a container) is one piece.
  return { unitKey: ref.key.key, role, quantityMilli: 1000, uom: 'H87' }
}

function firstPartyLink(links: PartyLink[]): string | undefined {
  return links.find((l) => PARTY_LINK_TYPES.has(l.type))?.value
}

function dedupe(facts: CustodyFact[]): CustodyFact[] {
  const seen = new Map<string, CustodyFact>()
  for (const fact of facts) {
    const id = `${fact.unitKey}|${fact.role}|${fact.uom ?? ''}`
    const existing = seen.get(id)
    if (!existing) seen.set(id, { ...fact })
    else if (fact.quantityMilli !== undefined) existing.quantityMilli = (existing.quantityMilli ?? 0) + fact.quantityMilli
  }
  return [...seen.values()]
}
