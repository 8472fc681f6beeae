/**
 * Capture enforces the per-category data standard through POST /api/v1/events, on every engine: a missing
 * required element or a broken reject rule is a 422 naming the field in both languages with nothing
 * written; a warn-level problem needs zs:override, which is then stored with the event as a finding.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'
import { capture, makeParty, type TestParty } from '../../../../test/support/factories.js'
import { CATEGORY_CODES } from '../../../domain/categories.js'
import { exampleEvent } from '../../../domain/standards/examples.js'
import { allSteps, STANDARD } from '../../../domain/standards/standard.js'

const PIGS = 'urn:epc:class:lgtin:6901234.000001.P2511'
const PORK = 'urn:epc:class:lgtin:6901234.000002.K2511'
/** Passes the mod-31 check but not the embedded GB 11714 check: warn + override (cn-identifiers.md §1). */
const INNER_CHECK_WRONG = '91350100M000100Y56'
const CERTS = { quarantineCertificateNo: '4400123456', meatQualityCertificateNo: 'RP-2026-001' }
const everyStep = CATEGORY_CODES.flatMap((category) => allSteps(STANDARD[category]).map((ref) => ({ category, ...ref })))

describe.each(engines())('capture against the data standard on %s', (engine) => {
  let platform: TestPlatform
  let slaughterhouse: TestParty
  const total = async () => (await platform.server.inject('/api/v1/stats')).json().events.total as number
  let serial = 0
  const eventId = () => `urn:uuid:5a1d0000-0000-4000-8000-${String(++serial).padStart(12, '0')}`

  const slaughter = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    type: 'TransformationEvent', eventID: eventId(), eventTime: '2026-11-03T08:00:00+08:00', bizStep: 'https://zhuisu.org/voc/BizStep-slaughtering',
    'zs:category': 'agri', 'zs:party': slaughterhouse.uscc, bizLocation: { id: slaughterhouse.siteId },
    inputQuantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }], outputQuantityList: [{ epcClass: PORK, quantity: 1000, uom: 'KGM' }],
    'zs:data': data, ...extra,
  })
  const intake = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    type: 'ObjectEvent', action: 'OBSERVE', eventID: eventId(), eventTime: '2026-11-02T14:00:00+08:00', bizStep: 'receiving', 'zs:category': 'agri',
    'zs:stage': 'slaughter', 'zs:party': slaughterhouse.uscc, quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }],
    'zs:data': { originQuarantineCertificateNo: 'A-4401-0001', headCount: 20, ownerUscc: INNER_CHECK_WRONG, ...data }, ...extra,
  })

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    slaughterhouse = await makeParty(platform.server, '梅州定点屠宰厂', 'slaughterhouse', '441402')
  })

  it('rejects a pork slaughter event without its 检疫证号, naming the field in Chinese and English, and writes nothing', async () => {
    const before = await total()
    const reply = await capture(platform.server, [slaughter({ meatQualityCertificateNo: 'RP-2026-001' })])
    expect(reply.statusCode, reply.body).toBe(422)
    const error = reply.json().error
    expect(error.code).toBe('invalid_events')
    expect(error.issues).toEqual([expect.objectContaining({ code: 'standard_element_missing', field: '/events/0/zs:data/quarantineCertificateNo' })])
    const issue = error.issues[0]
    expect(issue.messages.zh).toContain('必填数据元')
    expect(issue.messages.en).toContain('required by the category')
    expect(issue.detail).toContain('动物产品检疫合格证号')
    expect(issue.detail).toContain('Animal product quarantine certificate number')
    expect(issue.detail).toContain('生猪屠宰管理条例')
    expect(await total()).toBe(before)
  })

  it('accepts the same event with its certificates', async () => {
    const reply = await capture(platform.server, [slaughter(CERTS)])
    expect(reply.statusCode, reply.body).toBe(201)
    expect(reply.json().created).toBe(1)
  })

  it('refuses a warn-level value without an override and says how to override', async () => {
    const before = await total()
    const reply = await capture(platform.server, [intake({})], { 'accept-language': 'en' })
    expect(reply.statusCode, reply.body).toBe(422)
    const [issue] = reply.json().error.issues
    expect(issue).toMatchObject({ code: 'standard_override_required', field: '/events/0/zs:data/ownerUscc' })
    expect(issue.message).toContain('"zs:override"')
    expect(issue.messages.zh).toContain('zs:override')
    expect(issue.detail).toContain('GB 11714')
    expect(await total()).toBe(before)
  })

  it('accepts it with zs:override and stores the override as a standard_warning finding', async () => {
    const override = { reason: '经市场监管系统核实，代码有效', by: '王五（屠宰厂质检员）' }
    const event = intake({}, { 'zs:override': override })
    const reply = await capture(platform.server, [event])
    expect(reply.statusCode, reply.body).toBe(201)
    expect(reply.json().events[0].findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'standard_warning', field: '/zs:data/ownerUscc', value: INNER_CHECK_WRONG }),
    ]))
    const stored = (await platform.server.inject(`/api/v1/events/${encodeURIComponent(event.eventID)}`)).json()
    expect(stored.event['zs:override']).toEqual(override)
    expect(stored.findings).toEqual(expect.arrayContaining([
      { code: 'standard_warning', field: '/zs:data/ownerUscc', value: INNER_CHECK_WRONG, detail: expect.stringContaining('GB 11714'), override },
    ]))
  })

  it('writes nothing when one event of a batch breaks the standard, and lists only its problems', async () => {
    const before = await total()
    const reply = await capture(platform.server, [slaughter(CERTS), slaughter({ ...CERTS, quarantineCertificateNo: '' }), slaughter(CERTS)])
    expect(reply.statusCode, reply.body).toBe(422)
    expect(reply.json().error.issues.map((i: { field: string }) => i.field)).toEqual(['/events/1/zs:data/quarantineCertificateNo'])
    expect(await total()).toBe(before)
  })

  it('rejects a bad value of a reject element, and a shared bizStep without zs:stage', async () => {
    const { 'zs:stage': _stage, ...unstaged } = intake({ ownerUscc: undefined })
    const reply = await capture(platform.server, [slaughter({ ...CERTS, headCount: -1 }), unstaged])
    expect(reply.statusCode, reply.body).toBe(422)
    expect(reply.json().error.issues.map((i: { code: string; field: string }) => [i.code, i.field])).toEqual([
      ['standard_element_invalid', '/events/0/zs:data/headCount'],
      ['standard_stage_required', '/events/1/zs:stage'],
    ])
  })

  it('accepts the published example of every step of every category', async () => {
    const reply = await capture(platform.server, everyStep.map(({ category, stage, step }) => exampleEvent(category, stage, step)))
    expect(reply.statusCode, reply.body).toBe(201)
    expect(reply.json().created).toBe(everyStep.length)
  })

  it('rejects every step\'s example without its first required element, each at its own pointer', async () => {
    const required = everyStep.filter(({ step }) => step.elements.some((e) => e.required))
    const events = required.map(({ category, stage, step }) => {
      const example = exampleEvent(category, stage, step)
      const key = step.elements.find((e) => e.required)!.key
      const { [key]: _gone, ...data } = example['zs:data'] as Record<string, unknown>
      return { ...example, 'zs:data': data, eventTime: '2026-11-02T08:00:00+08:00' }
    })
    const reply = await capture(platform.server, events)
    expect(reply.statusCode).toBe(422)
    const expected = required.map(({ step }, index) => `/events/${index}/zs:data/${step.elements.find((e) => e.required)!.key}`)
    expect(reply.json().error.issues.map((i: { field: string }) => i.field)).toEqual(expected)
  })
})
