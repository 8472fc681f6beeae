/**
 * Which webhook URLs may be called. Only http(s), no credentials in the URL; unless the operator allows it
 * (`ZHUISU_WEBHOOK_ALLOW_PRIVATE=1`), no loopback, private, link-local or otherwise internal address,
 * checked on the literal host when the subscription is made and on every resolved address before each
 * delivery (so a name that later resolves inward is still refused).
 */
import { isIP } from 'node:net'
import { ZhuisuError } from '../../domain/errors.js'

export interface UrlPolicy {
  allowPrivate: boolean
}

export function checkWebhookUrl(raw: string, policy: UrlPolicy, field = '/url'): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ZhuisuError('subscription_url_invalid', field)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username !== '' || url.password !== '' || raw.length > 2000) {
    throw new ZhuisuError('subscription_url_invalid', field)
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (!policy.allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')
    || (isIP(host) !== 0 && isPrivateAddress(host)))) {
    throw new ZhuisuError('subscription_url_private', field)
  }
  return url
}

/** Loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified, multicast and IPv4-mapped forms of them. */
export function isPrivateAddress(address: string): boolean {
  const a = address.toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a)
  if (mapped) return isPrivateAddress(mapped[1] as string)
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a)
  if (mappedHex) {
    const hi = parseInt(mappedHex[1] as string, 16)
    const lo = parseInt(mappedHex[2] as string, 16)
    return isPrivateAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`)
  }
  if (isIP(a) === 4) {
    const [p, q] = a.split('.').map(Number) as [number, number]
    return p === 0 || p === 10 || p === 127 || (p === 100 && q >= 64 && q <= 127) || (p === 169 && q === 254)
      || (p === 172 && q >= 16 && q <= 31) || (p === 192 && q === 168) || (p === 198 && (q === 18 || q === 19)) || p >= 224
  }
  if (isIP(a) === 6) {
    return a === '::' || a === '::1' || /^f[cd]/.test(a) || /^fe[89ab]/.test(a) || /^ff/.test(a)
  }
  return true
}
