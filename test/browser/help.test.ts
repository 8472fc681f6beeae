/**
 * The in-app help (/help) in a real Chromium: every daily flow has its steps and its screenshots, every picture
 * loads (the files in web/public/help-images/ that the flows name), the page reads at 360 px without sideways
 * scrolling, and the header links to it. Screenshots land in .screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HELP_FLOWS } from '../../web/src/pages/help/flows.js'
import { buildTestPlatform } from '../support/build-app.js'
import { chromiumForTests, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, WIDE, type BrowserSession } from '../support/browser.js'

const chromiumPath = chromiumForTests('test/browser/help.test.ts')

describe.skipIf(!chromiumPath)('in-app help in Chromium', () => {
  let baseUrl: string
  let browser: BrowserSession

  beforeAll(async () => {
    baseUrl = await listen(await buildTestPlatform('sqlite'))
    browser = await launchChromium(chromiumPath!)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  for (const viewport of [PHONE, WIDE]) {
    it(`shows every flow with its steps and pictures at ${viewport.width} px`, async () => {
      const page = await browser.newPage(viewport)
      await page.goto(`${baseUrl}/help`)
      await expectVisible(page.getByRole('heading', { level: 1, name: '使用帮助：日常操作' }))
      for (const flow of HELP_FLOWS) {
        const section = page.locator(`section#${flow.id}`)
        await expectVisible(section)
        expect(await section.locator('ol li').count()).toBe(flow.steps)
        expect(await section.locator('figure img').count()).toBe(flow.figures.length)
      }
      // Every picture has loaded with real pixels (a missing file would be a broken image, 0 × 0).
      const images = page.locator('.help-figure img')
      const total = HELP_FLOWS.reduce((n, f) => n + f.figures.length, 0)
      expect(await images.count()).toBe(total)
      for (let i = 0; i < total; i++) {
        const image = images.nth(i)
        await image.scrollIntoViewIfNeeded()
        await expect.poll(() => image.evaluate((img) => {
          const loaded = img as unknown as { complete: boolean; naturalWidth: number }
          return loaded.complete ? loaded.naturalWidth : 0
        })).toBeGreaterThan(300)
      }
      await page.mouse.wheel(0, -100_000)
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `help-${viewport.width}`)
      await page.close()
    })
  }

  it('is linked from the header and its start buttons lead into the app', async () => {
    const page = await browser.newPage(WIDE)
    await page.goto(`${baseUrl}/`)
    await page.getByRole('link', { name: '帮助', exact: true }).first().click()
    await page.waitForURL(/\/help$/)
    await expectVisible(page.locator('section#explorer'))
    expect(await page.locator('section.help-flow').count()).toBe(HELP_FLOWS.length)
    await page.locator('section#explorer').getByRole('link', { name: '打开追溯浏览器' }).click()
    await page.waitForURL(/\/explorer/)
    expect(new URL(page.url()).pathname).toBe('/explorer')
    await page.close()
  })
})
