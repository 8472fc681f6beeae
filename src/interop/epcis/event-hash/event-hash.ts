/**
 * Event hash IDs (RFC 6920 `ni:///sha-256;<hex>?ver=CBV2.0|CBV2.1`): the content identity of an EPCIS
 * event, the same in every system that follows the CBV algorithm, so a re-captured event is recognised
 * whatever eventID it carries. Pure: no I/O.
 */
import { createHash } from 'node:crypto'
import { DEFAULT_PREFIXES, type PrefixMap } from '../json-ld/context.js'
import { preHash, type CbvVersion } from './pre-hash.js'

export type { CbvVersion }
export { preHash }

/** The version the platform stores and de-duplicates by (EPCIS 2.0 / CBV 2.0 are ratified; 2.1 is not sure). */
export const STORED_HASH_VERSION: CbvVersion = 'CBV2.0'

export function hashIdOf(prehash: string, version: CbvVersion): string {
  return `ni:///sha-256;${createHash('sha256').update(prehash, 'utf8').digest('hex')}?ver=${version}`
}

/** The hash ID of one event in JSON(-LD) form, with the document's prefixes (default: EPCIS + `zs`). */
export function eventHashId(event: Record<string, unknown>, prefixes: PrefixMap = DEFAULT_PREFIXES, version: CbvVersion = STORED_HASH_VERSION): string {
  return hashIdOf(preHash(event, prefixes, version), version)
}

/** Hashes `events` `rounds` times and reports events per second: the figure `npm run bench` compares to its goal. */
export function timeEventHashing(events: Record<string, unknown>[], rounds = 1, version: CbvVersion = STORED_HASH_VERSION): { events: number; ms: number; perSecond: number } {
  const started = performance.now()
  let count = 0
  for (let round = 0; round < rounds; round++) {
    for (const event of events) {
      eventHashId(event, DEFAULT_PREFIXES, version)
      count++
    }
  }
  const ms = performance.now() - started
  return { events: count, ms, perSecond: count / (ms / 1000) }
}
