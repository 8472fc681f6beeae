/**
 * The trace explorer in a real Chromium: (a) the pork chain of trace-chain.test.ts explored backward from
 * the pork — the farm appears, a node found by search and clicked shows its details, at 360 px and
 * 1920 px; (b) a forward closure of 10,101 lots (one lot → 100 → 10,000, captured in bulk) — the time from
 * navigation to cytoscape's first render is measured in the browser (the acceptance criterion:
 * under 2 s) and the page still answers clicks and expands a summarised group afterwards; (c) the header's
 * menu button on a phone.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withGs1Check } from '../../src/domain/identifiers/gs1.js'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { chromiumForTests, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, WIDE, type BrowserSession } from '../support/browser.js'
import { capture, makeParty, makeProduct } from '../support/factories.js'
import { buildPorkChain, PIGS, PORK } from '../http/explorer-chain.js'

const chromiumPath = chromiumForTests('test/browser/explorer.test.ts')
const ROOT = 'urn:epc:class:lgtin:6901234.000004.ROOT'
const lot = (i: number) => `urn:epc:class:lgtin:6901234.000004.L${String(i).padStart(5, '0')}`
/**
 * The goal is a first render within 2 s (0.9–1.6 s measured on the loaded 2-core development machine;
 * see the printed figure and docs/explorer.md). Timings on a shared machine are printed, not asserted: the
 * test only guards against a page that freezes — a first render slower than this.
 */
const FREEZE_LIMIT_MS = 15_000

interface BrowserTiming { firstRender: number; scripts: number; apiStart: number; apiWait: number; apiEnd: number; apiBytes: number; answer: number }

/**
 * Where the first render's time went, from the browser's resource timing and the page's performance marks
 * (a string: no DOM library here). `scripts`: the last script fetched before the first render arrived.
 */
const BROWSER_TIMING = `(() => {
  const firstRender = performance.getEntriesByName('explorer-first-render')[0].startTime
  const resources = performance.getEntriesByType('resource')
  const api = resources.find((e) => e.name.includes('/api/v1/explorer/'))
  const scripts = resources.filter((e) => e.name.includes('/assets/') && e.name.endsWith('.js') && e.startTime < firstRender)
  return {
    firstRender, scripts: Math.round(Math.max(0, ...scripts.map((e) => e.responseEnd))),
    apiStart: Math.round(api.startTime), apiWait: Math.round(api.responseStart - api.requestStart),
    apiEnd: Math.round(api.responseEnd), apiBytes: api.decodedBodySize,
    answer: Math.round(performance.getEntriesByName('explorer-answer')[0].startTime),
  }
})()`

/** The overview's time on the server alone (in-process requests, no browser): the median of three. */
async function serverTime(platform: TestPlatform, url: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    const reply = await platform.server.inject({ method: 'GET', url })
    expect(reply.statusCode, reply.body).toBe(200)
    times.push(performance.now() - start)
  }
  return Math.round(times.sort((a, b) => a - b)[1])
}

/** One lot cut into 100, each cut into 100: a forward closure of 10,101 lots, captured 20 events a request. */
async function buildClosure(platform: TestPlatform): Promise<void> {
  const { server } = platform
  const plant = await makeParty(server, '梅州肉类加工厂', 'processor', '441402')
  await makeProduct(server, '分割猪肉', withGs1Check('0690123400004'))
  const event = (input: string, outputs: string[], minute: number) => ({
    type: 'TransformationEvent', eventTime: `2026-11-03T08:${String(minute % 60).padStart(2, '0')}:00+08:00`, 'zs:party': plant.uscc,
    bizLocation: { id: plant.siteId }, inputQuantityList: [{ epcClass: input, quantity: 100, uom: 'KGM' }],
    outputQuantityList: outputs.map((epcClass) => ({ epcClass, quantity: 1, uom: 'KGM' })),
  })
  const events = [
    { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: '2026-11-02T08:00:00+08:00', 'zs:party': plant.uscc, bizLocation: { id: plant.siteId }, quantityList: [{ epcClass: ROOT, quantity: 10000, uom: 'KGM' }] },
    event(ROOT, Array.from({ length: 100 }, (_, i) => lot(i)), 0),
    ...Array.from({ length: 100 }, (_, i) => event(lot(i), Array.from({ length: 100 }, (_, j) => lot(100 + i * 100 + j)), i + 1)),
  ]
  for (let i = 0; i < events.length; i += 20) {
    const reply = await capture(server, events.slice(i, i + 20))
    expect(reply.statusCode, reply.body).toBe(201)
  }
}

describe.skipIf(!chromiumPath)('trace explorer in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession

  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}${path}`)
    await page.locator('[data-rendered="true"]').waitFor({ state: 'attached', timeout: 60_000 })
    return page
  }

  beforeAll(async () => {
    platform = await buildTestPlatform('sqlite')
    await buildPorkChain(platform.server)
    await buildClosure(platform)
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('draws the pork chain back to the farm; a node found and clicked shows its details (1920 px)', async () => {
    const page = await open(`/explorer?code=${encodeURIComponent(PORK)}&direction=backward`, WIDE)
    await expectVisible(page.getByTestId('explorer-summary'))
    // The farm is a node: in the table, and selectable from the graph.
    await expectVisible(page.locator('.explorer-table').getByRole('button', { name: '梅县生猪养殖场', exact: true }))
    // Find the pig lot: the graph zooms onto the one match, in the middle of the canvas; click it there.
    await page.getByLabel('在图中查找').fill('生猪 P2511')
    await expectVisible(page.getByText('找到 1 个'))
    const canvas = page.getByTestId('explorer-graph')
    const box = (await canvas.boundingBox())!
    const details = page.getByTestId('explorer-details')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expectVisible(details.getByRole('heading', { name: '生猪 P2511' }))
    await expectVisible(details.getByRole('button', { name: '梅县生猪养殖场' }))
    // Its holder, the farm, from the details.
    await details.getByRole('button', { name: '梅县生猪养殖场' }).click()
    await expectVisible(details.getByText('广东省梅州市梅县区'))
    // With the keyboard: Enter in the search box selects the first match.
    await page.getByLabel('在图中查找').fill('白条猪肉')
    await page.getByLabel('在图中查找').press('Enter')
    await expectVisible(details.getByRole('heading', { name: '白条猪肉 K2511' }))
    await screenshot(page, 'explorer-pork-1920')
  })

  it('works on a phone: forward from the pig lot, details from the table (360 px)', async () => {
    const page = await open(`/explorer?code=${encodeURIComponent(PIGS)}&direction=forward`, PHONE)
    await page.locator('.explorer-table').getByRole('button', { name: '惠州超市', exact: true }).click()
    await expectVisible(page.getByTestId('explorer-details').getByText('广东省惠州市惠城区'))
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'explorer-pork-360')
  })

  it('folds the header navigation behind a menu button on a phone, and not on a desktop', async () => {
    const page = await browser.newPage(PHONE)
    await page.goto(`${baseUrl}/explorer`)
    const menu = page.getByRole('button', { name: '菜单' })
    const nav = page.getByRole('navigation', { name: '主导航' })
    await expectVisible(menu)
    expect(await nav.isVisible()).toBe(false)
    // One header row: the brand, the language switch and the menu button.
    const header = (await page.locator('.site-header').boundingBox())!
    expect(header.height).toBeLessThan(80)
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await expectVisible(nav.getByRole('link', { name: '数据标准' }))
    await screenshot(page, 'header-menu-360')
    // Escape closes it and gives the focus back to the button; following a link closes it too.
    await nav.getByRole('link', { name: '数据标准' }).focus()
    await page.keyboard.press('Escape')
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate('document.activeElement.id')).toBe('site-nav-button')
    await menu.press('Enter')
    await nav.getByRole('link', { name: '数据标准' }).click()
    await expectVisible(page.getByRole('heading', { level: 1, name: '数据标准' }))
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    const wide = await browser.newPage(WIDE)
    await wide.goto(`${baseUrl}/explorer`)
    await expectVisible(wide.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据标准' }))
    expect(await wide.getByRole('button', { name: '菜单' }).isVisible()).toBe(false)
  })

  it('asks for sign-in before anything when the platform is closed', async () => {
    const closed = await buildTestPlatform('sqlite', { ZHUISU_ADMIN_TOKEN: 'explorer-admin-token-0123456789' })
    const closedUrl = await listen(closed)
    const page = await browser.newPage(PHONE)
    await page.goto(`${closedUrl}/explorer?code=${encodeURIComponent(PORK)}`)
    await expectVisible(page.getByText('追溯图谱仅对登录的监管部门和企业开放'))
  })

  it('renders a 10,101-lot forward closure without freezing the page, and stays usable', async () => {
    const page = await open(`/explorer?code=${encodeURIComponent(ROOT)}&direction=forward`, WIDE)
    const timing = await page.evaluate<BrowserTiming>(BROWSER_TIMING)
    const firstRender = timing.firstRender
    const server = await serverTime(platform, `/api/v1/explorer/${encodeURIComponent(ROOT)}?direction=forward`)
    process.stdout.write(`[explorer] 10,101-lot closure: first render ${Math.round(firstRender)} ms after navigation `
      + `(scripts loaded ${timing.scripts} ms, overview requested ${timing.apiStart} ms, answered ${timing.apiEnd} ms: `
      + `${timing.apiWait} ms waiting, ${timing.apiBytes} bytes; read by the page at ${timing.answer} ms, drawn ${Math.round(firstRender - timing.answer)} ms later); `
      + `server alone: ${server} ms (median of 3 in-process requests)\n`)
    const summary = await page.getByTestId('explorer-summary').textContent()
    expect(summary).toContain('10,103')
    // The page answers: a row of the table opens the details, and a summarised group expands.
    await page.locator('.explorer-table').getByLabel('筛选').fill('L00000')
    await page.locator('.explorer-table').getByRole('button', { name: '分割猪肉 L00000', exact: true }).click()
    const details = page.getByTestId('explorer-details')
    await expectVisible(details.getByRole('heading', { name: '分割猪肉 L00000' }))
    await screenshot(page, 'explorer-closure-1920')
    // Expanding walks the whole closure on the server: allow for a loaded machine.
    await details.getByRole('button', { name: /^展开其余 \d+ 个相邻节点$/ }).click({ timeout: 60_000 })
    await page.getByText(/已展开/).waitFor({ timeout: 60_000 })
    // Its input, its 100 outputs and its holder: all shown now.
    await expectVisible(details.getByText('已显示 102 / 102'))
    await screenshot(page, 'explorer-closure-expanded-1920')
    // Asserted last, so the checks above always run.
    expect(firstRender).toBeLessThan(FREEZE_LIMIT_MS)
  }, 180_000)
})
