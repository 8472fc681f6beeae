import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatElementString, parseElementString, splitElementString, validateElementString, type AiPair } from './element-string.js'
import { withGs1Check } from './gs1.js'

const EXAMPLE = '(01)06901234567892(17)270315(10)A2503(21)0001'

describe('GS1 element strings (cn-identifiers.md §8)', () => {
  it('reads the reference example in bracketed form', () => {
    const checked = validateElementString(EXAMPLE)
    expect(checked).toMatchObject({ valid: true, normalized: EXAMPLE, parts: { key: '01/06901234567892/10/A2503/21/0001', primary: { ai: '01', value: '06901234567892' } } })
    expect(checked.parts.attributes).toEqual([{ ai: '17', value: '270315' }])
  })

  it('reads the scanned forms: FNC1 as GS, symbology identifiers and the ^ notation', () => {
    const scanned = ']d2010690123456789217270315' + '10A2503\u001d' + '210001'
    expect(validateElementString(scanned).normalized).toBe(EXAMPLE)
    expect(validateElementString(']C1010690123456789217270315').parts.key).toBe('01/06901234567892')
    expect(validateElementString('^010690123456789217270315^10A2503^210001').normalized).toBe(EXAMPLE)
  })

  it('writes each form back, FNC1 only after values that are not of predefined length', () => {
    const pairs = (splitElementString(EXAMPLE) as { pairs: AiPair[] }).pairs
    expect(formatElementString(pairs)).toBe(EXAMPLE)
    expect(formatElementString(pairs, 'fnc1')).toBe('010690123456789217270315' + '10A2503\u001d' + '210001')
    expect(formatElementString(pairs, 'caret')).toBe('^01069012345678921727031510A2503^210001')
  })

  it('reads every AI the issue names: 00, 01, 10, 11, 13, 15, 17, 21, 22, 414, 254 and 3xxx weights with decimals', () => {
    const sscc = validateElementString('(00)069012340000000016(3302)001250')
    expect(sscc.parts.pairs).toEqual([
      { ai: '00', value: '069012340000000016', title: 'SSCC' },
      { ai: '3302', value: '001250', title: 'TRADE MEASURE', quantity: '12.50', uom: 'KGM' },
    ])
    expect(validateElementString('(01)06901234567892(22)V1(10)L1(11)250101(13)250102(15)250630(17)250700(3103)000189').valid).toBe(true)
    expect(validateElementString('(414)6901234000016(254)A-12').parts.key).toBe('414/6901234000016/254/A-12')
  })

  it('rejects a bad check digit, length, date or unknown AI', () => {
    expect(validateElementString('(01)06901234567893').errors[0].code).toBe('ai_value')
    expect(validateElementString('(01)0690123456789').errors[0].code).toBe('ai_value')
    expect(validateElementString('(01)06901234567892(17)271332').errors[0].code).toBe('ai_value')
    expect(validateElementString('(01)06901234567892(89)X').errors[0]).toMatchObject({ code: 'unknown_ai', params: { ai: '89' } })
    expect(validateElementString('(01)06901234567892(10)' + 'A'.repeat(21)).errors[0].code).toBe('ai_value')
  })

  it('enforces pairing rules: a lot needs a GTIN, 254 needs 414, 21 excludes 235', () => {
    expect(validateElementString('(10)A2503').errors.map((e) => e.code)).toEqual(['ai_requires', 'no_primary_key'])
    expect(validateElementString('(01)06901234567892(254)A').errors[0]).toMatchObject({ code: 'ai_requires', params: { ai: '254' } })
    expect(validateElementString('(01)06901234567892(21)1(235)X').errors[0].code).toBe('ai_excludes')
  })

  it('drops a repeated AI with the same value and rejects one with another value', () => {
    expect(validateElementString('(01)06901234567892(10)A(10)A').normalized).toBe('(01)06901234567892(10)A')
    expect(validateElementString('(01)06901234567892(10)A(10)B').errors[0].code).toBe('ai_duplicate')
  })

  it('keeps the trace-key contract of parseElementString', () => {
    expect(parseElementString(EXAMPLE)).toMatchObject({ key: '01/06901234567892/10/A2503/21/0001', attributes: [{ ai: '17', value: '270315' }] })
    expect(parseElementString('(01)06901234567893')).toEqual({ error: expect.stringMatching(/check digit/) })
  })
})

describe('element string properties', () => {
  const lot = fc.string({ unit: fc.constantFrom(...'ABCXYZ0123456789-./'), minLength: 1, maxLength: 20 })
  const gtin = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 13, maxLength: 13 }).map(withGs1Check)

  it('round-trips bracketed → FNC1 → bracketed for generated labels', () => {
    fc.assert(fc.property(gtin, lot, lot, (g, l, s) => {
      const bracketed = `(01)${g}(10)${l}(21)${s}`
      const fnc1 = formatElementString((splitElementString(bracketed) as { pairs: AiPair[] }).pairs, 'fnc1')
      expect(validateElementString(fnc1)).toMatchObject({ valid: true, normalized: bracketed })
    }))
  })
})
