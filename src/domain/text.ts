/**
 * Text the platform accepts: any Unicode, except what no engine can store faithfully. PostgreSQL refuses the
 * NUL character in text, and an unpaired UTF-16 surrogate has no UTF-8 form (each engine would store a
 * different replacement). Both are refused at the door, so a value is stored exactly as sent or not at all.
 */

const NUL = '\u0000'
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function isStorableText(text: string): boolean {
  return !text.includes(NUL) && !UNPAIRED_SURROGATE.test(text)
}

/** Escapes a key as one JSON-pointer segment (RFC 6901 §3). */
const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1')

/**
 * The JSON pointer of the first string (value or object key) in `value` that is not storable text, or
 * undefined when there is none.
 */
export function findUnstorableText(value: unknown, pointer = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : pointer || '/'
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${pointer}/${i}`)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!isStorableText(key)) return `${pointer}/${segment(key)}`
      const found = findUnstorableText(child, `${pointer}/${segment(key)}`)
      if (found !== undefined) return found
    }
  }
  return undefined
}
