/**
 * Browser tests drive Debian's `chromium` through playwright-core (STYLE §3 Tests): the executable comes
 * from ZHUISU_CHROMIUM, /usr/bin/chromium or PATH, and nothing here ever downloads a browser. Under CI=true a
 * missing Chromium fails the test file; locally the file is skipped with a printed reason.
 */
import { accessSync, constants } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { expect } from 'vitest'
import type { TestPlatform } from './build-app.js'

const DEFAULT_CHROMIUM = '/usr/bin/chromium'
const PATH_NAMES = ['chromium', 'chromium-browser']

/** No network besides the test server, no background downloads, no sandbox (containers run as root). */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.screenshots')

/** Not Asia/Shanghai on purpose: the UI must show Beijing time wherever the visitor is. */
export const BROWSER_TIME_ZONE = 'America/New_York'

export const PHONE = { width: 360, height: 780 }
export const DESKTOP = { width: 1280, height: 800 }
export const WIDE = { width: 1920, height: 1080 }

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The Chromium to use, or undefined when none is installed. An explicit ZHUISU_CHROMIUM must exist. */
export function findChromium(): string | undefined {
  const configured = process.env.ZHUISU_CHROMIUM
  if (configured) {
    if (!isExecutable(configured)) throw new Error(`ZHUISU_CHROMIUM=${configured} is not an executable file`)
    return configured
  }
  if (isExecutable(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) if (isExecutable(join(dir, name))) return join(dir, name)
  }
  return undefined
}

/**
 * The Chromium for a browser test file: its path, or undefined after printing why the file is skipped.
 * Under CI=true a missing Chromium throws, so the run fails instead of passing without browser tests.
 */
export function chromiumForTests(file: string): string | undefined {
  const path = findChromium()
  if (path) return path
  const reason = `no Chromium at ${DEFAULT_CHROMIUM} or on PATH (install it with \`apt-get install -y chromium\` or set ZHUISU_CHROMIUM)`
  if (process.env.CI === 'true') throw new Error(`Browser tests need Chromium under CI: ${reason}`)
  process.stdout.write(`\n[browser] skipping ${file}: ${reason}\n\n`)
  return undefined
}

export interface BrowserSession {
  context: BrowserContext
  /** A new tab of the given size. Tabs share one profile, so a language stored by one tab is seen by the next. */
  newPage: (viewport: { width: number; height: number }) => Promise<Page>
  close: () => Promise<void>
}

/** Launches Chromium on a fresh, throw-away profile directory. */
export async function launchChromium(executablePath: string): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'zhuisu-chromium-'))
  // Playwright takes the profile directory as a parameter and passes it on as --user-data-dir. The browser
  // runs in a zone far from Beijing so that a time shown in the visitor's zone instead of Asia/Shanghai fails.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, args: CHROMIUM_ARGS, locale: 'zh-CN', timezoneId: BROWSER_TIME_ZONE,
  })
  context.setDefaultTimeout(15_000)
  return {
    context,
    newPage: async (viewport) => {
      const page = await context.newPage()
      await page.setViewportSize(viewport)
      return page
    },
    close: async () => {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Starts the platform's HTTP server on a free local port; buildTestPlatform closes it after the file. */
export async function listen(platform: TestPlatform): Promise<string> {
  await platform.server.listen({ port: 0, host: '127.0.0.1' })
  const address = platform.server.server.address()
  if (!address || typeof address === 'string') throw new Error(`unexpected server address ${String(address)}`)
  return `http://127.0.0.1:${address.port}`
}

/** Saves a full-page PNG under .screenshots/ (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Waits until the locator is visible (or times out), then asserts it. */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' })
  expect(await locator.first().isVisible()).toBe(true)
}

/** The page's width never exceeds the viewport: nothing forces sideways scrolling on a phone. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  // A string expression: the test project's TypeScript has no DOM library.
  const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )
  expect(scrollWidth, 'page is wider than the viewport').toBeLessThanOrEqual(clientWidth)
}
