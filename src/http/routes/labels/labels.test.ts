/** QR labels over HTTP on every engine: what each QR code encodes is read back from the PNG and PDF. */
import { beforeAll, describe, expect, it } from 'vitest'
import { formatPlatformCode } from '../../../domain/identifiers/platform-code.js'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'
import { makeProduct } from '../../../../test/support/factories.js'
import { countPdfPages, decodeQrPng, findPdftoppm, rasterisePdfPage } from '../../../../test/support/qr.js'

const PUBLIC_URL = 'https://trace.example.cn'
const GTIN = '06901234000139'
const pdftoppm = findPdftoppm()
if (!pdftoppm) process.stdout.write('[labels] pdftoppm (poppler-utils) is missing: PDF pages are counted but not scanned\n')

describe.each(engines())('QR labels on %s', (engine) => {
  let platform: TestPlatform
  let platformLot: string

  beforeAll(async () => {
    platform = await buildTestPlatform(engine, { ZHUISU_PUBLIC_URL: PUBLIC_URL })
    const productId = await makeProduct(platform.server, '梅州金柚', GTIN, 'agri', 'KGM')
    const noGtin = await platform.server.inject({ method: 'POST', url: '/api/v1/products', payload: { name: '散装大米', category: 'food', uom: 'KGM' } })
    for (const [id, payload] of [[productId, { kind: 'lot', lotNumber: 'JY-2611/A' }], [noGtin.json().id, { kind: 'lot', lotNumber: 'R1' }]] as const) {
      const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/units', payload: { productId: id, ...payload } })
      expect(reply.statusCode, reply.body).toBe(201)
      if (id !== productId) platformLot = reply.json().code
    }
  })

  it('makes a PNG of one lot label whose QR code is the Digital Link URI', async () => {
    const reply = await platform.server.inject(`/api/v1/labels/${encodeURIComponent(`(01)${GTIN}(10)JY-2611/A`)}?format=png&layout=40x30`)
    expect(reply.statusCode, reply.body).toBe(200)
    expect(reply.headers['content-type']).toBe('image/png')
    expect(decodeQrPng(reply.rawPayload)).toBe(`${PUBLIC_URL}/01/${GTIN}/10/JY-2611%2FA`)
  })

  it('makes a PNG for a platform code whose QR code is the /q/ URL', async () => {
    const reply = await platform.server.inject(`/api/v1/labels/${platformLot}?format=png`)
    expect(decodeQrPng(reply.rawPayload)).toBe(`${PUBLIC_URL}/q/${platformLot}`)
  })

  it('fills A4 sheets of 24 and starts a new page for the 25th', async () => {
    const reply = await platform.server.inject(`/api/v1/labels/${platformLot}?copies=25`)
    expect([reply.statusCode, reply.headers['content-type'], reply.headers['x-label-count']]).toEqual([200, 'application/pdf', '25'])
    expect(countPdfPages(reply.rawPayload)).toBe(2)
  })

  it.skipIf(!pdftoppm)('prints a range of platform codes on a label printer roll, one scannable label a page', async () => {
    const from = formatPlatformCode({ issuerRegion: '441400', category: 'food', kind: 'item', serial: '00000000Z' })
    const reply = await platform.server.inject({ method: 'POST', url: '/api/v1/labels', payload: { range: { from, count: 3 }, layout: '50x30' } })
    expect(reply.statusCode, reply.body).toBe(200)
    expect(countPdfPages(reply.rawPayload)).toBe(3)
    const second = formatPlatformCode({ issuerRegion: '441400', category: 'food', kind: 'item', serial: '000000010' })
    expect(decodeQrPng(rasterisePdfPage(reply.rawPayload, 2))).toBe(`${PUBLIC_URL}/q/${second}`)
  })

  it('refuses unknown codes, a PNG of several labels and too many labels', async () => {
    const unknown = await platform.server.inject({ method: 'POST', url: '/api/v1/labels', payload: { codes: [`01/${GTIN}/10/NOPE`.replace(/^/, `${PUBLIC_URL}/`)] } })
    expect([unknown.statusCode, unknown.json().error.field]).toEqual([404, '/codes/0'])
    expect((await platform.server.inject(`/api/v1/labels/${platformLot}?format=png&copies=2`)).statusCode).toBe(400)
    const many = await platform.server.inject({ method: 'POST', url: '/api/v1/labels', payload: { codes: [platformLot], copies: 1000, range: { from: platformLot, count: 1 } } })
    expect(many.statusCode).toBe(413)
  })
})
