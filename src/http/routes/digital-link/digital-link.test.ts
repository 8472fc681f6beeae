/** The Digital Link resolver over HTTP, on every engine: redirects, link sets, errors, no collisions. */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'
import { makeProduct } from '../../../../test/support/factories.js'

const PUBLIC_URL = 'https://trace.example.cn'
const GTIN = '06901234000122'
const LOT_URI = `${PUBLIC_URL}/01/${GTIN}/10/L2611`
const HTML = { accept: 'text/html,application/xhtml+xml' }

describe.each(engines())('Digital Link resolver on %s', (engine) => {
  let platform: TestPlatform
  const get = (url: string, headers: Record<string, string> = {}) => platform.server.inject({ method: 'GET', url, headers })

  beforeAll(async () => {
    platform = await buildTestPlatform(engine, { ZHUISU_PUBLIC_URL: PUBLIC_URL })
    const productId = await makeProduct(platform.server, '东坡肘子罐头', GTIN, 'food', 'EA')
    for (const unit of [{ kind: 'lot', lotNumber: 'L2611' }, { kind: 'item', serial: 'S0001' }]) {
      const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/units', payload: { productId, ...unit } })
      expect(reply.statusCode, reply.body).toBe(201)
    }
    const party = await platform.server.inject({ method: 'POST', url: '/api/v1/parties', payload: { name: '梅州市食品厂', kind: 'manufacturer', regionCode: '441402', gln: '6901234000016' } })
    expect(party.statusCode, party.body).toBe(201)
  })

  it('sends a browser on a lot to the public query page, with the link set named in a Link header', async () => {
    const reply = await get(`/01/${GTIN}/10/L2611`, HTML)
    expect(reply.statusCode).toBe(307)
    expect(reply.headers.location).toBe(`${PUBLIC_URL}/q/${encodeURIComponent(LOT_URI)}`)
    expect(reply.headers.link).toBe(`<${PUBLIC_URL}/01/${GTIN}/10/L2611?linkType=all>; rel="linkset"; type="application/linkset+json"`)
    expect(reply.headers['access-control-allow-origin']).toBe('*')
  })

  it('gives the RFC 9264 link set for linkType=all and for Accept: application/linkset+json', async () => {
    for (const reply of [await get(`/01/${GTIN}/21/S0001?linkType=all`), await get(`/01/${GTIN}/21/S0001`, { accept: 'application/linkset+json' })]) {
      expect(reply.statusCode).toBe(200)
      expect(reply.headers['content-type']).toMatch(/^application\/linkset\+json/)
      const [context] = reply.json().linkset
      expect(context.anchor).toBe(`${PUBLIC_URL}/01/${GTIN}/21/S0001`)
      expect(context['https://gs1.org/voc/traceability'][0]).toMatchObject({ href: `${PUBLIC_URL}/api/v1/public/${encodeURIComponent(`${PUBLIC_URL}/01/${GTIN}/21/S0001`)}`, type: 'application/json' })
      expect(Object.keys(context)).toEqual(expect.arrayContaining(['https://gs1.org/voc/defaultLink', 'https://gs1.org/voc/pip', 'https://gs1.org/voc/recallStatus', 'https://gs1.org/voc/masterData']))
    }
  })

  it('selects a link by linkType, as a CURIE or a full URI, and falls back to the default link', async () => {
    const traceability = `${PUBLIC_URL}/api/v1/public/${encodeURIComponent(LOT_URI)}`
    expect((await get(`/01/${GTIN}/10/L2611?linkType=gs1:traceability`)).headers.location).toBe(traceability)
    expect((await get(`/01/${GTIN}/10/L2611?linkType=${encodeURIComponent('https://gs1.org/voc/traceability')}`)).headers.location).toBe(traceability)
    expect((await get(`/01/${GTIN}/10/L2611?linkType=gs1:epil`)).headers.location).toMatch(/\/q\//)
  })

  it('resolves the data attributes in the query and answers HEAD and OPTIONS', async () => {
    expect((await get(`/01/${GTIN}/10/L2611?17=271231&linkType=gs1:traceability`)).statusCode).toBe(307)
    expect((await platform.server.inject({ method: 'HEAD', url: `/01/${GTIN}/10/L2611` })).statusCode).toBe(307)
    const options = await platform.server.inject({ method: 'OPTIONS', url: `/01/${GTIN}/10/L2611` })
    expect(options.statusCode).toBe(204)
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS')
  })

  it('redirects non-canonical forms to the canonical path: padding, short names, identifying qualifiers only', async () => {
    const cases: [string, string][] = [
      ['/01/6901234000122/10/L2611', `/01/${GTIN}/10/L2611`],
      ['/gtin/6901234000122/lot/L2611?linkType=all', `/01/${GTIN}/10/L2611?linkType=all`],
      [`/01/${GTIN}/22/V1/10/L2611/21/S0001`, `/01/${GTIN}/21/S0001`],
    ]
    for (const [from, to] of cases) {
      const reply = await get(from)
      expect([reply.statusCode, reply.headers.location], from).toEqual([301, to])
    }
  })

  it('resolves a product GTIN, a GLN and an SSCC it does not know to master data, master data and 404', async () => {
    const product = (await get(`/01/${GTIN}?linkType=all`)).json().linkset[0]
    expect(product['https://gs1.org/voc/masterData'][0].href).toMatch(/\/api\/v1\/products\//)
    expect((await get('/414/6901234000016')).headers.location).toMatch(/\/api\/v1\/parties\//)
    const unknown = await get('/00/069012340000000016')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('code_not_found')
  })

  it('answers 400 with the reason in both languages for a wrong check digit or qualifier order', async () => {
    const reply = await get(`/01/06901234000123/10/L2611`, { 'accept-language': 'en' })
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error).toMatchObject({ code: 'code_invalid', reasons: [{ code: 'ai_value', en: expect.stringMatching(/check digit is wrong/) }] })
    expect(reply.json().error.reasons[0].zh).toMatch(/应用标识符 \(01\)/)
    const order = await get(`/01/${GTIN}/21/S0001/10/L2611`)
    expect([order.statusCode, order.json().error.reasons[0].code]).toEqual([400, 'dl_qualifier'])
  })

  it('leaves the other root paths alone', async () => {
    expect((await get('/healthz')).statusCode).not.toBe(400)
    expect((await get('/openapi.json')).statusCode).toBe(200)
    expect((await get(`/api/v1/public/${encodeURIComponent(LOT_URI)}`)).statusCode).toBe(200)
    expect((await get('/.well-known/gs1resolver')).json()).toMatchObject({ resolverRoot: PUBLIC_URL, supportedPrimaryKeys: expect.arrayContaining(['01', '00', '414', '8004']) })
  })
})
