/**
 * The published data standard page (/standards) in a real Chromium: the agricultural category's indicators,
 * coding rules, transmission formats and the interface list read from /openapi.json, in Chinese and English,
 * on a phone (360 px) and a desktop (1280 px). Screenshots land in .screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import {
  chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession,
} from '../support/browser.js'

const chromiumPath = chromiumForTests('test/browser/standards.test.ts')

describe.skipIf(!chromiumPath)('the data standard page in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession

  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}${path}`)
    return page
  }

  beforeAll(async () => {
    platform = await buildTestPlatform('sqlite')
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the agricultural indicators, coding rules and interfaces in Chinese, then in English', async () => {
    for (const [viewport, size] of [[PHONE, 360], [DESKTOP, 1280]] as const) {
      const page = await open('/standards', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: '数据标准' }))
      await expectVisible(page.getByRole('combobox', { name: /产品类别/ }))
      expect(await page.getByRole('combobox', { name: /产品类别/ }).locator('option:checked').textContent()).toBe('食用农产品')
      await expectVisible(page.getByText('产地检疫证号（动物检疫合格证明）'))
      await expectVisible(page.getByRole('heading', { name: '编码规则' }))
      await expectVisible(page.getByRole('rowheader', { name: /^检疫证明编号/ }))
      await expectVisible(page.getByRole('heading', { name: '传输格式' }))
      // The interface list comes from /openapi.json, so the standards route itself is listed.
      await expectVisible(page.getByRole('rowheader', { name: '/api/v1/standards', exact: true }))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `standards-zh-${size}`)

      await page.getByRole('button', { name: 'Switch to English' }).click()
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Data standard' }))
      await expectVisible(page.getByText('Origin quarantine certificate number'))
      await expectVisible(page.getByRole('heading', { name: 'Coding rules' }))
      await expectVisible(page.getByRole('heading', { name: 'Interface list' }))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `standards-en-${size}`)
      await page.getByRole('button', { name: '切换到中文' }).click()
    }
  })

  it('opens one category at /standards/{category} and switches category from the picker', async () => {
    const page = await open('/standards/drug', DESKTOP)
    const picker = page.getByRole('combobox', { name: /产品类别/ })
    await expectVisible(picker)
    expect(await picker.inputValue()).toBe('drug')
    await picker.selectOption('agri')
    await page.waitForURL(/\/standards\/agri$/)
    await expectVisible(page.getByText('产地检疫证号（动物检疫合格证明）'))
  })
})
