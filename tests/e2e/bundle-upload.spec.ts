import { copyFileSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { writeLargeBundle } from '../fixtures/bundle/large-bundle'
import { AppDriver, SCREENSHOTS } from './support/app'
import { REPO, startServer, type Server } from './support/server'

/**
 * Browser mode sends a bundle as a stream (POST /api/upload), not as base64 inside JSON: a
 * file past the old 20 MB cap is checked, the dialog shows how much has been sent, and
 * Cancel stops the upload. The network is slowed (Chromium's DevTools throttling) so the
 * upload lasts long enough to be seen.
 */

let server: Server
test.afterEach(async () => {
  await server.stop()
})

async function slowUploads(page: Page, bytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond })
}

test('a 24 MB bundle is streamed with its progress shown, then checked and previewed', async ({ page }) => {
  server = await startServer()
  const bundle = join(server.tmp, 'large.zip')
  await writeLargeBundle(bundle, 24)
  expect(statSync(bundle).size).toBeGreaterThan(24 * 1024 * 1024)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await slowUploads(page, 8 * 1024 * 1024)
  await page.getByTestId('import-input').setInputFiles(bundle)
  const dialog = page.getByTestId('bundle-dialog')
  await expect(dialog.getByTestId('bundle-upload')).toContainText(/Sending the bundle: \d+\.\d MB of 24\.0 MB/)
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(statSync(bundle).size))
  await app.screenshot('bundle-upload-en-light')
  await expect(dialog.getByTestId('bundle-preview')).toBeVisible({ timeout: 60_000 })
  await expect(dialog.getByTestId('preview-addedArticles')).toHaveText('0')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
})

test('Cancel stops an upload: the dialog closes and nothing is imported', async ({ page }) => {
  server = await startServer()
  const bundle = join(server.tmp, 'large.zip')
  await writeLargeBundle(bundle, 24)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.openSettings()
  await app.choose('language', 'zh-CN')
  await app.openLibrary()
  const rows = await app.rows.count()
  await slowUploads(page, 1024 * 1024)
  await page.getByTestId('import-input').setInputFiles(bundle)
  const dialog = page.getByTestId('bundle-dialog')
  await expect(dialog.getByTestId('bundle-upload')).toContainText('正在发送数据包')
  await app.screenshot('bundle-upload-zh-CN-light')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(app.rows).toHaveCount(rows)
})

test.afterAll(() => {
  const to = join(REPO, 'docs/screenshots')
  mkdirSync(to, { recursive: true })
  try {
    copyFileSync(join(SCREENSHOTS, 'bundle-upload-en-light.png'), join(to, 'bundle-upload.png'))
  } catch {
    // Only when that run failed; its own failure is already reported.
  }
})
