import { describe, expect, it } from 'vitest'
import { findUnstorableText, isStorableText } from './text.js'

describe('storable text', () => {
  it('takes any Unicode, paired surrogates and control characters included', () => {
    for (const text of ['', '梅州金柚', '👨‍👩‍👧‍👦🇨🇳', '\u202Egnp.exe', 'a\u200Bb\uFEFF', '\u0001\u001B[31m\r\n\t', "'; DROP TABLE party; --"]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true)
    }
  })

  it('refuses NUL and unpaired surrogates, high or low, anywhere in the text', () => {
    for (const text of ['a\u0000b', '\u0000', 'a\uD800b', '\uD800', 'x\uDC00', '\uDC00\uD800', '😀\uD83D']) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false)
    }
  })

  it('points at the first bad value or key in a JSON document, escaping the pointer', () => {
    expect(findUnstorableText({ events: [{ ok: 'x' }, { 'zs:data': { 'a/b~c': 'x\u0000' } }] })).toBe('/events/1/zs:data/a~1b~0c')
    expect(findUnstorableText({ list: ['a', { ['k\uD800']: 1 }] })).toBe('/list/1/k\uD800')
    expect(findUnstorableText('\u0000')).toBe('/')
    expect(findUnstorableText({ a: [1, true, null, { b: '梅' }] })).toBeUndefined()
  })
})
