/**
 * Typed and scanned codes arrive with full-width characters, spaces and lower case. cn-identifiers.md
 * ("Failure policy"): trim, convert full-width `０-９ Ａ-Ｚ （）` to half-width, then upper-case where the
 * scheme is case-insensitive; keep the raw value beside the normalised one.
 */
import { invalid, issue, type CodeResult } from './result.js'

/** Longer input is no identifier of any scheme here; refusing it early bounds the work on hostile input. */
export const MAX_CODE_LENGTH = 512

/** Full-width forms U+FF01–U+FF5E and the ideographic space map to ASCII; so do the dashes IMEs produce. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

/** Zero-width characters come with copied text and are invisible, so they are dropped rather than rejected. */
function dropInvisible(text: string): string {
  return text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
}

/** Trim, half-width, drop inner spaces and hyphens people type for readability; keeps case. */
export function compactCode(text: string): string {
  return dropInvisible(toHalfWidth(text)).trim().replace(/[\s-]+/g, '')
}

/** True when the text holds a C0/C1 control character; GS (\u001d, the scanned FNC1) is the one allowed. */
export function hasControlCharacter(text: string): boolean {
  return /[\u0000-\u001C\u001E\u001F\u007F-\u009F]/.test(text)
}

export interface PrepareOptions {
  /** Remove inner spaces and hyphens (codes people group for reading). Default true. */
  compact?: boolean
  /** Upper-case: for schemes whose letters are case-insensitive. Default true. */
  upper?: boolean
  /** Keep line breaks (multi-line label payloads such as the seed label). Default false. */
  multiline?: boolean
  maxLength?: number
}

export type Prepared = { ok: true; text: string } | { ok: false; result: CodeResult<never> }

/**
 * The common first step of every validator: refuse what is not a usable string, then normalise.
 * Never throws, whatever the input.
 */
export function prepareCode(input: unknown, options: PrepareOptions = {}): Prepared {
  const { compact = true, upper = true, multiline = false, maxLength = MAX_CODE_LENGTH } = options
  if (typeof input !== 'string') return { ok: false, result: invalid('', issue('not_a_string')) }
  // Measured before any work so a 10 kB paste costs one comparison.
  if (input.length > maxLength * 4) return { ok: false, result: invalid('', issue('too_long', { max: maxLength })) }
  let text = dropInvisible(toHalfWidth(input)).trim()
  if (multiline) text = text.replace(/\r\n?/g, '\n')
  const controls = multiline ? text.replace(/\n/g, '') : text
  if (hasControlCharacter(controls)) return { ok: false, result: invalid('', issue('control_character')) }
  if (compact) text = multiline ? text.split('\n').map((line) => line.trim()).join('\n') : text.replace(/[\s-]+/g, '')
  if (upper) text = text.toUpperCase()
  if (text.length === 0) return { ok: false, result: invalid('', issue('empty')) }
  if (text.length > maxLength) return { ok: false, result: invalid(text.slice(0, maxLength), issue('too_long', { max: maxLength })) }
  return { ok: true, text }
}
