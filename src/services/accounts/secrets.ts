/** High-entropy bearer secrets (session cookies, API keys) and the digests they are stored as. */
import { createHash, randomBytes } from 'node:crypto'

/** 32 random bytes = 256 bits: a SHA-256 digest of it cannot be reversed, so no salt or slow hash is needed. */
const SECRET_BYTES = 32
export const API_KEY_PREFIX = 'zsk_'
/** Characters of a key kept in clear, so a person can tell their keys apart in the list. */
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8

export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(SECRET_BYTES).toString('base64url')}`
}

export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export function shownPrefix(apiKey: string): string {
  return apiKey.slice(0, SHOWN_PREFIX_LENGTH)
}
