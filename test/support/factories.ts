/** Test data made through the API, as an enterprise system would. */
import { completeUscc } from '../../src/domain/identifiers/uscc.js'
import type { Server } from '../../src/http/server.js'

let partySerial = 0

/** A valid USCC: 91 (enterprise) + region + a distinct organisation-code body. */
export function makeUscc(regionCode = '441400'): string {
  partySerial++
  return completeUscc(`91${regionCode}MA${String(partySerial).padStart(6, '0')}`)
}

export interface TestParty {
  id: string
  uscc: string
  name: string
  siteId: string
}

export async function makeParty(server: Server, name: string, kind: string, regionCode: string, headers: Record<string, string> = {}): Promise<TestParty> {
  const uscc = makeUscc(regionCode)
  const reply = await server.inject({ method: 'POST', url: '/api/v1/parties', headers, payload: { name, kind, regionCode, uscc, categories: ['agri'] } })
  if (reply.statusCode !== 201) throw new Error(`party: ${reply.statusCode} ${reply.body}`)
  const party = reply.json() as { id: string }
  const site = await server.inject({ method: 'POST', url: `/api/v1/parties/${party.id}/sites`, headers, payload: { name: `${name}场所`, kind: 'site', regionCode } })
  if (site.statusCode !== 201) throw new Error(`site: ${site.statusCode} ${site.body}`)
  return { id: party.id, uscc, name, siteId: (site.json() as { id: string }).id }
}

export async function makeProduct(server: Server, name: string, gtin: string, category = 'agri', uom = 'KGM', headers: Record<string, string> = {}): Promise<string> {
  const reply = await server.inject({ method: 'POST', url: '/api/v1/products', headers, payload: { name, gtin, category, uom } })
  if (reply.statusCode !== 201) throw new Error(`product: ${reply.statusCode} ${reply.body}`)
  return (reply.json() as { id: string }).id
}

export async function capture(server: Server, events: unknown[], headers: Record<string, string> = {}) {
  return server.inject({ method: 'POST', url: '/api/v1/events', headers, payload: { events } })
}
