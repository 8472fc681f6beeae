/**
 * The slips people make when typing or reading a code aloud, as variants of a code: every single-character
 * substitution and every swap of two neighbouring characters. Check-character schemes are judged by how
 * many of these they catch; a "did you mean" can list the variants that pass.
 */

/** Every code that differs from `code` in exactly one position, using characters of `alphabet`. */
export function singleSubstitutions(code: string, alphabet: string): string[] {
  const variants: string[] = []
  for (let i = 0; i < code.length; i++) {
    for (const ch of alphabet) if (ch !== code[i]) variants.push(code.slice(0, i) + ch + code.slice(i + 1))
  }
  return variants
}

/** Every code with two neighbouring, different characters swapped. */
export function adjacentTranspositions(code: string): string[] {
  const variants: string[] = []
  for (let i = 0; i + 1 < code.length; i++) {
    if (code[i] !== code[i + 1]) variants.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))
  }
  return variants
}
