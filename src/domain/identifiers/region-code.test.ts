import { describe, expect, it } from 'vitest'
import { findRegion, regionPath } from '../regions.js'
import { validateRegionCode } from './region-code.js'

describe('GB/T 2260 region codes (cn-identifiers.md §3)', () => {
  it('names 110108 海淀区 with its level and parent', () => {
    expect(validateRegionCode('110108')).toMatchObject({
      valid: true, warnings: [], parts: { name: '海淀区', fullName: '北京市海淀区', level: 'county', parentCode: '110100', known: true },
    })
  })

  it('reads provinces and prefectures', () => {
    expect(validateRegionCode('440000').parts).toMatchObject({ name: '广东省', level: 'province', parentCode: '' })
    expect(validateRegionCode('441400').parts).toMatchObject({ name: '梅州市', level: 'prefecture', parentCode: '440000' })
  })

  it('rejects 11010 and non-digits', () => {
    expect(validateRegionCode('11010').errors[0]).toMatchObject({ code: 'length', params: { expected: 6, actual: 5 } })
    expect(validateRegionCode('11010A').errors[0].code).toBe('charset')
  })

  it('accepts a well-formed code missing from the data with region_unknown_or_retired (110103, the former 崇文区)', () => {
    const checked = validateRegionCode('110103')
    expect(checked.valid).toBe(true)
    expect(checked.warnings).toEqual([expect.objectContaining({ code: 'region_unknown_or_retired', params: { code: '110103' } })])
    expect(checked.parts).toMatchObject({ known: false, level: 'county', parentCode: '110100' })
  })

  it('keeps 不设区的地级市 as prefectures that are not their own parent', () => {
    expect(findRegion('441900')).toMatchObject({ name: '东莞市', level: 'prefecture', parentCode: '440000' })
    expect(regionPath('441900').map((r) => r.code)).toEqual(['441900', '440000'])
    expect(regionPath('441402').map((r) => r.name)).toEqual(['梅江区', '梅州市', '广东省'])
  })
})
