/**
 * The supervision console in a real Chromium: the 梅州 food regulator signs in, opens the overview,
 * coverage and quality pages, and the charts draw with data (ECharts series points on the element); the
 * 海口 drug regulator sees none of 梅州's figures. The public open-data page. Screenshots at 360 and 1920 px.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, type World } from '../support/accounts-world.js'
import { chromiumForTests, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, WIDE, type BrowserSession } from '../support/browser.js'

const chromiumPath = chromiumForTests('test/browser/console.test.ts')
const MEIZHOU = { username: 'meizhou-console', password: 'meizhou-console-pass' }
const HAIKOU = { username: 'haikou-console', password: 'haikou-console-pass' }
const SIZES = [[PHONE, '360'], [WIDE, '1920']] as const

describe.skipIf(!chromiumPath)('supervision console in Chromium', () => {
  let world: World
  let baseUrl: string
  let browser: BrowserSession

  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}${path}`)
    return page
  }
  const chart = (page: Page, name: RegExp) => page.getByRole('img', { name }).and(page.locator('[data-chart-ready="true"]'))
  const signIn = async (account: { username: string; password: string }) => {
    await browser.context.clearCookies()
    const login = await browser.context.request.post(`${baseUrl}/api/v1/auth/login`, { data: account })
    expect(login.status()).toBe(200)
  }

  beforeAll(async () => {
    world = await buildWorld('sqlite')
    const { server } = world.platform
    for (const [organisation, account] of [[world.organisations.meizhou, MEIZHOU], [world.organisations.haikou, HAIKOU]] as const) {
      const user = await server.inject({ method: 'POST', url: `/api/v1/organisations/${organisation}/users`, headers: world.headers.operator, payload: account })
      expect(user.statusCode, user.body).toBe(201)
    }
    baseUrl = await listen(world.platform)
    browser = await launchChromium(chromiumPath!)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the 梅州 food regulator its coverage, events, flows and data quality with drawn charts', async () => {
    await signIn(MEIZHOU)
    for (const [viewport, size] of SIZES) {
      const page = await open('/console', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: '监管驾驶舱' }))
      await expectVisible(page.getByText('3 家登记主体中 2 家近期报送', { exact: false }))
      const sankey = chart(page, /市际产品流向桑基图/)
      await sankey.waitFor({ timeout: 30_000 })
      expect(Number(await sankey.getAttribute('data-chart-points'))).toBeGreaterThan(1)
      await expect(sankey.locator('canvas').count()).resolves.toBeGreaterThan(0)
      const map = chart(page, /各省流转次数地图/)
      await map.waitFor({ timeout: 30_000 })
      expect(Number(await map.getAttribute('data-chart-points'))).toBeGreaterThanOrEqual(2)
      await chart(page, /每日追溯事件折线图/).waitFor({ timeout: 30_000 })
      await chart(page, /覆盖率仪表盘/).waitFor({ timeout: 30_000 })
      await expectVisible(page.getByRole('button', { name: '梅县食品厂' }))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `console-overview-${size}`)
    }

    const page = await open('/console', WIDE)
    await page.getByRole('button', { name: '梅县食品厂' }).click()
    await expectVisible(page.getByRole('heading', { name: '追溯事件明细' }))
    await expectVisible(page.getByRole('cell', { name: 'receiving' }))
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: '导出 Excel' }).first().click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)

    for (const [viewport, size] of SIZES) {
      const coverage = await open('/console/coverage', viewport)
      await expectVisible(coverage.getByRole('heading', { name: '按区县' }))
      await expectVisible(coverage.getByRole('rowheader', { name: '广东省梅州市梅县区' }))
      await expectVisible(coverage.getByRole('heading', { name: /未报送的主体（1）/ }))
      await expectNoHorizontalOverflow(coverage)
      await screenshot(coverage, `console-coverage-${size}`)
      const quality = await open('/console/quality', viewport)
      await expectVisible(quality.getByRole('heading', { name: /企业数据质量（2）/ }))
      await quality.getByRole('button', { name: /^完整率/ }).click()
      await expectVisible(quality.getByRole('columnheader', { name: /完整率 ▼/ }))
      await expectNoHorizontalOverflow(quality)
      await screenshot(quality, `console-quality-${size}`)
    }
  }, 300_000)

  it('shows the 海口 drug regulator none of 梅州\'s figures', async () => {
    await signIn(HAIKOU)
    const page = await open('/console', WIDE)
    await expectVisible(page.getByText('1 家登记主体中 1 家近期报送', { exact: false }))
    const sankey = chart(page, /市际产品流向桑基图/)
    await sankey.waitFor({ timeout: 30_000 })
    expect(Number(await sankey.getAttribute('data-chart-points'))).toBe(0)
    expect(await page.getByText('梅县食品厂').count()).toBe(0)
    await screenshot(page, 'console-overview-other-region-1920')
    const quality = await open('/console/quality', WIDE)
    await expectVisible(quality.getByRole('heading', { name: /企业数据质量（1）/ }))
    expect(await quality.getByText('梅县食品厂').count()).toBe(0)
  }, 120_000)

  it('shows open data to everyone, with small cells suppressed', async () => {
    await browser.context.clearCookies()
    for (const [viewport, size] of SIZES) {
      const page = await open('/open-data', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: '数据开放' }))
      await chart(page, /每月追溯事件柱状图/).waitFor({ timeout: 30_000 })
      await expectVisible(page.getByRole('cell', { name: '<5' }))
      expect(await page.getByText('梅县食品厂').count()).toBe(0)
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `open-data-${size}`)
    }
  }, 120_000)
})
