/**
 * Credit, blacklist and random inspections in a real Chromium, at 360 px and 1280 px: the public blacklist
 * with its search; then, signed in as the 梅州 food regulator, the credit list (recomputed), a party's credit
 * page with its reasons and history chart, a new 双随机 draw verified from its record, and adding a party
 * to the blacklist. Screenshots land in .screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, FOOD_LOT, type World } from '../support/accounts-world.js'
import { chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession } from '../support/browser.js'
import { capture } from '../support/factories.js'

const chromiumPath = chromiumForTests('test/browser/credit.test.ts')
const REGULATOR = { username: 'meizhou-inspector', password: 'meizhou-inspector-pass' }
const SIZES = [[PHONE, 360], [DESKTOP, 1280]] as const

describe.skipIf(!chromiumPath)('credit, blacklist and inspection pages in Chromium', () => {
  let world: World
  let baseUrl: string
  let browser: BrowserSession

  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}${path}`)
    return page
  }

  beforeAll(async () => {
    world = await buildWorld('sqlite')
    const { server } = world.platform
    const inspection = await capture(server, [{
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'inspecting', eventTime: '2026-11-05T08:00:00+08:00', 'zs:party': world.parties.c.uscc,
      'zs:category': 'food', 'zs:stage': 'release', 'zs:data': { testResult: '不合格', inspectionCertificateNo: 'JY-2026-0002' },
      quantityList: [{ epcClass: FOOD_LOT, quantity: 1, uom: 'KGM' }],
    }], world.headers.operator)
    expect(inspection.statusCode, inspection.body).toBe(201)
    const listed = await server.inject({
      method: 'POST', url: '/api/v1/blacklist', headers: world.headers.regulatorMeizhouFood,
      payload: { partyId: world.parties.d.id, reason: '销售过期食品，拒不整改', decisionNo: '梅市监信〔2026〕9号', decisionTitle: '关于将梅江超市列入质量失信黑名单的决定', validFrom: '2026-11-01', validTo: '2027-10-31' },
    })
    expect(listed.statusCode, listed.body).toBe(201)
    const user = await server.inject({ method: 'POST', url: `/api/v1/organisations/${world.organisations.meizhou}/users`, headers: world.headers.operator, payload: REGULATOR })
    expect(user.statusCode, user.body).toBe(201)
    baseUrl = await listen(world.platform)
    browser = await launchChromium(chromiumPath!)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the public blacklist with public fields, and searches it', async () => {
    for (const [viewport, size] of SIZES) {
      const page = await open('/blacklist', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: '质量失信黑名单' }))
      await expectVisible(page.getByRole('cell', { name: '梅江超市' }))
      await expectVisible(page.getByText('梅市监信〔2026〕9号', { exact: false }))
      expect(await page.getByRole('button', { name: '提前移出' }).count()).toBe(0)
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `blacklist-public-${size}`)
    }
    const page = await open('/blacklist', DESKTOP)
    await page.getByRole('searchbox').fill('海口')
    await page.getByRole('button', { name: '搜索' }).click()
    await expectVisible(page.getByText('没有符合条件的记录。'))
  })

  it('lets the regulator recompute and read credit, draw and verify inspections, and list a party', async () => {
    const login = await browser.context.request.post(`${baseUrl}/api/v1/auth/login`, { data: REGULATOR })
    expect(login.status()).toBe(200)

    for (const [viewport, size] of SIZES) {
      const page = await open('/credit', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: '主体信用评价' }))
      await page.getByRole('button', { name: '重新计算辖区信用' }).click()
      await expectVisible(page.getByText(/已重新计算 \d+ 个主体/))
      await expectVisible(page.getByRole('link', { name: '梅江超市' }))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `credit-list-${size}`)

      await page.getByRole('link', { name: '梅江食品供应商' }).click()
      await expectVisible(page.getByRole('heading', { level: 1, name: '梅江食品供应商' }))
      await expectVisible(page.getByText(/1 次检验不合格/))
      await page.locator('[data-chart-ready]').first().waitFor({ state: 'attached' })
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `credit-party-${size}`)
    }

    for (const [viewport, size] of SIZES) {
      const page = await open('/inspections', viewport)
      await expectVisible(page.getByRole('heading', { level: 1, name: '双随机抽查' }))
      await page.getByLabel('抽查名称').fill(`2026 年第四季度食品经营者双随机抽查（${size}）`)
      await page.getByLabel('抽取对象数').fill('2')
      await page.getByLabel('随机种子').fill('福彩3D 2026310 期 517')
      await page.getByLabel(/检查人员名录/).fill('李明\n王芳\n陈强\n赵敏')
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `inspections-form-${size}`)
      await page.getByRole('button', { name: '抽取', exact: true }).click()
      await expectVisible(page.getByRole('heading', { name: /抽取结果：2 个对象/ }))
      await expectVisible(page.getByText('福彩3D 2026310 期 517'))
      await page.getByRole('button', { name: '复算验证' }).click()
      await expectVisible(page.getByText('复算结果与记录一致'))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `inspections-draw-${size}`)
    }

    const page = await open('/blacklist', DESKTOP)
    await page.getByLabel('主体（统一社会信用代码或主体编号）').fill(world.parties.a.uscc)
    await page.getByLabel('决定书文号').fill('梅市监信〔2026〕12号')
    await page.getByLabel('决定书标题').fill('关于将梅县食品厂列入质量失信黑名单的决定')
    await page.getByLabel('列入事由').fill('出厂检验不合格仍销售')
    await page.getByLabel('起始日期').fill('2026-11-20')
    await page.getByLabel('截止日期').fill('2027-11-19')
    await page.getByRole('button', { name: '列入', exact: true }).click()
    await expectVisible(page.getByText('已将“梅县食品厂”列入黑名单'))
    await expectVisible(page.getByRole('cell', { name: '梅县食品厂' }))
    await screenshot(page, 'blacklist-regulator-1280')
  }, 120_000)
})
