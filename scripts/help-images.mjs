#!/usr/bin/env node
/**
 * `npm run help:images`: refreshes the pictures of the in-app help (/help) and the README from the browser
 * tests' screenshots. It runs the tests that walk the daily flows (they write .screenshots/), then copies
 * the chosen ones into web/public/help-images/ under the names web/src/pages/help/flows.ts uses.
 * Needs Debian chromium and fonts-noto-cjk (see .ci/run); commit the changed PNGs.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SHOTS = join(ROOT, '.screenshots')
const TARGET = join(ROOT, 'web', 'public', 'help-images')

/** help image ← the test screenshot it is taken from. */
const IMAGES = {
  'consumer-query-360.png': 'query-phone.png',
  'farm-harvest-360.png': 'portal-record-harvest-preview-360.png',
  'farm-bad-quantity-360.png': 'portal-bad-quantity-360.png',
  'slaughterhouse-receipt-360.png': 'portal-home-expected-receipt-360.png',
  'slaughterhouse-slaughter-360.png': 'portal-record-slaughter-preview-360.png',
  'market-sale-360.png': 'portal-record-sale-preview-360.png',
  'regulator-explorer-1920.png': 'portal-regulator-explorer-1920.png',
  'recall-task-360.png': 'recall-tasks-report-360.png',
  'recall-warning-360.png': 'recall-public-warning-360.png',
}

const TESTS = ['test/browser/public-query.test.ts', 'test/browser/daily-flows.test.ts', 'test/browser/recall-workflow.test.ts']

if (!process.argv.includes('--copy-only')) {
  const run = spawnSync('npx', ['vitest', 'run', ...TESTS], { cwd: ROOT, stdio: 'inherit' })
  if (run.status !== 0) {
    process.stderr.write('The browser tests failed; the help images were left as they were.\n')
    process.exit(run.status ?? 1)
  }
}
mkdirSync(TARGET, { recursive: true })
const missing = Object.values(IMAGES).filter((shot) => !existsSync(join(SHOTS, shot)))
if (missing.length > 0) {
  process.stderr.write(`Screenshots missing from .screenshots/: ${missing.join(', ')}\n`)
  process.exit(1)
}
for (const [image, shot] of Object.entries(IMAGES)) copyFileSync(join(SHOTS, shot), join(TARGET, image))
process.stdout.write(`Copied ${Object.keys(IMAGES).length} help images into web/public/help-images/\n`)
