import { describe, expect, it } from 'vitest'
import { canonicalJson, contentHash } from './content-hash.js'

describe('content hash', () => {
  it('ignores key order, eventID and recordTime', () => {
    const a = { type: 'ObjectEvent', eventID: 'urn:uuid:1', recordTime: 'x', quantityList: [{ uom: 'KGM', epcClass: 'e', quantity: 1 }] }
    const b = { quantityList: [{ epcClass: 'e', quantity: 1, uom: 'KGM' }], type: 'ObjectEvent', eventID: 'urn:uuid:2' }
    expect(contentHash(a)).toBe(contentHash(b))
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('changes with any value, and keeps list order', () => {
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }))
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 1.5 }))
  })

  it('writes keys sorted at every level and leaves out undefined members', () => {
    expect(canonicalJson({ b: { d: 1, c: [{ f: 1, e: undefined }] }, a: null })).toBe('{"a":null,"b":{"c":[{"f":1}],"d":1}}')
  })
})
