/**
 * Login throttling: after a few failures for one username or from one IP address, further attempts
 * wait, doubling each time up to a ceiling. Kept in memory: one process's view, reset on restart —
 * enough against online guessing at one server; the rate limit in front adds a per-IP cap.
 */
import type { Clock } from '../clock.js'

/** Failures allowed before any wait (OWASP Authentication Cheat Sheet: lock out after a small number). */
export const FREE_ATTEMPTS = 5
const FIRST_WAIT_MS = 1000
const MAX_WAIT_MS = 15 * 60 * 1000
/** Forget a key this long after its last failure. */
const FORGET_AFTER_MS = 60 * 60 * 1000
/** Bound on remembered keys, so a spray of usernames cannot exhaust memory. */
const MAX_KEYS = 100_000

interface Failures {
  count: number
  lastAtMs: number
}

export interface LoginThrottle {
  /** Milliseconds the caller must still wait, 0 when it may try. */
  waitMs(keys: string[]): number
  failed(keys: string[]): void
  succeeded(keys: string[]): void
}

export function createLoginThrottle(clock: Clock): LoginThrottle {
  const failures = new Map<string, Failures>()
  const nowMs = () => Date.parse(clock.now())
  const waitOf = (entry: Failures | undefined, now: number): number => {
    if (!entry || entry.count < FREE_ATTEMPTS) return 0
    const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (entry.count - FREE_ATTEMPTS))
    return Math.max(0, entry.lastAtMs + wait - now)
  }
  return {
    waitMs(keys) {
      const now = nowMs()
      return Math.max(0, ...keys.map((key) => waitOf(failures.get(key), now)))
    },
    failed(keys) {
      const now = nowMs()
      if (failures.size > MAX_KEYS) {
        for (const [key, entry] of failures) if (now - entry.lastAtMs > FORGET_AFTER_MS) failures.delete(key)
      }
      for (const key of keys) {
        const entry = failures.get(key)
        const fresh = !entry || now - entry.lastAtMs > FORGET_AFTER_MS
        failures.set(key, { count: fresh ? 1 : entry.count + 1, lastAtMs: now })
      }
    },
    succeeded(keys) {
      for (const key of keys) if (!key.startsWith('ip:')) failures.delete(key)
    },
  }
}
