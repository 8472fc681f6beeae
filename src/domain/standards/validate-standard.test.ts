import { describe, expect, it } from 'vitest'
import type { TraceEvent } from '../events/event.js'
import { parseEvent } from '../events/parse-event.js'
import { exampleEvent } from './examples.js'
import { allSteps, STANDARD } from './standard.js'
import { checkEventAgainstStandard, standardFindings } from './validate-standard.js'

const PIGS = 'urn:epc:class:lgtin:6901234.000001.P2511'
const PORK = 'urn:epc:class:lgtin:6901234.000002.K2511'
const SLAUGHTER = 'https://zhuisu.org/voc/BizStep-slaughtering'
const INNER_CHECK_WRONG = '91350100M000100Y56'

function parsed(raw: Record<string, unknown>): TraceEvent {
  const result = parseEvent(raw, { pointer: '/events/0', now: '2026-11-20T00:00:00Z', makeEventId: (hash) => `ni:///sha-256;${hash}` })
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.event
}

const slaughter = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) => parsed({
  type: 'TransformationEvent', eventTime: '2026-11-03T08:00:00+08:00', bizStep: SLAUGHTER, 'zs:category': 'agri',
  inputQuantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }], outputQuantityList: [{ epcClass: PORK, quantity: 1000, uom: 'KGM' }],
  'zs:data': data, ...extra,
})
const intake = (data: Record<string, unknown>, extra: Record<string, unknown> = {}, stage: string | null = 'slaughter') => parsed({
  type: 'ObjectEvent', action: 'OBSERVE', eventTime: '2026-11-02T14:00:00+08:00', bizStep: 'receiving', 'zs:category': 'agri',
  ...(stage === null ? {} : { 'zs:stage': stage }), quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }], 'zs:data': data, ...extra,
})
const CERTS = { quarantineCertificateNo: '4400123456', meatQualityCertificateNo: 'RP-2026-001' }
const check = (event: TraceEvent) => checkEventAgainstStandard(event, '/events/0')

describe('checkEventAgainstStandard', () => {
  it('names each missing required element with its pointer, the step and the clause', () => {
    const { issues } = check(slaughter({ meatQualityCertificateNo: 'RP-2026-001' }))
    expect(issues).toEqual([{ code: 'standard_element_missing', field: '/events/0/zs:data/quarantineCertificateNo', detail: expect.stringContaining('生猪屠宰管理条例') }])
    expect(issues[0].detail).toContain('动物产品检疫合格证号')
    expect(issues[0].detail).toContain('slaughter · slaughtering')
  })

  it('accepts the event once the elements are there, and treats blanks as missing', () => {
    expect(check(slaughter(CERTS))).toEqual({ issues: [], warnings: [] })
    expect(check(slaughter({ ...CERTS, quarantineCertificateNo: '  ' })).issues.map((i) => i.code)).toEqual(['standard_element_missing'])
  })

  it('requires nothing of events without zs:category, and skips error declarations', () => {
    expect(check(parsed({ type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-11-01T08:00:00+08:00', quantityList: [{ epcClass: PIGS, quantity: 1, uom: 'H87' }] })).issues).toEqual([])
    const declaration = slaughter({}, { errorDeclaration: { declarationTime: '2026-11-04T08:00:00+08:00', reason: 'incorrect_data' } })
    expect(check(declaration).issues).toEqual([])
  })

  it('requires nothing at a bizStep the category does not define, but still checks known values', () => {
    const event = (data: Record<string, unknown>) => parsed({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'stocking', eventTime: '2026-11-01T08:00:00+08:00', 'zs:category': 'agri',
      quantityList: [{ epcClass: PORK, quantity: 1, uom: 'KGM' }], 'zs:data': data,
    })
    expect(check(event({ myOwnField: 42 })).issues).toEqual([])
    expect(check(event({ testResult: 'OK' })).issues).toMatchObject([{ code: 'standard_element_invalid', field: '/events/0/zs:data/testResult' }])
  })

  it('does not apply a step to an event type it does not list', () => {
    const aggregation = parsed({
      type: 'AggregationEvent', action: 'ADD', bizStep: SLAUGHTER, eventTime: '2026-11-03T08:00:00+08:00', 'zs:category': 'agri',
      parentID: 'urn:epc:id:sscc:6901234.0000000001', childQuantityList: [{ epcClass: PORK, quantity: 1, uom: 'KGM' }],
    })
    expect(check(aggregation).issues).toEqual([])
  })

  it('asks for zs:stage when the bizStep occurs in several stages, and checks the stage named', () => {
    expect(check(intake({}, {}, null)).issues).toMatchObject([{ code: 'standard_stage_required', field: '/events/0/zs:stage', detail: expect.stringContaining('slaughter (屠宰)') }])
    expect(check(intake({})).issues.map((i) => i.field).sort()).toEqual(['/events/0/zs:data/headCount', '/events/0/zs:data/originQuarantineCertificateNo'])
    expect(check(intake({}, {}, 'wholesale')).issues.map((i) => i.field)).toEqual(['/events/0/zs:data/tradeVoucherNo'])
    expect(check(intake({}, {}, 'abattoir')).issues).toMatchObject([{ code: 'standard_stage_invalid', field: '/events/0/zs:stage' }])
    expect(check(slaughter(CERTS, { 'zs:stage': 'retail' })).issues).toMatchObject([{ code: 'standard_stage_invalid', detail: expect.stringContaining('has no step') }])
  })

  it('rejects a value that breaks a reject rule, pointing into lists', () => {
    const { issues } = check(intake({ originQuarantineCertificateNo: 'A1', headCount: 2.5, earTags: ['144090000001234', '444090000001234'] }))
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['standard_element_invalid', '/events/0/zs:data/headCount'],
      ['standard_element_invalid', '/events/0/zs:data/earTags/1'],
    ])
    expect(issues[0].detail).toContain('whole number')
  })

  it('checks quantities with their unit', () => {
    const filling = (tare: unknown) => parsed({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'https://zhuisu.org/voc/BizStep-filling', eventTime: '2026-11-01T08:00:00+08:00',
      'zs:category': 'equipment', epcList: ['urn:epc:id:giai:6901234.C1'],
      'zs:data': { cylinderCode: 'GD-1', operatorName: '王师傅', tareWeight: tare, filledWeight: { quantity: 14.5, uom: 'KGM' } },
    })
    expect(check(filling({ quantity: 15.2, uom: 'KGM' })).issues).toEqual([])
    expect(check(filling({ quantity: 15.2, uom: 'TNE' })).issues).toMatchObject([{ field: '/events/0/zs:data/tareWeight', detail: expect.stringContaining('uom must be KGM') }])
    expect(check(filling(15.2)).issues).toMatchObject([{ code: 'standard_element_invalid' }])
  })

  it('needs an override for a value that cannot be fully verified, and says how to give one', () => {
    const { issues, warnings } = check(intake({ originQuarantineCertificateNo: 'A1', headCount: 20, ownerUscc: INNER_CHECK_WRONG }))
    expect(warnings).toEqual([])
    expect(issues).toMatchObject([{ code: 'standard_override_required', field: '/events/0/zs:data/ownerUscc', detail: expect.stringContaining('"zs:override"') }])
  })

  it('needs an override for a warn-level rule broken (an SC number of the wrong shape)', () => {
    const production = (extra: Record<string, unknown>) => parsed({
      type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-11-01T08:00:00+08:00', 'zs:category': 'food',
      quantityList: [{ epcClass: PORK, quantity: 1, uom: 'KGM' }], 'zs:data': { scLicenceNo: 'SC123' }, ...extra,
    })
    expect(check(production({})).issues).toMatchObject([{ code: 'standard_override_required', field: '/events/0/zs:data/scLicenceNo' }])
    const overridden = check(production({ 'zs:override': { reason: '许可证为旧版编号，已电话核实', by: '张三' } }))
    expect(overridden.issues).toEqual([])
    expect(overridden.warnings).toEqual([{ code: 'standard_element_invalid', field: '/zs:data/scLicenceNo', value: 'SC123', detail: expect.stringContaining('长度应为 16，实际为 5 / Must be 16 characters long') }])
  })

  it('accepts with an override and turns the warnings into findings that record who overrode', () => {
    const override = { reason: '工商系统核实为有效代码', by: '李四 (质检科)' }
    const result = check(intake({ originQuarantineCertificateNo: 'A1', headCount: 20, ownerUscc: INNER_CHECK_WRONG }, { 'zs:override': override }))
    expect(result.issues).toEqual([])
    expect(result.warnings).toMatchObject([{ code: 'standard_element_unverified', field: '/zs:data/ownerUscc', value: INNER_CHECK_WRONG }])
    expect(standardFindings(result)).toEqual([{ code: 'standard_warning', field: '/zs:data/ownerUscc', value: INNER_CHECK_WRONG, detail: expect.any(String), override }])
  })

  it('never lets an override accept a reject-level problem, and refuses a malformed override', () => {
    const override = { reason: '核实', by: '李四' }
    expect(check(slaughter({}, { 'zs:override': override })).issues.map((i) => i.code)).toEqual(['standard_element_missing', 'standard_element_missing'])
    expect(check(slaughter(CERTS, { 'zs:override': { reason: ' ' } })).issues).toMatchObject([{ code: 'standard_override_invalid', field: '/events/0/zs:override' }])
  })

  it('accepts the published example of every step', () => {
    for (const category of Object.values(STANDARD)) {
      for (const { stage, step } of allSteps(category)) {
        expect(check(parsed(exampleEvent(category.category, stage, step))), `${category.category}/${stage.code}/${step.code}`).toEqual({ issues: [], warnings: [] })
      }
    }
  })
})
