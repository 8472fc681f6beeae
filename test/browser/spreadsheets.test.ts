/**
 * The spreadsheet and label pages in Chromium: templates listed from the data standard, a CSV with a bad
 * row uploaded through the page and its problem shown, a label previewed. Screenshots in .screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession } from '../support/browser.js'
import { makeProduct } from '../support/factories.js'

const chromiumPath = chromiumForTests('test/browser/spreadsheets.test.ts')

describe.skipIf(!chromiumPath)('spreadsheet and label pages in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession

  beforeAll(async () => {
    platform = await buildTestPlatform('sqlite')
    const productId = await makeProduct(platform.server, '兴宁鸽', '06901234000184', 'agri', 'H87')
    const lot = await platform.server.inject({ method: 'POST', url: '/api/v1/units', payload: { productId, kind: 'lot', lotNumber: 'G2611' } })
    expect(lot.statusCode, lot.body).toBe(201)
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('lists templates by category and reports a bad uploaded row on the page', async () => {
    const page = await browser.newPage(DESKTOP)
    await page.goto(`${baseUrl}/spreadsheets`)
    await expectVisible(page.getByRole('heading', { name: '表格导入导出' }))
    await expectVisible(page.getByRole('cell', { name: /快速检测/ }))
    await screenshot(page, 'spreadsheets-desktop')

    const select = page.locator('select')
    const option = await select.locator('option', { hasText: '批发 · 快速检测' }).first().getAttribute('value')
    await select.selectOption(option!)
    const csv = '事件时间*,追溯码*,检测项目*,检测结果*\r\n2026-11-02 09:30,(01)06901234000184(10)G2611,克伦特罗,还行\r\n'
    await page.locator('input[type=file]').setInputFiles({ name: '快检.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: '上传并导入' }).click()
    await expectVisible(page.getByText('发现 1 处问题，全部未写入。请修改后重新上传。'))
    await expectVisible(page.getByRole('cell', { name: /不在代码表中/ }))
    await screenshot(page, 'spreadsheets-upload-refused')

    const phone = await browser.newPage(PHONE)
    await phone.goto(`${baseUrl}/spreadsheets`)
    await expectVisible(phone.getByRole('heading', { name: '下载模板' }))
    await expectNoHorizontalOverflow(phone)
    await screenshot(phone, 'spreadsheets-phone')
  })

  it('previews a label of a lot and links its PDF', async () => {
    const page = await browser.newPage(PHONE)
    await page.goto(`${baseUrl}/labels`)
    await page.getByLabel('追溯码').fill('(01)06901234000184(10)G2611')
    await page.getByRole('button', { name: '预览' }).click()
    const image = page.getByRole('img', { name: /标签/ })
    await expectVisible(image)
    // A string expression: the page's Content-Security-Policy forbids waitForFunction's eval.
    await expect.poll(() => page.evaluate<boolean>('[...document.images].every((img) => img.complete && img.naturalWidth > 0)')).toBe(true)
    expect(await page.getByRole('link', { name: '下载 PDF 打印' }).getAttribute('href')).toContain('/api/v1/labels/')
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'labels-phone')
  })
})
