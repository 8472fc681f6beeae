/**
 * GS1 EPC URNs (Tag Data Standard 2.1 §6) ↔ GS1 Digital Link URIs, for the schemes the platform meets:
 * sgtin, lgtin, sscc, sgln, pgln, grai, giai.
 *
 * URN → Digital Link needs nothing more: the URN spells the company prefix out. Digital Link → URN needs
 * the GS1 company prefix length, which only GS1's prefix list knows; give it, or let it be derived for the
 * Chinese ranges where cn-identifiers.md §8 fixes it (690/691 → 7 digits, 692/693 → 8).
 */
import { CANONICAL_DL_HOST, parseDigitalLink, type DigitalLinkOptions } from './digital-link.js'
import type { AiPair } from './element-string.js'
import { constrainQualifiers, escapeDlPathComponent, parseEpcUrn } from './gs1.js'
import { prepareCode } from './normalize.js'
import { issue, result, type CodeIssue, type CodeResult } from './result.js'

export const EPC_SCHEMES = ['sgtin', 'lgtin', 'sscc', 'sgln', 'pgln', 'grai', 'giai'] as const
export type EpcScheme = (typeof EPC_SCHEMES)[number]

type Converted<T> = ({ ok: true } & T) | { ok: false; errors: CodeIssue[] }

function pathOf(primary: AiPair, qualifiers: AiPair[]): string {
  return [primary, ...qualifiers].map((p) => `${p.ai}/${escapeDlPathComponent(p.value)}`).join('/')
}

/** EPC URN → Digital Link URI on `origin` (default `https://id.gs1.org`). */
export function epcUrnToDigitalLink(urn: string, origin = CANONICAL_DL_HOST): Converted<{ uri: string; scheme: EpcScheme; key: string }> {
  const parsed = parseEpcUrn(urn.trim())
  if (!parsed) {
    const scheme = /^urn:epc:[a-z]+:([a-z0-9]+):/i.exec(urn.trim())?.[1]
    return { ok: false, errors: [scheme ? issue('epc_unsupported', { scheme }) : issue('epc_malformed', { detail: 'urn:epc:id:<scheme>:<components>' })] }
  }
  if ('error' in parsed) return { ok: false, errors: [issue('epc_malformed', { detail: parsed.error })] }
  const uri = `${origin.replace(/\/+$/, '')}/${pathOf(parsed.primary, parsed.qualifiers)}`
  return { ok: true, uri, scheme: parsed.scheme as EpcScheme, key: parsed.key }
}

/** GS1 China (cn-identifiers.md §8): 690/691 carry 7-digit company prefixes, 692/693 8; others vary. */
export function chinaCompanyPrefixLength(digitsAfterIndicator: string): number | undefined {
  const prefix = digitsAfterIndicator.slice(0, 3)
  if (prefix === '690' || prefix === '691') return 7
  if (prefix === '692' || prefix === '693') return 8
  return undefined
}

/** TDS 2.1 Table 5-1: in an EPC URN these characters of GS1 set 82 must be percent-encoded. */
function escapeUrnComponent(value: string): string {
  return value.replace(/["%&/<>?]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
}

export interface EpcOptions extends DigitalLinkOptions {
  /** Digits of the GS1 company prefix (6–12); derived for GS1 China ranges when absent. */
  companyPrefixLength?: number
}

/**
 * Digital Link URI → EPC URN. A GTIN with a serial gives an SGTIN, with only a lot an LGTIN class, alone
 * the `idpat` pattern of all its SGTINs; a GRAI without serial gives the `idpat` of its assets.
 */
export function digitalLinkToEpcUrn(uri: string, options: EpcOptions = {}): Converted<{ urn: string; scheme: EpcScheme }> {
  const parsed = parseDigitalLink(uri.trim(), options)
  if (!parsed.ok) return parsed
  const { primary, qualifiers } = parsed.value
  const value = primary.value
  const body = primary.ai === '01' || primary.ai === '00' ? value.slice(1) : primary.ai === '8003' ? value.slice(1) : value
  const length = options.companyPrefixLength ?? chinaCompanyPrefixLength(body)
  if (length === undefined || !Number.isInteger(length) || length < 6 || length > 12) return { ok: false, errors: [issue('company_prefix_unknown')] }
  const cp = body.slice(0, length)
  const qualifier = (ai: string) => qualifiers.find((q) => q.ai === ai)?.value
  const done = (scheme: EpcScheme, urn: string): Converted<{ urn: string; scheme: EpcScheme }> => ({ ok: true, urn, scheme })
  switch (primary.ai) {
    case '01': {
      const reference = value[0] + value.slice(1 + length, 13)
      const serial = qualifier('21')
      const lot = qualifier('10')
      if (serial !== undefined) return done('sgtin', `urn:epc:id:sgtin:${cp}.${reference}.${escapeUrnComponent(serial)}`)
      if (lot !== undefined) return done('lgtin', `urn:epc:class:lgtin:${cp}.${reference}.${escapeUrnComponent(lot)}`)
      return done('sgtin', `urn:epc:idpat:sgtin:${cp}.${reference}.*`)
    }
    case '00':
      return done('sscc', `urn:epc:id:sscc:${cp}.${value[0]}${value.slice(1 + length, 17)}`)
    case '414': {
      const extension = qualifier('254') ?? '0'
      return done('sgln', `urn:epc:id:sgln:${cp}.${value.slice(length, 12)}.${escapeUrnComponent(extension)}`)
    }
    case '417':
      return done('pgln', `urn:epc:id:pgln:${cp}.${value.slice(length, 12)}`)
    case '8003': {
      const assetType = value.slice(1 + length, 13)
      const serial = value.slice(14)
      return done('grai', serial === '' ? `urn:epc:idpat:grai:${cp}.${assetType}.*` : `urn:epc:id:grai:${cp}.${assetType}.${escapeUrnComponent(serial)}`)
    }
    case '8004':
      return done('giai', `urn:epc:id:giai:${cp}.${escapeUrnComponent(value.slice(length))}`)
    default:
      return { ok: false, errors: [issue('epc_unsupported', { scheme: `AI (${primary.ai})` })] }
  }
}

/**
 * The constrained canonical Digital Link that CBV 2.0 event hashing compares (§8.9 of the EPCIS/CBV 2.0
 * hash algorithm): GS1's host, numeric AIs, padded GTIN, only identity qualifiers, no query. Reads EPC URNs
 * and Digital Links on any host, short names and unpadded GTINs included. Undefined when not a GS1 key.
 */
export function toConstrainedCanonicalDigitalLink(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined
  const text = input.trim()
  if (/^urn:epc:/i.test(text)) {
    const parsed = parseEpcUrn(text)
    if (!parsed || 'error' in parsed) return undefined
    return `${CANONICAL_DL_HOST}/${pathOf(parsed.primary, constrainQualifiers(parsed.primary.ai, parsed.qualifiers))}`
  }
  const parsed = parseDigitalLink(text, { permitConvenienceAlphas: true, permitZeroSuppressedGtin: true })
  if (!parsed.ok) return undefined
  const { primary, qualifiers } = parsed.value
  return `${CANONICAL_DL_HOST}/${pathOf(primary, constrainQualifiers(primary.ai, qualifiers))}`
}

export interface EpcUrnParts {
  epcScheme: EpcScheme
  key: string
  digitalLink: string
  primary: AiPair
  qualifiers: AiPair[]
}

export function validateEpcUrn(input: unknown): CodeResult<EpcUrnParts> {
  const prepared = prepareCode(input, { compact: false, upper: false })
  if (!prepared.ok) return prepared.result
  const converted = epcUrnToDigitalLink(prepared.text)
  if (!converted.ok) return result(prepared.text, {}, converted.errors)
  const parsed = parseEpcUrn(prepared.text) as Exclude<ReturnType<typeof parseEpcUrn>, undefined | { error: string }>
  return result(prepared.text, { epcScheme: converted.scheme, key: converted.key, digitalLink: converted.uri, primary: parsed.primary, qualifiers: parsed.qualifiers })
}
