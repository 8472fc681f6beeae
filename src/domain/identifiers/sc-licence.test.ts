import { describe, expect, it } from 'vitest'
import { validateScLicence } from './sc-licence.js'

describe('SC 食品生产许可证编号 (cn-identifiers.md §7)', () => {
  it('accepts the shape of SC10644010600011 and says its check is not verifiable', () => {
    const checked = validateScLicence('SC10644010600011')
    expect(checked).toMatchObject({ valid: true, parts: { categoryCode: '106', kind: '食品', regionCode: '440106', regionName: '广东省广州市天河区', serial: '0001', checkDigit: '1' } })
    expect(checked.warnings.map((w) => w.code)).toEqual(['check_not_public'])
  })

  it('rejects SC1064401060001 (one digit short) and other shapes', () => {
    expect(validateScLicence('SC1064401060001').errors[0]).toMatchObject({ code: 'length', params: { expected: 16, actual: 15 } })
    expect(validateScLicence('QS10644010600011').valid).toBe(false)
    expect(validateScLicence('SC1064401060001A').valid).toBe(false)
  })

  it('reads lower case', () => {
    expect(validateScLicence('sc10644010600011').normalized).toBe('SC10644010600011')
  })
})
