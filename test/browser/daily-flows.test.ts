/**
 * The daily flows in a real Chromium, as the people who do them would: a farm records a harvest and a
 * shipment with the portal's forms; the slaughterhouse accepts the expected receipt in one click, records
 * the slaughter and a shipment to a market; the market stall accepts it and sells; a regulator opens the
 * trace explorer on the stall's code and sees the farm. A bad value shows the API's own Chinese message.
 * Screenshots of every portal page at 360 px and 1920 px land in .screenshots/ (not committed).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumForTests, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, WIDE, type BrowserSession } from '../support/browser.js'
import { capture } from '../support/factories.js'
import { buildPortalWorld, PIG_GTIN, PORK_GTIN, type PortalParty, type PortalWorld } from '../support/portal-world.js'

const chromiumPath = chromiumForTests('test/browser/daily-flows.test.ts')
const PIG_CODE = `01/${PIG_GTIN}/10/P20261120`
const PORK_CODE = `01/${PORK_GTIN}/10/K20261120`
const REGULATOR = { username: 'meizhou-agri', password: 'meizhou-agri-password-1' }

describe.skipIf(!chromiumPath)('daily flows of the enterprise portal in Chromium', () => {
  let world: PortalWorld
  let baseUrl: string
  let browser: BrowserSession

  beforeAll(async () => {
    world = await buildPortalWorld('sqlite')
    const { server } = world.platform
    const regulator = await server.inject({ method: 'POST', url: '/api/v1/organisations', headers: world.admin, payload: { kind: 'regulator', name: '梅州市农业农村局', department: 'agriculture', regionCode: '441400', categories: ['agri'] } })
    expect(regulator.statusCode, regulator.body).toBe(201)
    const user = await server.inject({ method: 'POST', url: `/api/v1/organisations/${regulator.json().id}/users`, headers: world.admin, payload: REGULATOR })
    expect(user.statusCode, user.body).toBe(201)
    baseUrl = await listen(world.platform)
    browser = await launchChromium(chromiumPath!)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
  })

  const signIn = async (account: { username: string; password: string }, viewport = PHONE): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}/account/login?next=/portal`)
    await page.fill('input[name=username]', account.username)
    await page.fill('input[name=password]', account.password)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/portal$/)
    return page
  }
  const openStep = async (page: Page, step: string) => {
    await page.click(`a[href="/portal/record/${step}"]`)
    await expectVisible(page.locator('#portal-form-title'))
  }
  const pickPartner = async (page: Page, search: string, name: string) => {
    await page.fill('input[name=partner]', search)
    await page.getByRole('button', { name: new RegExp(name) }).click()
    await expectVisible(page.getByTestId('partner-chosen'))
  }
  const previewAndSubmit = async (page: Page, shot: string) => {
    await page.getByRole('button', { name: '预览' }).click()
    await expectVisible(page.locator('.portal-preview'))
    await screenshot(page, `${shot}-preview-360`)
    await page.getByRole('button', { name: '确认提交' }).click()
    await expectVisible(page.locator('.portal-success'))
    expect(await page.locator('.portal-success').textContent()).toContain('已记录')
  }
  const acceptReceipt = async (page: Page, from: PortalParty, shot: string) => {
    const receipt = page.getByRole('article', { name: `来自 ${from.name} 的发货` })
    await expectVisible(receipt)
    await screenshot(page, `${shot}-360`)
    await receipt.getByRole('button', { name: '一键收货' }).click()
    await expectVisible(page.locator('.portal-success'))
    expect(await page.locator('.portal-success').textContent()).toContain(`已记录从 ${from.name} 的收货`)
    await expectVisible(page.getByText('没有待收货的发货记录。'))
  }

  it('a farm records a harvest and a shipment; a bad quantity shows the API\'s message', async () => {
    const page = await signIn(world.farm.user)
    await expectVisible(page.getByRole('heading', { name: '企业工作台' }))
    await page.getByRole('link', { name: '记录业务' }).first().click()
    await openStep(page, 'agri/production/harvest')
    await page.selectOption('#lot-in-0-product', { label: '生猪' })
    await page.fill('#lot-in-0-number', 'P20261120')
    expect(await page.inputValue('#code-in-0')).toBe(PIG_CODE)
    await page.fill('#qty-in-0', '20')
    await page.fill('#data-headCount', '20')
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'portal-record-harvest-360')
    await previewAndSubmit(page, 'portal-record-harvest')

    await openStep(page, 'agri/leaving_farm/dispatch')
    await pickPartner(page, '屠宰', '梅江定点屠宰场')
    await page.fill('#code-in-0', PIG_CODE)
    await page.fill('#qty-in-0', '1.2345')
    const shown = page.locator('[data-field="qty.in.0"] [data-code="quantity_invalid"] .portal-issues__message')
    await expectVisible(shown)
    // The API's answer to the very same bad value.
    const api = await capture(world.platform.server, [{
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', eventTime: '2026-11-20T15:00:00+08:00', 'zs:party': world.farm.uscc,
      quantityList: [{ epcClass: PIG_CODE, quantity: 1.2345, uom: 'H87' }],
    }], world.farm.headers)
    expect(api.statusCode).toBe(422)
    const apiMessage = api.json().error.issues.find((i: { code: string }) => i.code === 'quantity_invalid').messages.zh
    expect(await shown.textContent()).toBe(apiMessage)
    await screenshot(page, 'portal-bad-quantity-360')
    await page.fill('#qty-in-0', '20')
    await page.fill('#data-complianceCertificateNo', 'HG-2026-0120')
    await page.fill('#data-originQuarantineCertificateNo', '4414031120')
    await page.fill('#data-headCount', '20')
    await previewAndSubmit(page, 'portal-record-dispatch')
    await page.close()
  })

  it('the slaughterhouse accepts the receipt in one click, records the slaughter and ships to the market', async () => {
    const page = await signIn(world.slaughterhouse.user)
    await acceptReceipt(page, world.farm, 'portal-home-expected-receipt')
    await expectVisible(page.locator('.portal-table td', { hasText: '生猪' }))
    await screenshot(page, 'portal-home-360')

    await page.goto(`${baseUrl}/portal/record`)
    await openStep(page, 'agri/slaughter/slaughtering')
    await page.fill('#code-in-0', PIG_CODE)
    await page.fill('#qty-in-0', '20')
    await page.fill('#uom-in-0', 'H87')
    await page.selectOption('#lot-out-0-product', { label: '白条猪肉' })
    await page.fill('#lot-out-0-number', 'K20261120')
    await page.fill('#qty-out-0', '1500')
    await page.fill('#data-quarantineCertificateNo', '4414021120')
    await page.fill('#data-meatQualityCertificateNo', 'RP-2026-1120')
    await screenshot(page, 'portal-record-slaughter-360')
    await previewAndSubmit(page, 'portal-record-slaughter')

    await openStep(page, 'agri/slaughter/outbound')
    await pickPartner(page, '农贸', '梅江农贸市场3号摊')
    await page.fill('#code-in-0', PORK_CODE)
    await page.fill('#qty-in-0', '100')
    await page.fill('#uom-in-0', 'KGM')
    await page.fill('#data-tradeVoucherNo', 'T2026112000001')
    await page.fill('#data-buyerName', '梅江农贸市场3号摊')
    await previewAndSubmit(page, 'portal-record-outbound')
    await page.close()
  })

  it('the market stall accepts the pork and sells it', async () => {
    const page = await signIn(world.market.user)
    await acceptReceipt(page, world.slaughterhouse, 'portal-home-market-receipt')
    await page.goto(`${baseUrl}/portal/record`)
    await openStep(page, 'agri/retail/sale')
    await page.fill('#code-in-0', PORK_CODE)
    await page.fill('#qty-in-0', '2')
    await page.fill('#uom-in-0', 'KGM')
    await previewAndSubmit(page, 'portal-record-sale')
    await page.goto(`${baseUrl}/portal`)
    const row = page.locator('.portal-table tr', { hasText: '白条猪肉' })
    await expectVisible(row)
    expect(await row.textContent()).toContain('98')
    await page.close()
  })

  it('shows the partner view, master data and home at 360 px and 1920 px', async () => {
    for (const [viewport, width] of [[PHONE, 360], [WIDE, 1920]] as const) {
      const page = await signIn(world.slaughterhouse.user, viewport)
      await expectVisible(page.locator('.portal-table td', { hasText: '白条猪肉' }))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `portal-home-${width}`)
      await page.getByRole('link', { name: '一步追溯' }).first().click()
      await expectVisible(page.locator('.portal-table td', { hasText: '梅县生猪养殖场' }))
      await expectVisible(page.locator('.portal-table td', { hasText: '梅江农贸市场3号摊' }))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `portal-partners-${width}`)
      await page.getByRole('link', { name: '主体信息' }).first().click()
      await page.fill('input[name=licenceType]', '动物防疫条件合格证')
      await page.fill('input[name=licenceNumber]', `DF-${width}`)
      await page.fill('input[name=validUntil]', '2026-12-01')
      await page.getByRole('button', { name: '登记证照' }).click()
      await expectVisible(page.locator('.portal-success'))
      await page.fill('input[name=gtin]', `${PIG_GTIN.slice(0, 13)}${(Number(PIG_GTIN[13]) + 1) % 10}`)
      await expectVisible(page.locator('#gtin-problem'))
      expect(await page.locator('#gtin-problem').textContent()).toBe('GTIN 格式或校验位错误')
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `portal-master-data-${width}`)
      await page.getByRole('link', { name: '概览' }).first().click()
      await expectVisible(page.getByText('证照即将到期'))
      await page.goto(`${baseUrl}/portal/record/agri/slaughter/intake`)
      await expectVisible(page.locator('#portal-form-title'))
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `portal-record-${width}`)
      await page.close()
    }
  })

  it('a regulator opens the trace explorer on the stall\'s code and sees the farm', async () => {
    const page = await browser.newPage(WIDE)
    await page.goto(`${baseUrl}/account/login?next=${encodeURIComponent(`/explorer?code=${PORK_CODE}`)}`)
    await page.fill('input[name=username]', REGULATOR.username)
    await page.fill('input[name=password]', REGULATOR.password)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/explorer/)
    await expectVisible(page.getByText('梅县生猪养殖场'))
    await screenshot(page, 'portal-regulator-explorer-1920')
    await page.close()
  })
})
