/**
 * The home page and the public query page in a real Chromium, on a phone (360 px) and a desktop (1280 px):
 * a pork chain farm → slaughterhouse → market captured through the API, looked up as a consumer would.
 * Screenshots land in .screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import {
  chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, WIDE, type BrowserSession,
} from '../support/browser.js'
import { capture, makeParty, type TestParty } from '../support/factories.js'

const PIG_GTIN = '06901234000016'
const PORK_GTIN = '06901234000023'
const PIGS = 'urn:epc:class:lgtin:6901234.000001.P2511'
const PORK = 'urn:epc:class:lgtin:6901234.000002.K2511'
const PORK_CODE = '01/06901234000023/10/K2511'
const PIGS_CODE = '01/06901234000016/10/P2511'
const PORK_DIGITAL_LINK = `https://id.example.com/${PORK_CODE}`
const UNKNOWN_CODE = '01/06901234000023/10/NOPE'
const at = (day: number, hour = 8) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`

const chromiumPath = chromiumForTests('test/browser/public-query.test.ts')

describe.skipIf(!chromiumPath)('public query pages in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession
  let farm: TestParty, slaughter: TestParty, market: TestParty

  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}${path}`)
    return page
  }
  const queryPath = (code: string) => `/q/${encodeURIComponent(code)}`

  beforeAll(async () => {
    platform = await buildTestPlatform('sqlite')
    const { server } = platform
    farm = await makeParty(server, '梅县生猪养殖场', 'farm', '441403')
    slaughter = await makeParty(server, '梅州定点屠宰厂', 'slaughterhouse', '441402')
    market = await makeParty(server, '梅江区菜市场', 'market', '441402')
    const product = async (payload: object) => {
      const reply = await server.inject({ method: 'POST', url: '/api/v1/products', payload })
      expect(reply.statusCode, reply.body).toBe(201)
      return (reply.json() as { id: string }).id
    }
    await product({ name: '生猪', gtin: PIG_GTIN, category: 'agri', uom: 'H87', originRegionCode: '441403' })
    const porkId = await product({
      name: '白条猪肉', gtin: PORK_GTIN, category: 'agri', uom: 'KGM', specification: '冷鲜 · 二分体', partyId: slaughter.id, originRegionCode: '441403',
    })
    const unit = await server.inject({
      method: 'POST', url: '/api/v1/units',
      payload: { productId: porkId, kind: 'lot', lotNumber: 'K2511', partyId: slaughter.id, productionDate: '2026-11-03', expiryDate: '2026-11-10' },
    })
    expect(unit.statusCode, unit.body).toBe(201)
    const ship = (time: string, from: TestParty, to: TestParty, what: object) => ({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: time, 'zs:party': from.uscc,
      bizLocation: { id: from.siteId }, destinationList: [{ type: 'owning_party', destination: to.uscc }], ...what,
    })
    const receive = (time: string, by: TestParty, from: TestParty, what: object) => ({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', eventTime: time, 'zs:party': by.uscc,
      bizLocation: { id: by.siteId }, sourceList: [{ type: 'owning_party', source: from.uscc }], ...what,
    })
    const pigs = { quantityList: [{ epcClass: PIGS, quantity: 20, uom: 'H87' }] }
    const pork = (quantity: number) => ({ quantityList: [{ epcClass: PORK, quantity, uom: 'KGM' }] })
    const reply = await capture(server, [
      { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', eventTime: at(1), 'zs:party': farm.uscc, bizLocation: { id: farm.siteId }, ...pigs },
      ship(at(2), farm, slaughter, pigs),
      receive(at(2, 14), slaughter, farm, pigs),
      {
        type: 'TransformationEvent', eventTime: at(3), 'zs:party': slaughter.uscc, bizLocation: { id: slaughter.siteId },
        inputQuantityList: pigs.quantityList, outputQuantityList: pork(1000).quantityList,
      },
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'inspecting', eventTime: at(3, 9), 'zs:party': slaughter.uscc, bizLocation: { id: slaughter.siteId }, ...pork(1000) },
      ship(at(4), slaughter, market, pork(500)),
      receive(at(4, 12), market, slaughter, pork(500)),
      { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'retail_selling', eventTime: at(5, 10), 'zs:party': market.uscc, bizLocation: { id: market.siteId }, ...pork(2) },
    ])
    expect(reply.statusCode, reply.body).toBe(201)
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the home page with the code box, sample codes and open statistics on a phone, a desktop and a wide screen', async () => {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP], ['wide', WIDE]] as const) {
      const page = await open('/', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: '查一查，产品从哪里来' }))
      await expectVisible(page.getByRole('textbox', { name: '追溯码', exact: true }))
      await expectVisible(page.getByRole('link', { name: /白条猪肉/ }))
      await expectVisible(page.getByRole('row', { name: /食用农产品/ }))
      expect(await page.getByRole('link', { name: 'API 文档' }).first().getAttribute('href')).toBe('/docs')
      expect(await page.title()).toBe('追溯 · Zhuisu')
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `home-${name}`)
      await page.close()
    }
  })

  it('opens the query page from a sample code and shows product, producer, origin and every chain step', async () => {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP], ['wide', WIDE]] as const) {
      const page = await open('/', viewport)
      await page.getByRole('link', { name: /白条猪肉/ }).click()
      await page.waitForURL(`**${queryPath(PORK_CODE)}`)
      await expectVisible(page.getByRole('heading', { level: 1, name: '白条猪肉' }))
      const summary = page.locator('section.product')
      expect(await summary.textContent()).toContain('冷鲜 · 二分体')
      expect(await summary.textContent()).toContain('2026-11-10')
      const source = page.getByRole('region', { name: '来源' })
      await expectVisible(source.getByText('梅州定点屠宰厂'))
      await expectVisible(source.getByText('广东省梅州市梅县区'))
      const chain = page.getByRole('list', { name: '流通环节' })
      const steps = chain.getByRole('listitem')
      expect(await steps.count()).toBeGreaterThanOrEqual(6)
      const roles = await chain.getByRole('heading', { level: 3 }).allTextContents()
      expect(roles).toEqual(expect.arrayContaining(['生产 / 收获', '发货', '收货', '加工投料', '销售']))
      await expectVisible(chain.getByText('梅县生猪养殖场'))
      await expectVisible(chain.getByText('梅江区菜市场'))
      // 2026-11-05T10:00+08:00 shown in Beijing time whatever the browser's zone.
      await expectVisible(chain.getByText('2026-11-05 10:00'))
      await expectVisible(page.getByRole('list', { name: '检验检疫' }).getByText('检验'))
      await expectVisible(page.getByText(/这是本码的首次查询|本码此前已被查询 \d+ 次/))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `query-${name}`)
      await page.close()
    }
  })

  it('looks up a scanned Digital Link URL typed into the home page box and submitted with Enter', async () => {
    const page = await open('/', DESKTOP)
    await page.getByRole('textbox', { name: '追溯码', exact: true }).fill(PORK_DIGITAL_LINK)
    await page.getByRole('textbox', { name: '追溯码', exact: true }).press('Enter')
    await page.waitForURL(`**${queryPath(PORK_DIGITAL_LINK)}`)
    await expectVisible(page.getByRole('heading', { level: 1, name: '白条猪肉' }))
    await page.close()
  })

  it('switches to English, remembers the choice, and switches back', async () => {
    const page = await open(queryPath(PORK_CODE), PHONE)
    await expectVisible(page.getByRole('heading', { level: 2, name: '流通环节' }))
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Supply chain' }))
    await expectVisible(page.getByRole('heading', { level: 3, name: 'Produced / harvested' }))
    expect(await page.evaluate('document.documentElement.lang')).toBe('en')
    await screenshot(page, 'query-phone-en')
    await page.reload()
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Supply chain' }))
    await page.getByRole('button', { name: '切换到中文' }).click()
    await expectVisible(page.getByRole('heading', { level: 2, name: '流通环节' }))
    await page.close()
  })

  it('takes the language from ?lang=en', async () => {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const page = await open('/?lang=en', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Where did this product come from?' }))
      await expectVisible(page.getByRole('row', { name: /Edible farm produce/ }))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `home-${name}-en`)
      await page.close()
    }
  })

  it('warns of a possible counterfeit when the code was looked up many times before', async () => {
    for (let i = 0; i < 5; i++) expect((await platform.server.inject(`/api/v1/public/${encodeURIComponent(PIGS)}`)).statusCode).toBe(200)
    const page = await open(queryPath(PIGS_CODE), PHONE)
    await expectVisible(page.getByText('本码此前已被查询 5 次'))
    await expectVisible(page.getByText(/此码被多次查询可能意味着假冒/))
    await screenshot(page, 'query-phone-counterfeit')
    await page.close()
  })

  it('shows a recall warning banner when the reply carries recalls', async () => {
    const page = await browser.newPage(PHONE)
    await page.route((url) => url.pathname.startsWith('/api/v1/public/') && url.pathname !== '/api/v1/public/samples', async (route) => {
      const response = await route.fetch()
      const body = await response.json()
      await route.fulfill({
        response,
        json: {
          ...body,
          recalls: [{
            id: 'R1', level: 'I', levelText: { zh: '一级召回', en: 'Level I recall' }, reason: '非洲猪瘟检测阳性', status: 'open',
            openedAt: '2026-11-06T02:00:00.000Z', deadline: '2026-11-16T02:00:00.000Z', initiatorName: '梅州市市场监督管理局',
            productNames: ['腊肉'], codes: [], advice: { zh: '请停止食用，联系购买处退货。', en: 'Stop eating it and return it where you bought it.' }, notices: [],
          }],
        },
      })
    })
    await page.goto(`${baseUrl}${queryPath(PORK_CODE)}`)
    const banner = page.getByRole('alert').filter({ hasText: '该产品正在召回' })
    await expectVisible(banner)
    expect(await banner.textContent()).toContain('非洲猪瘟检测阳性')
    expect(await banner.textContent()).toContain('2026-11-06 10:00')
    expect(await banner.textContent()).toContain('请停止食用')
    await screenshot(page, 'query-phone-recall')
    await page.close()
  })

  it('explains an unknown code, an invalid code and a network failure', async () => {
    const unknown = await open(queryPath(UNKNOWN_CODE), PHONE)
    await expectVisible(unknown.getByRole('heading', { level: 1, name: '未查到该追溯码' }))
    await screenshot(unknown, 'query-phone-unknown')
    await unknown.close()

    const invalid = await open(queryPath('12345'), PHONE)
    await expectVisible(invalid.getByRole('heading', { level: 1, name: '追溯码格式不正确' }))
    await expectVisible(invalid.getByText(/平台的说明：.+/))
    await invalid.close()

    const offline = await browser.newPage(PHONE)
    await offline.route('**/api/v1/public/**', (route) => route.abort('internetdisconnected'))
    await offline.goto(`${baseUrl}${queryPath(PORK_CODE)}`)
    await expectVisible(offline.getByRole('heading', { level: 1, name: '网络连接失败' }))
    await expectVisible(offline.getByRole('button', { name: '重试' }))
    await offline.close()
  })

  it('answers an unknown page with a way home', async () => {
    const page = await open('/about', PHONE)
    await expectVisible(page.getByRole('heading', { level: 1, name: '页面不存在' }))
    await page.getByRole('link', { name: '返回首页' }).click()
    await expectVisible(page.getByRole('heading', { level: 1, name: '查一查，产品从哪里来' }))
    await page.close()
  })
})
