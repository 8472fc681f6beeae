import { describe, expect, it } from 'vitest'
import {
  validateDetonatorCode, validateEquipmentCode, validateEquipmentRegistrationCode, validateGasCylinderCode, validateUseCertificateNumber,
} from './equipment-codes.js'

describe('特种设备 codes (cn-identifiers.md §7)', () => {
  it('reads 设备代码 215010123201900001', () => {
    expect(validateEquipmentCode('215010123201900001')).toMatchObject({
      valid: true, warnings: [], parts: { varietyCode: '2150', manufacturerCode: '10123', year: '2019', serial: '00001' },
    })
  })

  it('reads 注册代码 31106401052014080025', () => {
    expect(validateEquipmentRegistrationCode('31106401052014080025')).toMatchObject({
      valid: true, warnings: [], parts: { classCode: '3110', regionCode: '640105', regionName: '宁夏回族自治区银川市西夏区', yearMonth: '201408', serial: '0025' },
    })
  })

  it('warns, never rejects, the 19-digit variant 3110640105201408002', () => {
    const checked = validateEquipmentRegistrationCode('3110640105201408002')
    expect(checked.valid).toBe(true)
    expect(checked.warnings.map((w) => w.code)).toEqual(['layout_variant'])
  })

  it('warns about a year or month that cannot be one, and rejects what is no number', () => {
    expect(validateEquipmentCode('215010123000100001').warnings.map((w) => w.code)).toEqual(['content_suspect'])
    expect(validateEquipmentRegistrationCode('31106401052014130025').warnings.map((w) => w.code)).toEqual(['content_suspect'])
    expect(validateEquipmentCode('2150A0123201900001').valid).toBe(false)
    expect(validateEquipmentCode('2150').valid).toBe(false)
  })

  it('reads 使用登记证编号 梯11宁A00001(17), with full-width brackets too', () => {
    expect(validateUseCertificateNumber('梯11宁A00001(17)')).toMatchObject({
      valid: true, warnings: [], parts: { category: '梯', categoryName: '电梯', featureCode: '11', featureName: '乘客电梯', province: '宁', cityLetter: 'A', serial: '00001', year: '17' },
    })
    expect(validateUseCertificateNumber('梯11宁A00001（17）').valid).toBe(true)
  })

  it('warns about an unlisted elevator feature code or layout, and rejects an unknown category', () => {
    expect(validateUseCertificateNumber('梯19宁A00001(17)').warnings.map((w) => w.code)).toEqual(['content_suspect'])
    expect(validateUseCertificateNumber('梯11宁A0001(17)').warnings.map((w) => w.code)).toEqual(['layout_variant'])
    expect(validateUseCertificateNumber('X11宁A00001(17)').valid).toBe(false)
  })
})

describe('气瓶 codes are opaque', () => {
  it('accepts any printable code and keeps its case', () => {
    expect(validateGasCylinderCode(' GZ-lpg-0001 ')).toMatchObject({ valid: true, normalized: 'GZ-lpg-0001' })
    expect(validateGasCylinderCode('').valid).toBe(false)
    expect(validateGasCylinderCode('x'.repeat(65)).valid).toBe(false)
  })
})

describe('工业雷管 codes (GA 441-2003)', () => {
  it('reads 5360315A00001', () => {
    expect(validateDetonatorCode('5360315A00001')).toMatchObject({
      valid: true, warnings: [], parts: { companyCode: '53', yearDigit: '6', month: '03', day: '15', featureCode: 'A', serial: '00001' },
    })
  })

  it('warns about month 13, rejects a 特征号 letter that is excluded and a wrong length', () => {
    expect(validateDetonatorCode('5361315A00001').warnings.map((w) => w.code)).toEqual(['content_suspect'])
    expect(validateDetonatorCode('5360315O00001').errors[0].code).toBe('pattern')
    expect(validateDetonatorCode('5360315A0001').errors[0].code).toBe('length')
  })
})
