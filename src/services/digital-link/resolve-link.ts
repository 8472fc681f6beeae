/**
 * GS1 Digital Link resolver (GS1-Conformant Resolver standard; interop.md §4): a request path and query
 * → either the canonical path to redirect to, or the links the platform holds for the key.
 *
 * Lenient where a phone may meet an old label (GTIN-8/12/13 without zero padding, the short names
 * `gtin`, `lot`, `ser` of Digital Link ≤ 1.2), strict everywhere else: such a request is answered with
 * its canonical path, never resolved as written. The canonical path is the constrained one: a serial
 * names the item whatever lot or variant is printed beside it (gs1.ts `constrainQualifiers`), so every
 * spelling of one item reaches the same trace unit — the platform's trace key.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { parseDigitalLink, type DigitalLink } from '../../domain/identifiers/digital-link.js'
import { constrainQualifiers, formatKey } from '../../domain/identifiers/gs1.js'
import { renderIssue, type CodeIssue } from '../../domain/identifiers/result.js'
import type { Repositories } from '../../storage/store.js'
import { linksForParty, linksForProduct, linksForUnit, type ResolverLink } from './link-types.js'

export type { ResolverLink }

export interface ResolveDeps {
  repos: Repositories
  /** Base URL of printed codes (config `publicUrl`): the anchor of every link set. */
  publicUrl: string
}

export type Resolution =
  | { kind: 'canonical'; path: string }
  | { kind: 'links'; anchor: string; key: string; links: ResolverLink[] }

/** Any host will do: the resolver parses only the path and query it was asked for. */
const PARSE_ORIGIN = 'https://resolver.invalid'
const LENIENT = { permitZeroSuppressedGtin: true, permitConvenienceAlphas: true }

/** Parses a request target (`/01/…?…`, as received, still percent-encoded) to its Digital Link. */
export function parseResolverRequest(target: string): { link: DigitalLink; canonicalPath: string; isCanonical: boolean } {
  const [path, query] = splitTarget(target)
  const parsed = parseDigitalLink(`${PARSE_ORIGIN}${path}${query === undefined ? '' : `?${query}`}`, LENIENT)
  if (!parsed.ok) throw invalidLink(parsed.errors)
  const link = parsed.value
  if (link.stem !== '') throw invalidLink([{ code: 'no_primary_key', message: 'The path must start with a primary key AI' }])
  const canonicalPath = `/${formatKey(link.primary.ai, link.primary.value, constrainQualifiers(link.primary.ai, link.qualifiers))}`
  return { link, canonicalPath, isCanonical: canonicalPath === path }
}

export async function resolveDigitalLink(deps: ResolveDeps, target: string): Promise<Resolution> {
  const { link, canonicalPath, isCanonical } = parseResolverRequest(target)
  if (!isCanonical) {
    const query = splitTarget(target)[1]
    return { kind: 'canonical', path: query ? `${canonicalPath}?${query}` : canonicalPath }
  }
  const key = canonicalPath.slice(1)
  const base = deps.publicUrl.replace(/\/+$/, '')
  const links = await findLinks(deps.repos, base, link, key)
  if (links.length === 0) throw new ZhuisuError('code_not_found', '/code', { key })
  return { kind: 'links', anchor: `${base}${canonicalPath}`, key, links }
}

async function findLinks(repos: Repositories, base: string, link: DigitalLink, key: string): Promise<ResolverLink[]> {
  const { ai, value } = link.primary
  if (ai === '414' || ai === '417') {
    const [parties, sites] = await Promise.all([repos.parties.findByReferences([value]), ai === '414' ? repos.sites.findByReferences([value]) : []])
    const party = parties.find((p) => p.gln === value)
    const site = sites.find((s) => s.gln === value)
    return party || site ? linksForParty(base, party?.id ?? site!.partyId, site?.id) : []
  }
  const unit = await repos.units.findByKey(key)
  if (unit) {
    const product = unit.productId ? await repos.products.findById(unit.productId) : undefined
    return linksForUnit(base, unit, product)
  }
  if (ai === '01' && link.qualifiers.length === 0) {
    const [product] = await repos.products.findByGtins([value])
    return product ? linksForProduct(base, product) : []
  }
  return []
}

function splitTarget(target: string): [string, string | undefined] {
  const at = target.indexOf('?')
  return at < 0 ? [target, undefined] : [target.slice(0, at), target.slice(at + 1)]
}

function invalidLink(errors: CodeIssue[]): ZhuisuError {
  return new ZhuisuError('code_invalid', '/code', {
    detail: errors.map((e) => e.message).join('; '),
    reasons: errors.map((e) => ({ code: e.code, zh: renderIssue(e, 'zh'), en: renderIssue(e, 'en') })),
  })
}
