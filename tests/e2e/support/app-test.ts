import { test as base } from '@playwright/test'
import { AppDriver } from './app'
import { startServer, type Server } from './server'

/** A test with its own `scriptorium serve` on a fresh archive, and the page opened on it. */
export const test = base.extend<{ app: AppDriver; server: Server }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer()
    try {
      await use(server)
    } finally {
      await server.stop()
    }
  },
  app: async ({ page, server }, use) => {
    await page.goto(server.url)
    await use(new AppDriver(page))
  }
})
