/**
 * The Content-Security-Policy sent by the platform lets the web UI and the Swagger UI at /docs work in a real
 * Chromium: each page renders, and the browser reports no policy violation.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform } from '../support/build-app.js'
import { chromiumForTests, DESKTOP, expectVisible, launchChromium, listen, PHONE, type BrowserSession } from '../support/browser.js'

const chromiumPath = chromiumForTests('test/browser/content-security-policy.test.ts')

describe.skipIf(!chromiumPath)('Content-Security-Policy in Chromium', () => {
  let baseUrl: string
  let browser: BrowserSession

  beforeAll(async () => {
    baseUrl = await listen(await buildTestPlatform('sqlite'))
    browser = await launchChromium(chromiumPath!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  /** Opens `path`, recording every CSP violation the page reports (console and securitypolicyviolation events). */
  const openWatched = async (path: string, viewport: { width: number; height: number }): Promise<{ page: Page; violations: string[] }> => {
    const page = await browser.newPage(viewport)
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => console.error('Refused to load (CSP): ' + e.violatedDirective + ' ' + e.blockedURI))`)
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/)
    return { page, violations }
  }

  it('renders the home page and a query page with no policy violation', async () => {
    const home = await openWatched('/', PHONE)
    await expectVisible(home.page.getByRole('heading', { level: 1, name: '查一查，产品从哪里来' }))
    await home.page.getByRole('textbox', { name: '追溯码', exact: true }).fill('urn:epc:class:lgtin:6901234.000002.K2511')
    await home.page.getByRole('textbox', { name: '追溯码', exact: true }).press('Enter')
    await expectVisible(home.page.getByRole('heading', { level: 1, name: '未查到该追溯码' }))
    expect(home.violations).toEqual([])
    await home.page.close()
  })

  it('renders the Swagger UI at /docs with the API title and operations, with no policy violation', async () => {
    const docs = await openWatched('/docs/', DESKTOP)
    await expectVisible(docs.page.getByRole('heading', { name: /Zhuisu 追溯 API/ }))
    await expectVisible(docs.page.getByText('/api/v1/events', { exact: true }))
    expect(docs.violations).toEqual([])
    await docs.page.close()
  })
})
