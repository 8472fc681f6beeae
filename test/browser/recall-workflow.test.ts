/**
 * The recall workflow end to end in Chromium: the 梅州 food regulator signs in and starts a recall from the UI
 * (with the holder preview), enterprise A signs in, sees its task, confirms and reports, the regulator's
 * progress follows, and the public page of the recalled code shows the warning. Screenshots at 360 and 1280 px.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, FOOD_LOT, type World } from '../support/accounts-world.js'
import { chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession } from '../support/browser.js'

const REGULATOR = { username: 'meizhou-food-inspector', password: 'meizhou-food-password' }
const HOLDER = { username: 'meixian-factory', password: 'meixian-factory-password' }
const chromiumPath = chromiumForTests('test/browser/recall-workflow.test.ts')

describe.skipIf(!chromiumPath)('recall workflow in Chromium', () => {
  let world: World
  let baseUrl: string
  let browser: BrowserSession
  let recallPath = ''

  const signIn = async (account: { username: string; password: string }, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}/account/login`)
    await page.fill('input[name=username]', account.username)
    await page.fill('input[name=password]', account.password)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => !url.pathname.startsWith('/account/login'))
    return page
  }

  beforeAll(async () => {
    world = await buildWorld('sqlite')
    const admin = world.headers.operator
    for (const [organisation, account] of [[world.organisations.meizhou, REGULATOR], [world.organisations.a, HOLDER]] as const) {
      const reply = await world.platform.server.inject({ method: 'POST', url: `/api/v1/organisations/${organisation}/users`, headers: admin, payload: account })
      expect(reply.statusCode, reply.body).toBe(201)
    }
    baseUrl = await listen(world.platform)
    browser = await launchChromium(chromiumPath!)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('a regulator starts a recall from the UI after previewing its holders', async () => {
    const page = await signIn(REGULATOR, DESKTOP)
    await page.goto(`${baseUrl}/recalls/new?codes=${encodeURIComponent(FOOD_LOT)}`)
    await page.fill('textarea[name=reason]', '抽检发现沙门氏菌超标')
    await page.check('input[name=level][value=I]')
    await page.getByRole('button', { name: '预览影响范围' }).click()
    await expectVisible(page.locator('.recall-preview'))
    expect(await page.locator('.recall-preview').textContent()).toContain('3')
    await screenshot(page, 'recall-new-1280')
    await page.getByRole('button', { name: '确认发起召回' }).click()
    await page.waitForURL((url) => /^\/recalls\/[0-9a-f-]{36}$/.test(url.pathname))
    recallPath = new URL(page.url()).pathname
    await expectVisible(page.locator('.recall-table'))
    expect(await page.locator('.recall-table tbody tr').count()).toBe(3)
    await screenshot(page, 'recall-detail-start-1280')
    await page.close()
  })

  it('the holder sees its task, confirms and reports on a phone', async () => {
    const page = await signIn(HOLDER, PHONE)
    await page.goto(`${baseUrl}/tasks`)
    await expectVisible(page.locator('.recall-task'))
    await page.getByRole('button', { name: '确认收到任务' }).click()
    await expectVisible(page.getByRole('status').filter({ hasText: '已确认' }))
    await screenshot(page, 'recall-tasks-report-360')
    // More than held: the API's message is shown and the input marked.
    await page.locator('.recall-report input[type=number]').nth(1).fill('31')
    await page.getByRole('button', { name: '提交上报' }).click()
    await expectVisible(page.locator('.recall-error'))
    expect(await page.locator('.recall-error').textContent()).toContain('超过')
    expect(await page.locator('.recall-input--invalid').count()).toBe(1)
    await screenshot(page, 'recall-tasks-error-360')
    await page.locator('.recall-report input[type=number]').nth(1).fill('')
    await page.locator('.recall-report input[type=number]').nth(2).fill('30')
    await page.getByRole('button', { name: '提交上报' }).click()
    await expectVisible(page.getByRole('status').filter({ hasText: '已上报' }))
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'recall-tasks-360')
    await page.close()
  })

  it("the regulator's progress follows, and the public page of the code warns", async () => {
    const page = await signIn(REGULATOR, PHONE)
    await page.goto(`${baseUrl}${recallPath}`)
    await expectVisible(page.locator('.recall-badge--done'))
    expect(await page.locator('.recall-history li').count()).toBeGreaterThan(5)
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'recall-detail-progress-360')
    await page.setViewportSize(DESKTOP)
    await screenshot(page, 'recall-detail-progress-1280')
    await page.close()

    const consumer = await browser.newPage(PHONE)
    await consumer.goto(`${baseUrl}/q/${encodeURIComponent(FOOD_LOT)}`)
    await expectVisible(consumer.locator('.recall-warning'))
    expect(await consumer.locator('.recall-warning').textContent()).toContain('沙门氏菌')
    await expectNoHorizontalOverflow(consumer)
    await screenshot(consumer, 'recall-public-warning-360')
    await consumer.goto(`${baseUrl}/recalls`)
    await expectVisible(consumer.locator('.recall-public'))
    await screenshot(consumer, 'recall-public-list-360')
    await consumer.setViewportSize(DESKTOP)
    await screenshot(consumer, 'recall-public-list-1280')
    await consumer.close()
  })
})
