import { availableParallelism } from 'node:os'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests: the built renderer in Debian's Chromium against `scriptorium serve`
 * (tests/e2e/support/server.ts starts one per test on a fresh archive). Build first:
 * `npx electron-vite build`. Never `npx playwright install`: the system Chromium is used.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its outputDir on start; screenshots live beside it, in test-results/screenshots.
  outputDir: 'test-results/playwright',
  // Each test has its own server, archive and user folder, so files run side by side.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  // A CI run that fails does not land; one retry there absorbs a machine hiccup, and the report still names the flaky test.
  retries: process.env.CI ? 1 : 0,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync'
      ]
    }
  }
})
