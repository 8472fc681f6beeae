import { describe, expect, it } from 'vitest'
import { validateDrugApprovalNumber, validateDrugCode } from './drug-code.js'

describe('药品追溯码 (cn-identifiers.md §5)', () => {
  it('accepts the shape of 81000001234567890123 and says the check cannot be verified offline', () => {
    expect(validateDrugCode('81000001234567890123')).toMatchObject({
      valid: true, parts: { form: 'nmpa20', family: 'mashangfangxin', productCode: '8100000', serial: '123456789', check: '0123' },
    })
    expect(validateDrugCode('81000001234567890123').warnings.map((w) => w.code)).toEqual(['check_not_public'])
  })

  it('rejects 8100000123456789012 (19 characters)', () => {
    expect(validateDrugCode('8100000123456789012').errors[0]).toMatchObject({ code: 'length', params: { expected: 20, actual: 19 } })
  })

  it('reads other 20-character codes: first 7 = 药品标识码', () => {
    expect(validateDrugCode('1234567ABCDEFGHJ0001').parts).toMatchObject({ form: 'nmpa20', productCode: '1234567', serial: 'ABCDEFGHJ0001' })
  })

  it('reads a GS1 drug code and requires the unit serial (21)', () => {
    expect(validateDrugCode('(01)06901234567892(17)270315(10)A2503(21)0001')).toMatchObject({
      valid: true, parts: { form: 'gs1', gtin: '06901234567892', serial: '0001', lot: 'A2503', expiry: '270315' },
    })
    expect(validateDrugCode('(01)06901234567892(10)A2503').errors[0].code).toBe('pattern')
    expect(validateDrugCode('(01)06901234567893(21)1').errors[0].code).toBe('ai_value')
  })

  it('reads an MA/IDcode and flags its check as not public', () => {
    expect(validateDrugCode('MA.156.M0.100001.1000001.S12345.L2503.C7')).toMatchObject({
      valid: true, parts: { form: 'ma', company: '100001', productCode: '1000001', serial: '12345', lot: '2503', check: '7' },
    })
    expect(validateDrugCode('MA.156.M0.100001').valid).toBe(false)
  })
})

describe('药品批准文号 [uncertain layout]', () => {
  it('reads 国药准字H20003263 and only warns about other layouts', () => {
    expect(validateDrugApprovalNumber('国药准字H20003263')).toMatchObject({ valid: true, parts: { category: 'H', number: '20003263' } })
    const odd = validateDrugApprovalNumber('国药准字H2000326')
    expect(odd.valid).toBe(true)
    expect(odd.warnings.map((w) => w.code)).toEqual(['layout_variant'])
    expect(validateDrugApprovalNumber('H20003263').valid).toBe(false)
  })
})
