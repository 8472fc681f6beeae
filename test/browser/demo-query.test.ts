/**
 * The demo data set (seeded, 600 events) looked up in a real Chromium: a sample code from
 * /api/v1/public/samples opens on the public query page with its producer and its chain.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoIfEmpty } from '../../src/services/demo/load-demo.js'
import { buildTestPlatform, type TestPlatform } from '../support/build-app.js'
import {
  chromiumForTests, DESKTOP, expectNoHorizontalOverflow, expectVisible, launchChromium, listen, PHONE, screenshot, type BrowserSession,
} from '../support/browser.js'

const MIN_CHAIN_STEPS = 2

interface Sample {
  code: string
  productName?: string
}

interface ShownReply {
  producer?: { name: string }
  chain: { role: string; party?: { name: string } }[]
}

const chromiumPath = chromiumForTests('test/browser/demo-query.test.ts')

describe.skipIf(!chromiumPath)('demo data on the public query page in Chromium', () => {
  let platform: TestPlatform
  let baseUrl: string
  let browser: BrowserSession

  beforeAll(async () => {
    platform = await buildTestPlatform('sqlite')
    await loadDemoIfEmpty(platform.app, { events: 600, seed: 1 })
    baseUrl = await listen(platform)
    browser = await launchChromium(chromiumPath!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  /** Opens a code's query page and returns the public reply the page itself received. */
  const openQueryPage = async (code: string, viewport: { width: number; height: number }): Promise<{ page: Page; reply: ShownReply }> => {
    const page = await browser.newPage(viewport)
    const answered = page.waitForResponse((response) => {
      const path = new URL(response.url()).pathname
      return path.startsWith('/api/v1/public/') && path !== '/api/v1/public/samples'
    })
    await page.goto(`${baseUrl}/q/${encodeURIComponent(code)}`)
    const response = await answered
    expect(response.status(), await response.text()).toBe(200)
    return { page, reply: (await response.json()) as ShownReply }
  }

  it('shows the producer and the chain of a sample code on a phone and a desktop', async () => {
    const samplesReply = await platform.server.inject('/api/v1/public/samples')
    expect(samplesReply.statusCode, samplesReply.body).toBe(200)
    const samples = (samplesReply.json() as { samples: Sample[] }).samples
    expect(samples.length).toBeGreaterThan(0)

    // The first sample with a producer and a chain of at least two steps: that is what a consumer should see.
    let chosen: { code: string; reply: ShownReply } | undefined
    for (const sample of samples) {
      const { page, reply } = await openQueryPage(sample.code, PHONE)
      await page.close()
      if (reply.producer && reply.chain.length >= MIN_CHAIN_STEPS) {
        chosen = { code: sample.code, reply }
        break
      }
    }
    expect(chosen, `no sample among ${samples.map((s) => s.code).join(', ')} has a producer and ${MIN_CHAIN_STEPS}+ chain steps`).toBeDefined()

    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const { page, reply } = await openQueryPage(chosen!.code, viewport)
      await expectVisible(page.getByRole('region', { name: '来源' }).getByText(reply.producer!.name, { exact: true }))
      const steps = page.getByRole('list', { name: '流通环节' }).getByRole('listitem')
      await expectVisible(steps.first())
      expect(await steps.count()).toBe(reply.chain.length)
      for (const step of reply.chain.slice(0, MIN_CHAIN_STEPS)) {
        if (step.party) await expectVisible(page.getByRole('list', { name: '流通环节' }).getByText(step.party.name, { exact: true }))
      }
      await expectNoHorizontalOverflow(page)
      await screenshot(page, `demo-query-${name}`)
      await page.close()
    }
  })

  it('lists the demo on the home page: sample codes and statistics in several categories', async () => {
    const page = await browser.newPage(DESKTOP)
    await page.goto(`${baseUrl}/`)
    const samples = page.getByRole('region', { name: '示例追溯码' }).getByRole('link')
    await expectVisible(samples)
    expect(await samples.count()).toBeGreaterThan(1)
    await expectVisible(page.getByRole('row', { name: /食用农产品/ }))
    await screenshot(page, 'demo-home-desktop')
    await page.setViewportSize(PHONE)
    await expectNoHorizontalOverflow(page)
    await screenshot(page, 'demo-home-phone')
    await page.close()
  })
})
