import { describe, expect, it } from 'vitest'
import { validateLivestockTag } from './livestock-tag.js'

describe('畜禽标识 (cn-identifiers.md §3)', () => {
  it('reads 144090000001234: a pig from 茂名', () => {
    expect(validateLivestockTag('144090000001234')).toMatchObject({
      valid: true, warnings: [], parts: { species: '1', speciesName: '猪', countyCode: '440900', serial: '00001234' },
    })
  })

  it('rejects species 4 (444090000001234) and other lengths; warns about an unknown county', () => {
    expect(validateLivestockTag('444090000001234').errors[0]).toMatchObject({ code: 'field_value' })
    expect(validateLivestockTag('14409000000123').valid).toBe(false)
    expect(validateLivestockTag('199999900001234').warnings.map((w) => w.code)).toEqual(['region_unknown_or_retired'])
  })
})
