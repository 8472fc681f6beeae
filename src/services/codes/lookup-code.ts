/**
 * Code look-up (代码识别): which scheme a typed or scanned string is, whether it is valid, its parts, and
 * what it names on this platform — a trace unit, a product, a party or a site.
 *
 * Only reads, so no transaction. What it reveals is already public elsewhere (the public query shows a
 * code's product and producer), except ID numbers: those come back masked, without birth date or sex.
 */
import { identifyCode, type Alternative, type CodeScheme } from '../../domain/identifiers/identify-code.js'
import { maskIdCard } from '../../domain/identifiers/id-card.js'
import type { CodeIssue } from '../../domain/identifiers/result.js'
import { parseTraceCode } from '../../domain/identifiers/trace-key.js'
import type { Party, Product, Site, TraceUnit } from '../../domain/master-data.js'
import type { Repositories } from '../../storage/store.js'

export type Resolution =
  | { type: 'unit'; id: string; code: string; kind: string; scheme: string; productId?: string; lotNumber?: string; serial?: string }
  | { type: 'product'; id: string; name: string; category: string; gtin?: string }
  | { type: 'party'; id: string; name: string; kind: string; regionCode: string }
  | { type: 'site'; id: string; partyId: string; name: string; kind: string; regionCode: string }

export interface CodeLookup {
  scheme: CodeScheme
  valid: boolean
  normalized: string
  parts: Record<string, unknown>
  errors: CodeIssue[]
  warnings: CodeIssue[]
  alternatives: Alternative[]
  /** The canonical trace key the platform files this code under, when it can name a trace unit. */
  traceKey?: string
  resolves: Resolution[]
}

/** Parts of an ID number that are personal data beyond what the masked number shows. */
const ID_CARD_PRIVATE_PARTS = ['birthDate', 'sex', 'sequence', 'checkCharacter']

export async function lookupCode(repos: Repositories, input: string): Promise<CodeLookup> {
  const identified = identifyCode(input)
  const { scheme, valid, errors, warnings, alternatives } = identified
  let { normalized, parts } = identified
  if (scheme === 'id_card' || alternatives.some((a) => a.scheme === 'id_card' && a.valid)) {
    normalized = maskIdCard(normalized)
    parts = Object.fromEntries(Object.entries(parts).filter(([name]) => !ID_CARD_PRIVATE_PARTS.includes(name)))
  }
  const traceKey = parseTraceCode(input)
  const key = traceKey.ok ? traceKey.value : undefined

  const gtin = key?.gtin ?? (scheme === 'gtin' && valid ? String(parts.gtin14) : undefined)
  const uscc = scheme === 'uscc' && valid ? normalized : undefined
  const gln = glnOf(scheme, valid, normalized, parts)
  const [unit, products, party, glnParties, glnSites] = await Promise.all([
    key ? repos.units.findByKey(key.key) : undefined,
    gtin ? repos.products.findByGtins([gtin]) : [],
    uscc ? repos.parties.findByUscc(uscc) : undefined,
    gln ? repos.parties.findByReferences([gln]) : [],
    gln ? repos.sites.findByReferences([gln]) : [],
  ])
  const unitProduct = unit?.productId && !products.some((p) => p.id === unit.productId) ? await repos.products.findById(unit.productId) : undefined

  const resolves: Resolution[] = [
    ...(unit ? [unitView(unit)] : []),
    ...[...products, ...(unitProduct ? [unitProduct] : [])].map(productView),
    ...[...(party ? [party] : []), ...glnParties.filter((p) => p.gln === gln)].map(partyView),
    ...glnSites.filter((s) => s.gln === gln).map(siteView),
  ]
  return { scheme, valid, normalized, parts, errors, warnings, alternatives, traceKey: key?.key, resolves }
}

/** A GLN typed alone, or the (414)/(417) key of an element string, Digital Link or EPC URN. */
function glnOf(scheme: CodeScheme, valid: boolean, normalized: string, parts: Record<string, unknown>): string | undefined {
  if (!valid) return undefined
  if (scheme === 'gln') return normalized
  const primary = parts.primary as { ai?: string; value?: string } | undefined
  if (primary && (primary.ai === '414' || primary.ai === '417')) return primary.value
  return undefined
}

function unitView(unit: TraceUnit): Resolution {
  return { type: 'unit', id: unit.id, code: unit.key, kind: unit.kind, scheme: unit.scheme, productId: unit.productId, lotNumber: unit.lotNumber, serial: unit.serial }
}

function productView(product: Product): Resolution {
  return { type: 'product', id: product.id, name: product.name, category: product.category, gtin: product.gtin }
}

function partyView(party: Party): Resolution {
  return { type: 'party', id: party.id, name: party.name, kind: party.kind, regionCode: party.regionCode }
}

function siteView(site: Site): Resolution {
  return { type: 'site', id: site.id, partyId: site.partyId, name: site.name, kind: site.kind, regionCode: site.regionCode }
}
