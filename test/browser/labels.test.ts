/**
 * A printed label, scanned: Chromium opens the label PNG the API serves, the QR code is decoded from
 * what the browser drew, and the decoded Digital Link URI is followed — through the resolver — to the
 * public query page of the lot. A label whose QR code held anything else would fail here.
 */
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { chromiumForTests, DESKTOP, expectVisible, launchChromium, PHONE, screenshot, type BrowserSession } from '../support/browser.js'
import { makeProduct } from '../support/factories.js'
import { decodeQrPng } from '../support/qr.js'

const GTIN = '06901234000146'
const chromiumPath = chromiumForTests('test/browser/labels.test.ts')

/** A free local port, so that the platform's public URL (printed in the QR code) is where it listens. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

describe.skipIf(!chromiumPath)('QR labels scanned in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession

  beforeAll(async () => {
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    platform = await buildTestPlatform('sqlite', { ZHUISU_PUBLIC_URL: baseUrl })
    await platform.server.listen({ port, host: '127.0.0.1' })
    const productId = await makeProduct(platform.server, '平远脐橙', GTIN, 'agri', 'KGM')
    const lot = await platform.server.inject({ method: 'POST', url: '/api/v1/units', payload: { productId, kind: 'lot', lotNumber: 'QC-2611' } })
    expect(lot.statusCode, lot.body).toBe(201)
    browser = await launchChromium(chromiumPath!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('decodes the label PNG shown by the browser to the Digital Link URI, which opens the lot page', async () => {
    const page = await browser.newPage(DESKTOP)
    const labelUrl = `${baseUrl}/api/v1/labels/${encodeURIComponent(`(01)${GTIN}(10)QC-2611`)}?format=png&layout=50x30`
    // Opened as a document of its own, as a person opening the download would (and same-origin, as the
    // platform's Cross-Origin-Resource-Policy asks).
    await page.goto(labelUrl)
    await expectVisible(page.locator('img'))
    const shot = await page.locator('img').screenshot()
    await screenshot(page, 'label-png')
    const decoded = decodeQrPng(shot)
    expect(decoded).toBe(`${baseUrl}/01/${GTIN}/10/QC-2611`)

    const phone = await browser.newPage(PHONE)
    await phone.goto(decoded!)
    expect(new URL(phone.url()).pathname).toMatch(/^\/q\//)
    await expectVisible(phone.getByText('平远脐橙'))
    await screenshot(phone, 'label-scanned-phone')
  })
})
