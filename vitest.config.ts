import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The web's `@domain` alias (web/vite.config.ts), so tests can run the web's validation module as the browser does.
  resolve: { alias: { '@domain': decodeURIComponent(new URL('./src/domain', import.meta.url).pathname) } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    expect: { requireAssertions: true },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
