import { expect, test as base } from '@playwright/test'
import { AppDriver } from './support/app'
import {
  badFilesShowTranslatedErrors,
  dropOnWindowImports,
  freshArchiveShowsSamples,
  importNewsThroughChooser,
  readerNavigatesZoomsAndSwitchesVersions,
  settingsCreateAndOpenArchives,
  switchToChineseSurvivesReload,
  type Context
} from './support/scenarios'
import { startServer } from './support/server'

/** Each test gets its own `scriptorium serve` on a fresh archive, and the page opened on it. */
const test = base.extend<{ context_: Context; url: string }>({
  // Appended to the address serve printed (browser-mode options such as ?lng=).
  // eslint-disable-next-line no-empty-pattern
  url: async ({}, use) => use(''),
  context_: async ({ page, url }, use) => {
    const server = await startServer()
    try {
      await page.goto(server.url + url)
      await use({ app: new AppDriver(page), reload: async () => void (await page.reload()), tmp: server.tmp })
    } finally {
      await server.stop()
    }
  }
})

test.describe('browser mode', () => {
  test('a fresh archive shows the sample articles', ({ context_ }) => freshArchiveShowsSamples(context_))
  test('importing news files through the file chooser; open, filter', ({ context_ }) => importNewsThroughChooser(context_))
  test('switching to 简体中文 changes the interface and survives a reload', ({ context_ }) => switchToChineseSurvivesReload(context_))
  test('files dropped on the window are imported', ({ context_ }) => dropOnWindowImports(context_))
  test('bad files show their translated error and change nothing', ({ context_ }) => badFilesShowTranslatedErrors(context_))
  test('the reader moves between articles, zooms (kept after reload) and switches text versions', ({ context_ }) =>
    readerNavigatesZoomsAndSwitchesVersions(context_))
  test('settings create a new archive and open another one', ({ context_ }) => settingsCreateAndOpenArchives(context_))

  test.describe('with ?lng=zh-CN in the address', () => {
    test.use({ url: '&lng=zh-CN' })
    test('the interface starts in Chinese when nothing is saved', async ({ context_ }) => {
      await context_.app.waitForLibrary()
      await expect(context_.app.page.locator('#library-title')).toHaveText('文库')
      await expect(context_.app.page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    })
  })
})
