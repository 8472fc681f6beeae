import { describe, expect, it } from 'vitest'
import { validatePesticideCode, validateSeedLabel, validateVetDrugCode } from './agri-input-codes.js'

describe('农药 单元识别代码 (cn-identifiers.md §6)', () => {
  it('reads 11812341001384756102938475610293', () => {
    expect(validatePesticideCode('11812341001384756102938475610293')).toMatchObject({
      valid: true,
      parts: { registrationType: '1', registrationTypeName: 'PD 正式登记', registrationDigits: '181234', productionType: '1', specificationCode: '001', random: '384756102938475610293' },
    })
  })

  it('rejects type 4, and a production type outside 1–3', () => {
    expect(validatePesticideCode('41812341001384756102938475610293').errors[0]).toMatchObject({ code: 'field_value' })
    expect(validatePesticideCode('11812344001384756102938475610293').errors[0]).toMatchObject({ code: 'field_value' })
  })

  it('warns when positions 2–7 do not match the product registration', () => {
    expect(validatePesticideCode('11812341001384756102938475610293', { registrationNumber: 'PD20181234' }).warnings).toEqual([])
    expect(validatePesticideCode('11812341001384756102938475610293', { registrationNumber: 'PD20189999' }).warnings[0]).toMatchObject({
      code: 'registration_mismatch', params: { actual: '181234', expected: '189999' },
    })
  })

  it('takes the code from behind a trace URL', () => {
    expect(validatePesticideCode('http://www.chinapesticide.org.cn/trace?code=11812341001384756102938475610293').normalized).toBe('11812341001384756102938475610293')
  })

  it('rejects other lengths', () => {
    expect(validatePesticideCode('1181234100138475610293847561029').valid).toBe(false)
  })
})

describe('兽药 追溯码 (cn-identifiers.md §6)', () => {
  it('reads 201903151234598765432101', () => {
    expect(validateVetDrugCode('201903151234598765432101')).toMatchObject({ valid: true, warnings: [], parts: { applicationDate: '2019-03-15', companyCode: '12345', random: '98765432101' } })
  })

  it('rejects 22 digits and warns about a prefix that is no date', () => {
    expect(validateVetDrugCode('2019031512345987654321').errors[0].code).toBe('length')
    expect(validateVetDrugCode('201913151234598765432101').warnings.map((w) => w.code)).toEqual(['content_suspect'])
  })

  it('takes the trailing 24 digits of a URL payload', () => {
    expect(validateVetDrugCode('https://sy.moa.gov.cn/q/201903151234598765432101').valid).toBe(true)
  })
})

describe('种子 label (cn-identifiers.md §6)', () => {
  const label = ['郑单958', '河南秋乐种业科技股份有限公司', 'ZD9582025000001', 'https://zzcx.example.cn/t/ZD9582025000001']

  it('reads four lines in order', () => {
    expect(validateSeedLabel(label.join('\n'))).toMatchObject({ valid: true, parts: { varietyName: '郑单958', unitCode: 'ZD9582025000001' } })
    expect(validateSeedLabel(label.join('\r\n')).valid).toBe(true)
  })

  it('rejects three lines, a wrong order and a unit code over 20 characters', () => {
    expect(validateSeedLabel(label.slice(0, 3).join('\n')).valid).toBe(false)
    expect(validateSeedLabel([label[0], label[1], label[3], label[2]].join('\n')).valid).toBe(false)
    expect(validateSeedLabel([label[0], label[2], label[1], label[3]].join('\n')).valid).toBe(false)
    expect(validateSeedLabel([label[0], label[1], 'X'.repeat(21), label[3]].join('\n')).errors[0].code).toBe('length')
  })
})
