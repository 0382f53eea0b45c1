import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { AppDriver } from './support/app'
import { NEWS_FILES } from '../fixtures/news'
import { sampleTitle } from './support/scenarios'
import { REPO, startServer } from './support/server'

/**
 * Every screen in both languages and both themes, written to test-results/screenshots/;
 * the README's two (library, reader) are copied to docs/screenshots/.
 */
const VARIANTS = [
  { lng: 'en', theme: 'light' },
  { lng: 'en', theme: 'dark' },
  { lng: 'zh-CN', theme: 'light' },
  { lng: 'zh-CN', theme: 'dark' }
] as const

for (const { lng, theme } of VARIANTS) {
  test(`screenshots: ${lng}, ${theme}`, async ({ page }) => {
    const server = await startServer()
    try {
      const app = new AppDriver(page)
      const name = (screen: string) => `${screen}-${lng}-${theme}`
      await page.goto(server.url)
      await app.waitForLibrary()
      await app.openSettings()
      await app.choose('language', lng)
      await app.choose('theme', theme)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await app.screenshot(name('settings'))

      await app.openLibrary()
      await app.screenshot(name('library'))

      // Dragging files over the window shows where they will go.
      const file = [{ name: 'article.txt', base64: Buffer.from('An article').toString('base64') }]
      await app.drag(['dragenter'], file)
      await expect(page.locator('.dropzone')).toBeVisible()
      await app.screenshot(name('drop'))
      await app.drag(['dragleave'], file)
      await expect(page.locator('.dropzone')).toBeHidden()

      await app.row(sampleTitle('en')).click()
      await expect(page.getByTestId('article-text')).toBeVisible()
      await app.screenshot(name('reader'))
      await page.keyboard.press('Escape')
      await app.row(sampleTitle('zh', true)).click()
      await expect(page.getByTestId('article-text')).toBeVisible()
      await app.screenshot(name('reader-chinese'))
      await page.keyboard.press('Escape')

      const empty = join(server.tmp, 'empty.txt')
      writeFileSync(empty, '')
      await app.importFiles([...NEWS_FILES, empty])
      await app.screenshot(name('import-results'))
      await app.closeImport()

      await app.filter('zzzz')
      await app.screenshot(name('no-match'))
      await app.filter('')

      // The empty and error states, by answering the library's request differently.
      await page.route('**/api/listArticles', (route) => route.fulfill({ json: { ok: true, value: [] } }))
      await page.reload()
      await expect(page.getByRole('status').filter({ has: page.locator('.state__title') })).toBeVisible()
      await app.screenshot(name('empty'))
      await page.route('**/api/listArticles', (route) =>
        route.fulfill({ json: { ok: false, error: { code: 'archive.locked', message: 'locked', params: { pid: 4242, host: 'reading-room' } } } })
      )
      await page.reload()
      await expect(page.getByRole('alert')).toBeVisible()
      await app.screenshot(name('error'))
    } finally {
      await server.stop()
    }
  })
}

test.afterAll(() => {
  const from = join(REPO, 'test-results/screenshots')
  const to = join(REPO, 'docs/screenshots')
  mkdirSync(to, { recursive: true })
  try {
    copyFileSync(join(from, 'library-en-light.png'), join(to, 'library.png'))
    copyFileSync(join(from, 'reader-chinese-en-light.png'), join(to, 'reader.png'))
  } catch {
    // Only when the en/light run failed; its own failure is already reported.
  }
})
