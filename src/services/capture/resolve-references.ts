/**
 * Resolves the parties and sites an event batch names, in one look-up each: USCC, party id, GLN or PGLN
 * URN for parties; site id, GLN or SGLN URN for sites.
 */
import { isValidGln, parseEpcUrn } from '../../domain/identifiers/gs1.js'
import { validateUscc } from '../../domain/identifiers/uscc.js'
import type { Party, Site } from '../../domain/master-data.js'
import type { Repositories } from '../../storage/store.js'

const SITE_URN_PREFIX = 'urn:zhuisu:site:'
const PARTY_URN_PREFIX = 'urn:zhuisu:party:'

/** The value to look a party reference up by. */
export function partyLookupValue(reference: string): string {
  if (reference.startsWith(PARTY_URN_PREFIX)) return reference.slice(PARTY_URN_PREFIX.length)
  if (reference.startsWith('urn:epc:id:pgln:') || reference.startsWith('urn:epc:id:sgln:')) {
    const parsed = parseEpcUrn(reference)
    if (parsed && !('error' in parsed)) return parsed.primary.value
  }
  const uscc = validateUscc(reference)
  if (uscc.valid) return uscc.normalized
  return reference
}

export function siteLookupValue(reference: string): string {
  if (reference.startsWith(SITE_URN_PREFIX)) return reference.slice(SITE_URN_PREFIX.length)
  if (reference.startsWith('urn:epc:id:sgln:')) {
    const parsed = parseEpcUrn(reference)
    if (parsed && !('error' in parsed)) return parsed.primary.value
  }
  const dl = /\/414\/(\d{13})/.exec(reference)
  if (dl && isValidGln(dl[1])) return dl[1]
  return reference
}

export interface ResolvedReferences {
  party(reference: string | undefined): Party | undefined
  site(reference: string | undefined): Site | undefined
}

export async function resolveReferences(repos: Repositories, partyRefs: Iterable<string>, siteRefs: Iterable<string>): Promise<ResolvedReferences> {
  // A batch names the same few parties and sites over and over: normalise each reference once.
  const partyValueOf = memoize(partyLookupValue)
  const siteValueOf = memoize(siteLookupValue)
  const partyValues = [...new Set([...partyRefs].map(partyValueOf))]
  const siteValues = [...new Set([...siteRefs].map(siteValueOf))]
  const [parties, sites] = await Promise.all([repos.parties.findByReferences(partyValues), repos.sites.findByReferences(siteValues)])
  const partyIndex = new Map<string, Party>()
  for (const party of parties) {
    partyIndex.set(party.id, party)
    if (party.uscc) partyIndex.set(party.uscc, party)
    if (party.gln) partyIndex.set(party.gln, party)
  }
  const siteIndex = new Map<string, Site>()
  for (const site of sites) {
    siteIndex.set(site.id, site)
    if (site.gln) siteIndex.set(site.gln, site)
  }
  return {
    party: (reference) => (reference === undefined ? undefined : partyIndex.get(partyValueOf(reference))),
    site: (reference) => (reference === undefined ? undefined : siteIndex.get(siteValueOf(reference))),
  }
}

function memoize(normalise: (reference: string) => string): (reference: string) => string {
  const seen = new Map<string, string>()
  return (reference) => {
    let value = seen.get(reference)
    if (value === undefined) {
      value = normalise(reference)
      seen.set(reference, value)
    }
    return value
  }
}
