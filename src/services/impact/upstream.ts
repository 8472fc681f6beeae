/**
 * Responsible parties upstream (责任主体): a backward walk from the roots; whoever made a root is its
 * producer, whoever made a unit it came from is an upstream producer or processor, whoever shipped such
 * a unit is a supplier. Holders of the roots themselves are downstream and belong to the impact list.
 */
import type { CustodyRecord } from '../../domain/holdings.js'
import { walkLineage, type WalkOptions } from '../../domain/trace-graph.js'
import type { Repositories } from '../../storage/store.js'
import { lineageLookup, loadTrace, partyView } from '../trace/load-trace.js'
import type { ResponsibleParty } from './model.js'

const MAX_CODES_PER_PARTY = 20

export async function responsibleParties(repos: Repositories, rootIds: string[], options: WalkOptions): Promise<{ parties: ResponsibleParty[]; truncated: boolean }> {
  const result = await walkLineage(rootIds, 'backward', lineageLookup(repos), options)
  const loaded = await loadTrace(repos, result)
  const byParty = new Map<string, ResponsibleParty>()
  const roleOf = (record: CustodyRecord, depth: number): ResponsibleParty['roles'][number] | undefined => {
    if (record.role === 'made') return depth === 0 ? 'producer' : 'upstream_producer'
    if (record.role === 'shipped' && depth > 0) return 'supplier'
    return undefined
  }
  const records = [...loaded.custody].sort((a, b) => (result.units.get(a.unitId)?.depth ?? 0) - (result.units.get(b.unitId)?.depth ?? 0))
  for (const record of records) {
    const reached = result.units.get(record.unitId)
    const unit = loaded.units.get(record.unitId)
    if (!reached || !unit || unit.kind === 'container' || reached.windows !== undefined) continue
    const role = roleOf(record, reached.depth)
    const key = record.partyId ?? record.partyRef
    if (!role || !key) continue
    let entry = byParty.get(key)
    if (!entry) {
      const party = record.partyId ? loaded.parties.get(record.partyId) : undefined
      entry = {
        party: partyView(loaded, key, record.partyId !== undefined), roles: [], codes: [], depth: reached.depth, licences: party?.licences ?? [],
        contact: { name: party?.contactName, phone: party?.contactPhone, address: party?.address },
      }
      byParty.set(key, entry)
    }
    if (!entry.roles.includes(role)) entry.roles.push(role)
    if (entry.codes.length < MAX_CODES_PER_PARTY && !entry.codes.includes(unit.key)) entry.codes.push(unit.key)
  }
  const parties = [...byParty.values()].sort((a, b) => a.depth - b.depth || (a.party.name ?? '').localeCompare(b.party.name ?? ''))
  return { parties, truncated: result.truncated }
}
