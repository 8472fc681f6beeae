import { describe, expect, it } from 'vitest'
import { formatMeatTraceCode, validateMeatNodeCode, validateMeatOperatorCode, validateMeatTraceCode } from './meat-codes.js'

describe('肉菜流通追溯 codes (cn-identifiers.md §4)', () => {
  it('reads node 440900001', () => {
    expect(validateMeatNodeCode('440900001')).toMatchObject({ valid: true, warnings: [], parts: { areaCode: '440900', areaName: '广东省茂名市', nodeSerial: '001' } })
  })

  it('reads operator 4409000010001 and the node-as-operator form …0000', () => {
    expect(validateMeatOperatorCode('4409000010001').parts).toMatchObject({ nodeCode: '440900001', operatorSerial: '0001', isNodeItself: false })
    expect(validateMeatOperatorCode('4409000010000').parts.isNodeItself).toBe(true)
  })

  it('reads trace code 44090000125031500042 as node + yyMMdd + daily serial', () => {
    expect(validateMeatTraceCode('44090000125031500042')).toMatchObject({
      valid: true, warnings: [], parts: { nodeCode: '440900001', date: '2025-03-15', dailySerial: '00042' },
    })
    expect(formatMeatTraceCode('440900001', '2025-03-15', 42)).toBe('44090000125031500042')
  })

  it('rejects a wrong length: 4409000012503150004', () => {
    expect(validateMeatTraceCode('4409000012503150004').errors[0]).toMatchObject({ code: 'length', params: { expected: 20, actual: 19 } })
    expect(validateMeatNodeCode('44090000').valid).toBe(false)
    expect(validateMeatOperatorCode('440900001000').valid).toBe(false)
  })

  it('warns about an unknown area prefix and a middle part that is no date', () => {
    expect(validateMeatTraceCode('99090000125031500042').warnings.map((w) => w.code)).toEqual(['region_unknown_or_retired'])
    const noDate = validateMeatTraceCode('44090000125133100042')
    expect(noDate.valid).toBe(true)
    expect(noDate.warnings.map((w) => w.code)).toEqual(['content_suspect'])
  })
})
