/**
 * GET /api/v1/standards: the published standard is exactly what src/domain/standards generates (nothing
 * dropped by the reply schema), per category too, and it is in the OpenAPI document.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'
import { CATEGORY_CODES } from '../../../domain/categories.js'
import { publishedStandard } from '../../../domain/standards/publish.js'
import { STANDARD_VERSION } from '../../../domain/standards/standard.js'

describe.each(engines())('GET /api/v1/standards on %s', (engine) => {
  let platform: TestPlatform
  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
  })

  it('serves the whole machine-readable set, versioned, exactly as generated', async () => {
    const reply = await platform.server.inject('/api/v1/standards')
    expect(reply.statusCode, reply.body).toBe(200)
    const body = reply.json()
    expect(body.version).toBe(STANDARD_VERSION)
    expect(body.categories.map((c: { code: string }) => c.code)).toEqual(CATEGORY_CODES)
    expect(body).toEqual(JSON.parse(JSON.stringify(publishedStandard())))
  })

  it('gives each step its elements, a draft 2020-12 JSON Schema and an example', async () => {
    const agri = (await platform.server.inject('/api/v1/standards/agri')).json()
    expect(agri.version).toBe(STANDARD_VERSION)
    expect(agri.formats.some((f: { name: string }) => f.name === 'uscc')).toBe(true)
    const slaughter = agri.category.stages.find((s: { code: string }) => s.code === 'slaughter')
    const step = slaughter.steps.find((s: { code: string }) => s.code === 'slaughtering')
    expect(step.bizSteps).toEqual(['https://zhuisu.org/voc/BizStep-slaughtering'])
    expect(step.elements.find((e: { key: string }) => e.key === 'quarantineCertificateNo')).toMatchObject({
      zh: '动物产品检疫合格证号', required: true, confidentiality: 'public', onInvalid: 'reject',
    })
    expect(step.jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(step.example['zs:data'].quarantineCertificateNo).toBeTruthy()
    const intake = slaughter.steps.find((s: { code: string }) => s.code === 'intake')
    expect(intake.stageRequiredFor).toEqual(['receiving'])
  })

  it('answers 404 for an unknown category, in the caller\'s language', async () => {
    const reply = await platform.server.inject({ url: '/api/v1/standards/cosmetics', headers: { 'accept-language': 'en' } })
    expect(reply.statusCode).toBe(404)
    expect(reply.json().error).toMatchObject({ code: 'standard_not_found', field: '/category', message: 'The data standard has no such product category' })
  })

  it('is in the OpenAPI document', async () => {
    const openapi = (await platform.server.inject('/openapi.json')).json()
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/v1/standards', '/api/v1/standards/{category}']))
    expect(openapi.paths['/api/v1/standards'].get.responses['200'].content['application/json'].schema.properties).toHaveProperty('categories')
  })
})
