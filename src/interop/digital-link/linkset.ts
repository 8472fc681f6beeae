/**
 * RFC 9264 link sets (`application/linkset+json`) as GS1 resolvers publish them: one context object
 * anchored at the canonical URI, each relation type a full GS1 vocabulary URI with its target objects.
 */
import { GS1_VOC, type ResolverLink } from '../../services/digital-link/link-types.js'

export const LINKSET_MEDIA_TYPE = 'application/linkset+json'

export interface LinkTarget {
  href: string
  title: string
  type: string
  hreflang: string[]
}

export interface Linkset {
  linkset: ({ anchor: string } & Record<string, LinkTarget[] | string>)[]
}

export function formatLinkset(anchor: string, links: ResolverLink[]): Linkset {
  const context: { anchor: string } & Record<string, LinkTarget[]> = { anchor } as { anchor: string } & Record<string, LinkTarget[]>
  for (const link of links) {
    const relation = `${GS1_VOC}${link.type}`
    const targets = context[relation] ?? []
    targets.push({ href: link.href, title: link.title, type: link.mediaType, hreflang: ['zh-CN'] })
    context[relation] = targets
  }
  return { linkset: [context] }
}

/** The HTTP `Link` header of a redirect (RFC 8288): where the whole link set is. */
export function linksetHeader(anchor: string): string {
  const separator = anchor.includes('?') ? '&' : '?'
  return `<${anchor}${separator}linkType=all>; rel="linkset"; type="${LINKSET_MEDIA_TYPE}"`
}
