/**
 * Typed and scanned codes arrive with full-width characters, spaces and lower case. cn-identifiers.md:
 * trim, convert full-width `０-９ Ａ-Ｚ （）` to half-width, then upper-case where the scheme is case-insensitive.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** Trim, half-width, drop inner spaces and hyphens people type for readability; keeps case. */
export function compactCode(text: string): string {
  return toHalfWidth(text).trim().replace(/[\s-]+/g, '')
}

/** True when the text holds a control character; GS (\u001d, the scanned FNC1) is the one allowed. */
export function hasControlCharacter(text: string): boolean {
  return /[\u0000-\u001C\u001E\u001F\u007F]/.test(text)
}
