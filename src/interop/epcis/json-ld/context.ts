/**
 * The JSON-LD `@context` of an EPCIS document, resolved offline into a prefix map. The EPCIS context is
 * shipped (contexts/epcis-context-2.0.0.json, the official file of ref.gs1.org); its terms are protected
 * (`@protected`), so a document may repeat but never redefine them (JSON-LD 1.1 §4.1.11).
 */
import epcisContext from '../contexts/epcis-context-2.0.0.json' with { type: 'json' }

/** Prefix → namespace IRI, e.g. `cbvmda` → `urn:epcglobal:cbv:mda:`. */
export type PrefixMap = Readonly<Record<string, string>>

/** Every URL at which the EPCIS 2.0 context is published (interop.md §1); all resolve to the shipped file. */
export const EPCIS_CONTEXT_URLS = [
  'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld',
  'https://ref.gs1.org/standards/epcis/epcis-context.jsonld',
  'https://ref.gs1.org/standards/epcis/2.0.1/epcis-context.jsonld',
  'https://gs1.github.io/EPCIS/epcis-context.jsonld',
] as const
export const EPCIS_CONTEXT_URL = EPCIS_CONTEXT_URLS[0]

/** The prefixes the EPCIS context defines (its string-valued terms that are IRIs ending in `/`, `#` or `:`). */
export const EPCIS_PREFIXES: PrefixMap = Object.freeze(Object.fromEntries(
  Object.entries(epcisContext['@context'] as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /^[a-z][a-z0-9+.-]*:.*[/#:]$/i.test(entry[1])),
))

/** The platform's own namespace for `zs:` fields when a capture sends no `@context` (native API). */
export const ZHUISU_NAMESPACE = 'https://zhuisu.org/voc/'
/**
 * What names expand to by default: the EPCIS prefixes, with `cbvmda` as the XML namespace
 * `urn:epcglobal:cbv:mda` (no colon) as the hash vectors write it unless a document declares it itself.
 */
export const DEFAULT_PREFIXES: PrefixMap = Object.freeze({
  ...Object.fromEntries(Object.entries(EPCIS_PREFIXES).map(([prefix, iri]) => [prefix, iri.replace(/:$/, '')])),
  zs: ZHUISU_NAMESPACE,
})

export type ContextResult = { ok: true; prefixes: PrefixMap } | { ok: false; field: string; reason: string }

/**
 * Reads `@context` (a URL, an object or an array of both). Remote contexts other than EPCIS cannot be
 * fetched (no network at capture); they are named in the error so that the sender can inline them.
 */
export function resolveContext(context: unknown, pointer = '/@context'): ContextResult {
  if (context === undefined) return { ok: true, prefixes: DEFAULT_PREFIXES }
  const entries = Array.isArray(context) ? context : [context]
  const prefixes: Record<string, string> = { ...DEFAULT_PREFIXES }
  for (const [index, entry] of entries.entries()) {
    const at = Array.isArray(context) ? `${pointer}/${index}` : pointer
    if (typeof entry === 'string') {
      if (!(EPCIS_CONTEXT_URLS as readonly string[]).includes(entry)) return { ok: false, field: at, reason: `unknown remote context ${entry.slice(0, 128)} (inline its prefixes)` }
      continue
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return { ok: false, field: at, reason: 'a context URL or an object of prefixes' }
    for (const [term, value] of Object.entries(entry as Record<string, unknown>)) {
      if (term.startsWith('@')) continue
      const iri = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['@id'] : undefined
      if (typeof iri !== 'string') continue
      if (term in EPCIS_PREFIXES && EPCIS_PREFIXES[term] !== iri) return { ok: false, field: `${at}/${term}`, reason: `redefines the protected EPCIS term ${term}` }
      prefixes[term] = iri
    }
  }
  return { ok: true, prefixes }
}

/** `prefix:local` → `{namespace}local` as the hash and XML write names; undefined when not a known CURIE. */
export function expandName(name: string, prefixes: PrefixMap): string | undefined {
  if (name.startsWith('{')) return name
  const colon = name.indexOf(':')
  if (colon <= 0) return undefined
  const namespace = prefixes[name.slice(0, colon)]
  const local = name.slice(colon + 1)
  if (namespace !== undefined) return `{${namespace}}${local}`
  // A full IRI used as a property name: split at its last `/` or `#`.
  const cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('#'))
  return cut > colon ? `{${name.slice(0, cut + 1)}}${name.slice(cut + 1)}` : undefined
}
