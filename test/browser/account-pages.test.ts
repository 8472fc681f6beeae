/**
 * Sign-in, enterprise registration and the API-key page in a real Chromium, at 360 px and 1280 px:
 * an applicant registers (pending), an approved enterprise's user signs in, creates a key (shown once,
 * copied), sees it listed with its last use, and revokes it. Screenshots land in .screenshots/.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import { chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession } from '../support/browser.js'
import { makeParty, makeUscc } from '../support/factories.js'

const ADMIN = { authorization: 'Bearer browser-test-admin-token-0123' }
const USER = { username: 'meixian-food', password: 'meixian-food-password' }

const chromiumPath = chromiumForTests('test/browser/account-pages.test.ts')

describe.skipIf(!chromiumPath)('account pages in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession

  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await browser.newPage(viewport)
    await page.goto(`${baseUrl}${path}`)
    return page
  }

  beforeAll(async () => {
    platform = await buildTestPlatform('sqlite', { ZHUISU_ADMIN_TOKEN: ADMIN.authorization.slice(7), ZHUISU_RATE_LIMIT_LOGIN: '0' })
    const { server } = platform
    const party = await makeParty(server, '梅县食品厂', 'manufacturer', '441403', ADMIN)
    const organisation = await server.inject({ method: 'POST', url: '/api/v1/organisations', headers: ADMIN, payload: { kind: 'enterprise', name: '梅县食品厂', partyId: party.id } })
    expect(organisation.statusCode, organisation.body).toBe(201)
    const user = await server.inject({ method: 'POST', url: `/api/v1/organisations/${organisation.json().id}/users`, headers: ADMIN, payload: USER })
    expect(user.statusCode, user.body).toBe(201)
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('registers an enterprise, which then waits for its regulator', async () => {
    const page = await open('/account/register', PHONE)
    await page.fill('input[name=name]', '梅江新开食品店')
    await page.fill('input[name=uscc]', makeUscc('441402'))
    await page.selectOption('select[name=partyKind]', 'retailer')
    await page.fill('input[name=regionCode]', '441402')
    await page.check('input[name=categories][value=food]')
    await page.fill('input[name=licenceType]', '食品经营许可证')
    await page.fill('input[name=licenceNumber]', 'JY14414020001234')
    await page.fill('input[name=username]', 'meijiang-shop')
    await page.fill('input[name=password]', 'meijiang-shop-password')
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'account-register-360')
    await page.click('button[type=submit]')
    await expectVisible(page.getByRole('status'))
    expect(await page.getByRole('status').textContent()).toContain('审核')
    await screenshot(page, 'account-register-done-360')
    const pending = await platform.server.inject({ url: '/api/v1/registrations?status=pending', headers: ADMIN })
    expect(pending.json().registrations.map((r: { name: string }) => r.name)).toContain('梅江新开食品店')
  })

  it('signs in, creates a key shown once with a copy button, lists and revokes it', async () => {
    const page = await open('/account/login?lang=en&next=/account/api-keys', DESKTOP)
    await page.fill('input[name=username]', USER.username)
    await page.fill('input[name=password]', 'wrong-password-here')
    await page.click('button[type=submit]')
    await expectVisible(page.getByRole('alert'))
    expect(await page.getByRole('alert').textContent()).toBe('Wrong username or password')
    await screenshot(page, 'account-login-error-1280')
    await page.fill('input[name=password]', USER.password)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/account\/api-keys/)
    await page.fill('input[name=name]', 'ERP shipping interface')
    await page.click('button[type=submit]')
    const secret = page.locator('.account-secret__value')
    await expectVisible(secret)
    const key = (await secret.textContent()) ?? ''
    expect(key).toMatch(/^zsk_/)
    await page.getByRole('button', { name: 'Copy key' }).click()
    await expectVisible(page.getByRole('button', { name: 'Copied' }))
    // A string expression: the test project's TypeScript has no DOM library.
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(key)
    await screenshot(page, 'account-api-key-created-1280')
    // The key works for the system it was made for, and the list then shows when it was last used.
    expect((await platform.server.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${key}` } })).json()).toMatchObject({ role: 'enterprise', credential: 'api-key' })
    await page.reload()
    await expectVisible(page.locator('.account-keys__item', { hasText: 'ERP shipping interface' }))
    expect(await page.locator('.account-keys__item').first().textContent()).toMatch(/Last used: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(await page.content()).not.toContain(key)
    await screenshot(page, 'account-api-keys-1280')
    const phone = await open('/account/api-keys', PHONE)
    await expectVisible(phone.locator('.account-keys__item').first())
    await expectNoHorizontalOverflow(phone)
    await screenshot(phone, 'account-api-keys-360')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Revoke' }).click()
    await expectVisible(page.getByText('Revoked'))
    expect((await platform.server.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(401)
  })

  it('shows the sign-in page on a phone without sideways scrolling', async () => {
    const page = await open('/account/login', PHONE)
    await expectVisible(page.getByRole('heading', { name: '登录' }))
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'account-login-360')
  })
})
