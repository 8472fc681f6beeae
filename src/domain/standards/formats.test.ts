import { describe, expect, it } from 'vitest'
import { FORMAT_NAMES, FORMATS, type FormatName } from './formats.js'

const check = (name: FormatName, value: string) => FORMATS[name].check(value)

describe('identifier formats of the data standard', () => {
  it.each(FORMAT_NAMES)('%s accepts its published example without a warning', (name) => {
    expect(check(name, FORMATS[name].example)).toMatchObject({ errors: [], warnings: [] })
  })

  it('USCC: a bad mod-31 check is an error, a bad inner check only a warning (cn-identifiers.md §1)', () => {
    expect(check('uscc', '91350100M000100Y44').errors.length).toBe(1)
    const inner = check('uscc', '91350100M000100Y56')
    expect(inner.errors).toEqual([])
    expect(inner.warnings.length).toBe(1)
  })

  it('normalises full-width and spaced input before checking', () => {
    expect(check('uscc', ' ９１３５０１００Ｍ０００１００Ｙ４３ ')).toMatchObject({ normalized: '91350100M000100Y43', errors: [] })
    expect(check('gtin', '6901234567892')).toMatchObject({ normalized: '06901234567892', errors: [] })
  })

  it('region: a bad shape is an error, an unknown code a warning', () => {
    expect(check('region', '11010').errors.length).toBe(1)
    expect(check('region', '999999')).toMatchObject({ errors: [], warnings: [expect.objectContaining({ zh: expect.any(String), en: expect.any(String) })] })
  })

  it('checks the published counter-examples', () => {
    expect(check('gtin', '6901234567893').errors.length).toBe(1)
    expect(check('cas', '7664-93-8').errors).toEqual([{ zh: '校验位错误，应为 9', en: 'The check character is wrong; it should be 9' }])
    expect(check('ear_tag', '444090000001234').errors.length).toBe(1)
    expect(check('pesticide_code', '41812341001384756102938475610293').errors.length).toBe(1)
    expect(check('vet_drug_code', '2019031512345987654321').errors.length).toBe(1)
    expect(check('vet_drug_code', '201913151234598765432101')).toMatchObject({ errors: [], warnings: [expect.objectContaining({ zh: expect.any(String), en: expect.any(String) })] })
    expect(check('vet_drug_code', 'https://www.example.cn/v?c=201903151234598765432101')).toMatchObject({ normalized: '201903151234598765432101', errors: [] })
    expect(check('meat_trace_code', '4409000012503150004').errors.length).toBe(1)
    expect(check('drug_trace_code', '8100000123456789012').errors.length).toBe(1)
    expect(check('drug_trace_code', '(01)06901234567892(21)0001').errors).toEqual([])
    expect(check('sc_licence', 'SC1064401060001').errors.length).toBe(1)
    expect(check('detonator_code', '5361315A00001')).toMatchObject({ errors: [], warnings: [expect.objectContaining({ zh: expect.any(String), en: expect.any(String) })] })
    expect(check('id_card', '11010519491231002').errors.length).toBe(1)
    expect(check('seed_unit_code', 'X'.repeat(21)).errors.length).toBe(1)
    expect(check('trade_voucher', ' ').errors.length).toBe(1)
  })

  it('follows the reference policy: equipment codes, SC numbers, approval numbers and customs numbers warn', () => {
    const warnOnly = FORMAT_NAMES.filter((name) => FORMATS[name].onInvalid === 'warn').sort()
    expect(warnOnly).toEqual(['customs_declaration_no', 'drug_approval_no', 'equipment_code', 'sc_licence', 'use_certificate'])
  })
})
