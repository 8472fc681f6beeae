import { beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'
import { makeParty, makeProduct, type TestParty } from '../../../../test/support/factories.js'

const GTIN = '06901234567892'
const lookup = (platform: TestPlatform, code: string, headers: Record<string, string> = {}) =>
  platform.server.inject({ method: 'GET', url: `/api/v1/codes/${encodeURIComponent(code)}`, headers })

describe.each(engines())('GET /api/v1/codes/{code} on %s', (engine) => {
  let platform: TestPlatform
  let producer: TestParty
  let productId: string
  let lotId: string
  let itemId: string
  let platformCode: string

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
    producer = await makeParty(platform.server, '梅州蜜柚合作社', 'farm', '441403')
    productId = await makeProduct(platform.server, '金柚', GTIN)
    const unit = async (payload: object) => {
      const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/units', payload })
      if (reply.statusCode !== 201) throw new Error(`unit: ${reply.statusCode} ${reply.body}`)
      return reply.json() as { id: string; code: string }
    }
    lotId = (await unit({ productId, kind: 'lot', lotNumber: 'L2511' })).id
    itemId = (await unit({ productId, kind: 'item', serial: 'S0001' })).id
    // A product without GTIN: its lots get platform codes.
    const bulk = await platform.server.inject({ method: 'POST', url: '/api/v1/products', payload: { name: '散装蜜柚', category: 'agri', uom: 'KGM' } })
    platformCode = (await unit({ productId: (bulk.json() as { id: string }).id, kind: 'lot', lotNumber: 'B1' })).code
  })

  it('names the lot, and its product, from an element string, its EPC URN or its Digital Link', async () => {
    for (const code of ['(01)06901234567892(17)270315(10)L2511', 'urn:epc:class:lgtin:6901234.056789.L2511', 'https://id.gs1.org/01/06901234567892/10/L2511']) {
      const reply = await lookup(platform, code)
      expect(reply.statusCode, reply.body).toBe(200)
      const body = reply.json()
      expect(body).toMatchObject({ valid: true, errors: [], traceKey: `01/${GTIN}/10/L2511` })
      expect(body.resolves).toEqual([
        { type: 'unit', id: lotId, code: `01/${GTIN}/10/L2511`, kind: 'lot', scheme: 'gs1', productId, lotNumber: 'L2511' },
        { type: 'product', id: productId, name: '金柚', category: 'agri', gtin: GTIN },
      ])
    }
  })

  it('names the item by GTIN and serial even when the label also prints the lot', async () => {
    const body = (await lookup(platform, '(01)06901234567892(10)L2511(21)S0001')).json()
    expect(body.resolves[0]).toMatchObject({ type: 'unit', id: itemId, kind: 'item', serial: 'S0001' })
  })

  it('names the product from a bare GTIN-13, typed in full width with spaces', async () => {
    const body = (await lookup(platform, ' ６９０１２３４５６７８９２ ')).json()
    expect(body).toMatchObject({ scheme: 'gtin', valid: true, normalized: GTIN, parts: { format: 'GTIN-13', companyPrefixLength: 7 } })
    expect(body.resolves).toEqual([{ type: 'product', id: productId, name: '金柚', category: 'agri', gtin: GTIN }])
  })

  it('names the party from its USCC', async () => {
    const body = (await lookup(platform, producer.uscc.toLowerCase())).json()
    expect(body).toMatchObject({ scheme: 'uscc', valid: true, parts: { regionCode: '441403' } })
    expect(body.resolves).toEqual([{ type: 'party', id: producer.id, name: '梅州蜜柚合作社', kind: 'farm', regionCode: '441403' }])
  })

  it('names a unit from its platform code', async () => {
    const body = (await lookup(platform, platformCode)).json()
    expect(body).toMatchObject({ scheme: 'platform', valid: true })
    expect(body.resolves[0]).toMatchObject({ type: 'unit', code: platformCode, lotNumber: 'B1' })
  })

  it('answers an invalid code with 200, valid false and the reason in zh-CN or English', async () => {
    const zh = await lookup(platform, '6901234567893')
    expect(zh.statusCode).toBe(200)
    expect(zh.json()).toMatchObject({ scheme: 'gtin', valid: false, resolves: [], errors: [{ code: 'check_character', message: '校验位错误，应为 2', params: { expected: '2' } }] })
    const en = await lookup(platform, '6901234567893', { 'accept-language': 'en' })
    expect(en.json().errors[0].message).toBe('The check character is wrong; it should be 2')
  })

  it('resolves nothing for a valid code that is not registered here, and warns about what it cannot verify', async () => {
    const body = (await lookup(platform, '81000001234567890123')).json()
    expect(body).toMatchObject({ scheme: 'drug_code', valid: true, resolves: [], traceKey: '81000001234567890123' })
    expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(['check_not_public', 'ambiguous'])
    expect(body.alternatives).toEqual([{ scheme: 'meat_trace', valid: true }, { scheme: 'equipment_registration', valid: true }])
  })

  it('masks an ID number and leaves out its birth date and sex', async () => {
    const body = (await lookup(platform, '11010519491231002X')).json()
    expect(body).toMatchObject({ scheme: 'id_card', valid: true, normalized: '110105********002X', parts: { regionCode: '110105', legacy: false } })
    expect(body.parts).not.toHaveProperty('birthDate')
    expect(body.parts).not.toHaveProperty('sex')
  })

  it('says unknown for text that is no code, and refuses a path parameter over 1024 characters (414)', async () => {
    expect((await lookup(platform, 'hello world')).json()).toMatchObject({ scheme: 'unknown', valid: false, errors: [{ code: 'unknown_scheme' }] })
    const tooLong = await lookup(platform, '9'.repeat(1025))
    // Fastify's router refuses it before any handler runs (routerOptions.maxParamLength in server.ts).
    expect(tooLong.statusCode).toBe(414)
  })
})
