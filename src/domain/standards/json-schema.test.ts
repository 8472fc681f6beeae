import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { CATEGORY_CODES } from '../categories.js'
import { parseEvent } from '../events/parse-event.js'
import { exampleEvent } from './examples.js'
import { FORMAT_NAMES, FORMATS } from './formats.js'
import { ANNOTATION_KEYWORDS, categoryJsonSchemas, JSON_SCHEMA_DIALECT, stepJsonSchema } from './json-schema.js'
import { allSteps, bizStepsNeedingStage, STANDARD } from './standard.js'
import { checkEventAgainstStandard } from './validate-standard.js'

/** Strict Ajv: unknown keywords or formats fail compilation, so every extension must be declared. */
function strictAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  ajv.addVocabulary([...ANNOTATION_KEYWORDS])
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
  // The platform's identifier formats, with the platform's own checks (errors only: warnings need an override, not a schema).
  for (const name of FORMAT_NAMES) ajv.addFormat(name, (value: string) => FORMATS[name].check(value).errors.length === 0)
  return ajv
}

const checkerIssues = (raw: Record<string, unknown>) => {
  const parsed = parseEvent(raw, { pointer: '/events/0', now: '2026-11-20T00:00:00Z', makeEventId: (hash) => `ni:///sha-256;${hash}` })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return checkEventAgainstStandard(parsed.event, '/events/0').issues
}

const everyStep = CATEGORY_CODES.flatMap((category) => allSteps(STANDARD[category]).map((ref) => ({ category, ...ref })))

describe('JSON Schema generated from the standard', () => {
  it('compiles a draft 2020-12 schema for every step of every category', () => {
    const schemas = CATEGORY_CODES.flatMap(categoryJsonSchemas)
    expect(schemas.length).toBe(everyStep.length)
    expect(new Set(schemas.map((s) => s.schema.$id)).size).toBe(schemas.length)
    const ajv = strictAjv()
    for (const { schema } of schemas) {
      expect(schema.$schema).toBe(JSON_SCHEMA_DIALECT)
      expect(() => ajv.compile(schema), String(schema.$id)).not.toThrow()
    }
  })

  it.each(everyStep.map(({ category, stage, step }) => [`${category}/${stage.code}/${step.code}`, category, stage, step] as const))(
    '%s: schema and capture agree on the example and on each missing element',
    (_name, category, stage, step) => {
      const validate = strictAjv().compile(stepJsonSchema(category, stage, step))
      const example = exampleEvent(category, stage, step)
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true)
      expect(checkerIssues(example)).toEqual([])
      const data = example['zs:data'] as Record<string, unknown>
      for (const element of step.elements.filter((e) => e.required)) {
        const { [element.key]: _left, ...rest } = data
        const without = { ...example, 'zs:data': rest }
        expect(validate(without), element.key).toBe(false)
        expect(checkerIssues(without).map((i) => [i.code, i.field])).toEqual([['standard_element_missing', `/events/0/zs:data/${element.key}`]])
      }
      if (bizStepsNeedingStage(STANDARD[category], stage, step).includes(step.bizSteps[0])) {
        const { 'zs:stage': _stage, ...unstaged } = example
        expect(validate(unstaged)).toBe(false)
        expect(checkerIssues(unstaged).map((i) => i.code)).toEqual(['standard_stage_required'])
      }
    },
  )

  it('describes each element with its names, confidentiality, policy and source', () => {
    const slaughter = STANDARD.agri.stages.find((s) => s.code === 'slaughter')!
    const schema = stepJsonSchema('agri', slaughter, slaughter.steps.find((s) => s.code === 'slaughtering')!)
    const data = (schema.properties as Record<string, { required: string[]; properties: Record<string, unknown> }>)['zs:data']
    expect(data.required).toEqual(['quarantineCertificateNo', 'meatQualityCertificateNo'])
    expect(data.properties.quarantineCertificateNo).toMatchObject({
      title: '动物产品检疫合格证号', type: 'string', format: 'quarantine_cert', 'x-zs-confidentiality': 'public', 'x-zs-on-invalid': 'reject',
      'x-zs-source': expect.stringContaining('生猪屠宰管理条例'),
    })
    expect((schema.properties as Record<string, unknown>).bizStep).toEqual({ enum: ['https://zhuisu.org/voc/BizStep-slaughtering'] })
  })
})
