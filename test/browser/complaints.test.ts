/**
 * Complaints in a real Chromium, at 360 px and 1280 px: a consumer submits a complaint with a photo from
 * a public query page and follows its status; the 梅州 food regulator signs in, finds it in the inbox and
 * answers it; the complainant then sees the answer. Screenshots land in .screenshots/.
 */
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, buildWorld, FOOD_LOT, type World } from '../support/accounts-world.js'
import { chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession } from '../support/browser.js'

const REGULATOR = { username: 'meizhou-food-inspector', password: 'meizhou-food-inspector-pass' }
const chromiumPath = chromiumForTests('test/browser/complaints.test.ts')

describe.skipIf(!chromiumPath)('complaints in Chromium', () => {
  let world: World
  let baseUrl: string
  let browser: BrowserSession
  let statusUrl = ''

  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}${path}`)
    return page
  }

  beforeAll(async () => {
    world = await buildWorld('sqlite')
    const user = await world.platform.server.inject({
      method: 'POST', url: `/api/v1/organisations/${world.organisations.meizhou}/users`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload: REGULATOR,
    })
    expect(user.statusCode, user.body).toBe(201)
    baseUrl = await listen(world.platform)
    browser = await launchChromium(chromiumPath!)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('submits a complaint with a photo from the public query page and shows its status', async () => {
    const page = await open(`/q/${encodeURIComponent(FOOD_LOT)}`, PHONE)
    await page.getByRole('button', { name: '投诉/举报' }).click()
    await page.fill('textarea[name=text]', '在梅江超市买的腊肉有明显异味，<b>请</b>尽快核查处理。')
    await page.fill('input[name=phone]', '13800138000')
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#b33' } }).jpeg().toBuffer()
    await page.setInputFiles('input[name=photos]', { name: 'rou.jpg', mimeType: 'image/jpeg', buffer: photo })
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'complaint-form-360')
    await page.getByRole('button', { name: '提交投诉' }).click()
    // Markup is refused with a clear message; nothing is stored.
    await expectVisible(page.getByRole('alert'))
    expect(await page.getByRole('alert').textContent()).toContain('HTML')
    await page.fill('textarea[name=text]', '在梅江超市买的腊肉有明显异味，请尽快核查处理。')
    await page.getByRole('button', { name: '提交投诉' }).click()
    await expectVisible(page.getByRole('status'))
    expect(await page.getByRole('status').textContent()).toMatch(/投诉已提交，编号 TS\d{8}-[0-9A-F]{6}/)
    await screenshot(page, 'complaint-submitted-360')
    await page.getByRole('link', { name: '查看处理进度' }).click()
    await page.waitForURL(/\/complaints\/.+\?receipt=/)
    statusUrl = page.url()
    await expectVisible(page.getByText('已分派'))
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'complaint-status-360')
  })

  it('lets the regulator find the complaint in the inbox and answer it; the complainant sees the answer', async () => {
    const page = await open('/account/login?next=/complaints', DESKTOP)
    await page.fill('input[name=username]', REGULATOR.username)
    await page.fill('input[name=password]', REGULATOR.password)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/complaints$/)
    const row = page.locator('.complaints__table tbody tr').first()
    await expectVisible(row)
    expect(await row.textContent()).toContain('腊肉有明显异味')
    await screenshot(page, 'complaints-inbox-1280')
    await row.getByRole('link').click()
    await expectVisible(page.locator('.complaints__photos img'))
    await page.getByLabel('下一步').selectOption('answered')
    await page.fill('textarea[name=answer]', '经抽检，该批次腊肉过氧化值超标，已责令下架。')
    await page.getByLabel('核查结论').selectOption('substantiated')
    await page.getByRole('button', { name: '确认' }).click()
    await expectVisible(page.getByText('已保存。'))
    await expectVisible(page.locator('.complaints__dl dd', { hasText: '属实' }))
    await screenshot(page, 'complaint-detail-answered-1280')

    const mobile = await browser.newPage(PHONE)
    await mobile.goto(statusUrl)
    await mobile.waitForLoadState('networkidle')
    await screenshot(mobile, 'complaint-status-answered-360')
    await expectVisible(mobile.getByText('已答复'))
    await expectVisible(mobile.getByText('经抽检，该批次腊肉过氧化值超标，已责令下架。'))
    await expectVisible(mobile.getByText('核查结论：属实'))
    await screenshot(mobile, 'complaint-status-answered-360')
  })
})
