/**
 * The public query page shows hostile names as text: script tags, event-handler attributes and markup in a
 * product, producer or site name appear literally, and nothing in them runs or becomes an element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform } from '../support/build-app.js'
import { chromiumForTests, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession } from '../support/browser.js'
import { capture, makeParty } from '../support/factories.js'
import { HOSTILE_STRINGS } from '../support/hostile-strings.js'

const PRODUCT_NAME = HOSTILE_STRINGS['HTML event handler']
const SPECIFICATION = HOSTILE_STRINGS['attribute break']
const PRODUCER_NAME = HOSTILE_STRINGS['HTML script']
const SITE_NAME = HOSTILE_STRINGS['template expression']
const GTIN = '06901234000030'
const LOT = 'urn:epc:class:lgtin:6901234.000003.X1'

const chromiumPath = chromiumForTests('test/browser/hostile-text.test.ts')

describe.skipIf(!chromiumPath)('hostile text on the public query page in Chromium', () => {
  let baseUrl: string
  let browser: BrowserSession

  beforeAll(async () => {
    const platform = await buildTestPlatform('sqlite')
    const { server } = platform
    const producer = await makeParty(server, PRODUCER_NAME, 'processor', '441402')
    const site = await server.inject({ method: 'POST', url: `/api/v1/parties/${producer.id}/sites`, payload: { name: SITE_NAME, kind: 'plant', regionCode: '441402' } })
    expect(site.statusCode, site.body).toBe(201)
    const product = await server.inject({
      method: 'POST', url: '/api/v1/products',
      payload: { name: PRODUCT_NAME, specification: SPECIFICATION, gtin: GTIN, category: 'agri', uom: 'KGM', partyId: producer.id, originRegionCode: '441402' },
    })
    expect(product.statusCode, product.body).toBe(201)
    const reply = await capture(server, [{
      type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-11-05T08:00:00+08:00', 'zs:party': producer.uscc,
      bizLocation: { id: site.json().id }, quantityList: [{ epcClass: LOT, quantity: 10, uom: 'KGM' }],
    }])
    expect(reply.statusCode, reply.body).toBe(201)
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('renders every hostile name literally and runs none of it', async () => {
    const page = await browser.newPage(PHONE)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${baseUrl}/q/${encodeURIComponent(LOT)}`)
    await expectVisible(page.getByRole('heading', { level: 1, name: PRODUCT_NAME }))
    const text = await page.locator('body').innerText()
    for (const value of [PRODUCT_NAME, SPECIFICATION, PRODUCER_NAME, SITE_NAME]) expect(text, value).toContain(value)
    expect(await page.evaluate('window.__xss')).toBeUndefined()
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0)
    expect(dialogs).toEqual([])
    await screenshot(page, 'query-phone-hostile-text')
    await page.close()
  })
})
