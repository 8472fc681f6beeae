/**
 * Password hashing with Node's scrypt (RFC 7914), salted, compared in constant time. The parameters are
 * stored with each hash, so they can be raised later without invalidating existing passwords.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * OWASP Password Storage Cheat Sheet (2023): scrypt with N = 2^17, r = 8, p = 1 as the minimum.
 * Memory is 128 · N · r bytes = 128 MiB per hash; maxmem leaves headroom above it.
 */
export const SCRYPT_COST = 2 ** 17
export const SCRYPT_BLOCK_SIZE = 8
export const SCRYPT_PARALLELISM = 1
const SCRYPT_MAXMEM = 256 * 1024 * 1024
/** 16-byte salt: NIST SP 800-132 §5.1 asks for at least 128 bits. */
const SALT_BYTES = 16
const KEY_BYTES = 32
export const MIN_PASSWORD_LENGTH = 10

function derive(password: string, salt: Buffer, options: ScryptOptions, keyBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyBytes, { ...options, maxmem: SCRYPT_MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, { N: SCRYPT_COST, r: SCRYPT_BLOCK_SIZE, p: SCRYPT_PARALLELISM }, KEY_BYTES)
  return ['scrypt', SCRYPT_COST, SCRYPT_BLOCK_SIZE, SCRYPT_PARALLELISM, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) }, expected.length)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * A hash of a random password, verified against when the username does not exist: a failed sign-in
 * takes as long for an unknown user as for a wrong password, so usernames cannot be probed by timing.
 */
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(KEY_BYTES).toString('base64url'))
  return decoy
}
