/**
 * The impact page in a real Chromium, on a smaller outbreak of test/support/outbreak.ts (200 end holders):
 * summary figures, the server-paged holder table (filtered by a kind, sorted by a column), the China map
 * with data, the flow graph and the timeline, at 1280 px and at 360 px without horizontal overflow.
 */
import pino from 'pino'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { captureEvents } from '../../src/services/capture/capture-events.js'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession } from '../support/browser.js'
import { generateOutbreak, loadOutbreak, type Outbreak } from '../support/outbreak.js'

const chromiumPath = chromiumForTests('test/browser/impact.test.ts')

describe.skipIf(!chromiumPath)('impact page in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession
  let outbreak: Outbreak

  const open = async (viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}/impact?codes=${encodeURIComponent(outbreak.root)}`)
    try {
      await expectVisible(page.getByTestId('impact-summary'))
    } catch (error) {
      await screenshot(page, 'impact-failed')
      throw error
    }
    return page
  }
  const chartReady = (page: Page, name: RegExp) => page.getByRole('img', { name }).and(page.locator('[data-chart-ready="true"]'))

  beforeAll(async () => {
    platform = await buildTestPlatform('sqlite')
    outbreak = generateOutbreak({ holders: 200, seed: 3 })
    const deps = { store: platform.app.store, clock: platform.app.clock, log: pino({ level: 'silent' }), captureLimit: 100_000 }
    await loadOutbreak(platform.app.store, outbreak, async (events) => { await captureEvents(deps, events, '/events') })
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the figures, the map with data, the flow graph, the timeline and the table; filters and sorts on the server (1280 px)', async () => {
    const page = await open(DESKTOP)
    const holders = outbreak.expected.size
    await expectVisible(page.getByTestId('impact-matched').getByText(`共 ${holders.toLocaleString()} 个持有主体`))
    const map = chartReady(page, /各省持有主体数量地图/)
    await map.waitFor({ timeout: 30_000 })
    expect(Number(await map.getAttribute('data-chart-points'))).toBeGreaterThan(3)
    await expect(map.locator('canvas').count()).resolves.toBeGreaterThan(0)
    const graph = chartReady(page, /流向图/)
    await graph.waitFor({ timeout: 30_000 })
    expect(Number(await graph.getAttribute('data-chart-points'))).toBeGreaterThan(4)
    await chartReady(page, /每日各环节流转次数/).waitFor({ timeout: 30_000 })
    await expectVisible(page.getByText('浙江原料油供应商').first())
    await expect(page.locator('.impact-holders tbody tr').count()).resolves.toBe(25)

    await page.getByRole('button', { name: /学校食堂/ }).first().click()
    await expectVisible(page.getByTestId('impact-matched').getByText('共 25 个持有主体'))
    await page.getByRole('button', { name: /^结存/ }).click()
    await page.getByRole('button', { name: /^结存/ }).click()
    await expectVisible(page.getByRole('columnheader', { name: /结存 ▼/ }))
    expect(await page.locator('.impact-holders tbody tr').first().locator('td').nth(1).textContent()).toBe('学校食堂')
    await page.getByRole('button', { name: /学校食堂/ }).first().click()
    await expectVisible(page.getByTestId('impact-matched').getByText(`共 ${holders.toLocaleString()} 个持有主体`))
    await expectVisible(page.getByRole('link', { name: '发起召回' }))
    await page.evaluate('window.scrollTo(0, 0)')
    await screenshot(page, 'impact-1280')
    await page.close()
  })

  it('stays usable at 360 px: figures, map and table as cards, no horizontal overflow', async () => {
    const page = await open(PHONE)
    await chartReady(page, /各省持有主体数量地图/).waitFor({ timeout: 30_000 })
    await expectVisible(page.locator('.impact-holders tbody tr').first())
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'impact-360')
    await page.close()
  })
})
