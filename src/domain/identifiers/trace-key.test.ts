import { describe, expect, it } from 'vitest'
import { parseTraceCode } from './trace-key.js'

const key = (code: unknown) => {
  const parsed = parseTraceCode(code)
  return parsed.ok ? parsed.value.key : parsed.reason
}

describe('parseTraceCode: every spelling of one thing gives one key', () => {
  it('reduces a lot to 01/<gtin14>/10/<lot> from URN, Digital Link and element string', () => {
    const spellings = [
      'urn:epc:class:lgtin:6901234.056789.L2503',
      'https://id.gs1.org/01/06901234567892/10/L2503',
      'https://trace.example.cn/p/01/06901234567892/10/L2503?17=270315',
      '(01)06901234567892(10)L2503',
      '(01)06901234567892(17)270315(10)L2503',
      ']d201069012345678921727031510L2503',
    ]
    expect(new Set(spellings.map(key))).toEqual(new Set(['01/06901234567892/10/L2503']))
    expect(parseTraceCode('(01)06901234567892(10)L2503')).toMatchObject({ ok: true, value: { scheme: 'gs1', kind: 'lot', gtin: '06901234567892', lotNumber: 'L2503' } })
  })

  it('names an item by GTIN and serial only, whatever lot or variant its label also prints', () => {
    const spellings = [
      'urn:epc:id:sgtin:6901234.056789.S0001',
      '(01)06901234567892(17)270315(10)L2503(21)S0001',
      'https://id.gs1.org/01/06901234567892/22/V1/10/L2503/21/S0001',
    ]
    expect(new Set(spellings.map(key))).toEqual(new Set(['01/06901234567892/21/S0001']))
    expect(parseTraceCode(spellings[1])).toMatchObject({ ok: true, value: { kind: 'item', lotNumber: 'L2503', serial: 'S0001' } })
  })

  it('keeps containers, GTIN classes, platform codes, Chinese 20-digit codes and other URIs', () => {
    expect(key('urn:epc:id:sscc:6901234.0000000001')).toBe('00/069012340000000016')
    expect(key('069012340000000016')).toBe('00/069012340000000016')
    expect(key('6901234567892')).toBe('01/06901234567892')
    expect(key('zs441400 al00000012ks')).toBe('ZS441400AL00000012KS')
    expect(parseTraceCode('81000001234567890123')).toMatchObject({ ok: true, value: { scheme: 'cn_drug', kind: 'item' } })
    expect(parseTraceCode('44090000125031500042')).toMatchObject({ ok: true, value: { scheme: 'cn_meat', kind: 'lot' } })
    expect(key('https://www.example.cn/trace?id=1')).toBe('https://www.example.cn/trace?id=1')
  })

  it('reads its own key form back, so a key shown in a reply can be queried as it is', () => {
    for (const code of ['(01)06901234567892(10)L2503', 'urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()', 'urn:epc:id:sscc:6901234.0000000001']) {
      expect(key(key(code))).toBe(key(code))
    }
    expect(parseTraceCode('01/06901234567892/21/S0001')).toMatchObject({ ok: true, value: { kind: 'item', serial: 'S0001' } })
    expect(parseTraceCode('01/06901234567893/10/L1').ok).toBe(false)
  })

  it('escapes Digital Link path characters as GS1 does, !\'()* included', () => {
    expect(key('urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()')).toBe('01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29')
  })

  it('refuses what is no code, with a reason', () => {
    expect(parseTraceCode(42)).toEqual({ ok: false, reason: 'a code must be a string' })
    expect(parseTraceCode('   ').ok).toBe(false)
    expect(parseTraceCode('6901234567893').ok).toBe(false)
    expect(parseTraceCode('https://id.gs1.org/414/6901234000016').ok).toBe(false)
    expect(parseTraceCode('x'.repeat(600)).ok).toBe(false)
  })
})
