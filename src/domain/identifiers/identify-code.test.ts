import { describe, expect, it } from 'vitest'
import { identifyCode } from './identify-code.js'

/** Every example of cn-identifiers.md and interop.md §4, with the scheme it must be read as. */
const EXAMPLES: [input: string, scheme: string, valid: boolean][] = [
  ['91350100M000100Y43', 'uscc', true],
  ['91350100M000100Y44', 'uscc', false],
  ['91350100M000100Y56', 'uscc', true],
  ['91350203M0001QAY9B', 'uscc', false],
  ['M000100Y-4', 'organisation_code', true],
  ['11010519491231002X', 'id_card', true],
  ['110105194912310021', 'id_card', false],
  ['110108', 'region', true],
  ['144090000001234', 'livestock_tag', true],
  ['444090000001234', 'livestock_tag', false],
  ['440900001', 'meat_node', true],
  ['4409000010001', 'meat_operator', true],
  ['44090000125031500042', 'meat_trace', true],
  ['81000001234567890123', 'drug_code', true],
  ['国药准字H20003263', 'drug_approval_number', true],
  ['MA.156.M0.100001.1000001.S12345.C7', 'drug_code', true],
  ['11812341001384756102938475610293', 'pesticide', true],
  ['41812341001384756102938475610293', 'pesticide', false],
  ['201903151234598765432101', 'vet_drug', true],
  ['郑单958\n河南秋乐种业科技股份有限公司\nZD9582025000001\nhttps://zzcx.example.cn/t/ZD9582025000001', 'seed_label', true],
  ['31106401052014080025', 'equipment_registration', true],
  ['3110640105201408002', 'equipment_registration', true],
  ['梯11宁A00001(17)', 'equipment_use_certificate', true],
  ['5360315A00001', 'detonator', true],
  ['SC10644010600011', 'sc_licence', true],
  ['SC1064401060001', 'sc_licence', false],
  ['6901234567892', 'gtin', true],
  ['6901234567893', 'gtin', false],
  ['06901234567892', 'gtin', true],
  ['16901234567899', 'gtin', true],
  ['069012340000000016', 'sscc', true],
  ['(01)06901234567892(17)270315(10)A2503(21)0001', 'gs1_element_string', true],
  ['7664-93-9', 'cas', true],
  ['7664-93-8', 'cas', false],
  ['https://id.gs1.org/01/09521234543213/10/ABC123?17=261231', 'gs1_digital_link', true],
  ['urn:epc:id:sgtin:4012345.011111.98%22', 'epc_urn', true],
  ['urn:epc:id:sgln:4012345.00005.122', 'epc_urn', true],
  ['urn:epc:class:lgtin:4012345.012345.Lot987', 'epc_urn', true],
  ['ZS441400AL00000012KS', 'platform', true],
]

describe('identifyCode on every reference example', () => {
  it.each(EXAMPLES)('%s → %s', (input, scheme, valid) => {
    expect(identifyCode(input)).toMatchObject({ scheme, valid })
  })
})

describe('identifyCode ambiguity', () => {
  it('reads a 20-digit code by its content and lists the other readings', () => {
    const meat = identifyCode('44090000125031500042')
    expect(meat.alternatives).toEqual([{ scheme: 'equipment_registration', valid: true }, { scheme: 'drug_code', valid: true }])
    expect(meat.warnings.map((w) => w.code)).toEqual(['ambiguous'])
    expect(identifyCode('81000001234567890123').alternatives.map((a) => a.scheme)).toEqual(['meat_trace', 'equipment_registration'])
  })

  it('prefers a passing public check, then a clean shape, then a checked scheme failing only its check, then a shape with warnings', () => {
    // 215010123201900001, the reference's equipment code, happens to pass the SSCC check too (1 in 10 do).
    expect(identifyCode('215010123201900001')).toMatchObject({ scheme: 'sscc', alternatives: expect.arrayContaining([{ scheme: 'equipment_code', valid: true }]) })
    expect(identifyCode('215010123201900002')).toMatchObject({ scheme: 'equipment_code', valid: true })
    // An ID number with a real date and a wrong check digit beats an equipment code whose year is 1231.
    expect(identifyCode('110105194912310021')).toMatchObject({ scheme: 'id_card', valid: false, alternatives: expect.arrayContaining([{ scheme: 'equipment_code', valid: true }]) })
    expect(identifyCode('2150101232019000011')).toMatchObject({ scheme: 'equipment_registration' })
  })

  it('reads a GTIN-13 that is also a valid GLN as a GTIN and says so', () => {
    expect(identifyCode('6901234567892').alternatives).toContainEqual({ scheme: 'gln', valid: true })
  })
})

describe('identifyCode on links and other text', () => {
  it('reads the code inside a platform query link', () => {
    expect(identifyCode('https://zhuisu.example.cn/q/ZS441400AL00000012KS')).toMatchObject({ scheme: 'platform', valid: true, parts: { carrierUrl: 'https://zhuisu.example.cn/q/ZS441400AL00000012KS' } })
  })

  it('reads the platform key form, a Digital Link path without host', () => {
    expect(identifyCode('01/06901234567892/10/L2503')).toMatchObject({ scheme: 'gs1_digital_link', valid: true, parts: { key: '01/06901234567892/10/L2503' } })
    expect(identifyCode('2025/03').scheme).toBe('unknown')
  })

  it('reads a pesticide trace URL by its trailing code, and leaves other web pages as URIs', () => {
    expect(identifyCode('http://www.icama.cn/t?c=11812341001384756102938475610293').scheme).toBe('pesticide')
    expect(identifyCode('https://www.example.cn/about')).toMatchObject({ scheme: 'uri', valid: true })
    expect(identifyCode('urn:uuid:0192f8a0-0000-7000-8000-000000000000').scheme).toBe('uri')
  })

  it('reports a Digital Link with a bad key as an invalid Digital Link, not as a web page', () => {
    expect(identifyCode('https://id.gs1.org/01/06901234567893')).toMatchObject({ scheme: 'gs1_digital_link', valid: false })
    expect(identifyCode('https://id.gs1.org/gtin/06901234567892').errors[0].code).toBe('dl_short_name')
  })

  it('says unknown, with a reason, for what matches nothing', () => {
    expect(identifyCode('hello')).toMatchObject({ scheme: 'unknown', valid: false, errors: [{ code: 'unknown_scheme' }] })
    expect(identifyCode('')).toMatchObject({ scheme: 'unknown', errors: [{ code: 'empty' }] })
    expect(identifyCode('12345')).toMatchObject({ scheme: 'unknown' })
  })
})
