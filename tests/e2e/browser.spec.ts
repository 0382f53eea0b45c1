import { test as base } from '@playwright/test'
import { AppDriver } from './support/app'
import {
  badFilesShowTranslatedErrors,
  dropOnWindowImports,
  freshArchiveShowsSamples,
  importSeedsThroughChooser,
  readerNavigatesZoomsAndSwitchesVersions,
  settingsCreateAndOpenArchives,
  switchToChineseSurvivesReload,
  type Context
} from './support/scenarios'
import { startServer } from './support/server'

/** Each test gets its own `scriptorium serve` on a fresh archive, and the page opened on it. */
const test = base.extend<{ context_: Context }>({
  context_: async ({ page }, use) => {
    const server = await startServer()
    try {
      await page.goto(server.url)
      await use({ app: new AppDriver(page), reload: async () => void (await page.reload()), tmp: server.tmp })
    } finally {
      await server.stop()
    }
  }
})

test.describe('browser mode', () => {
  test('a fresh archive shows the sample articles', ({ context_ }) => freshArchiveShowsSamples(context_))
  test('importing the seed files through the file chooser; open, filter', ({ context_ }) => importSeedsThroughChooser(context_))
  test('switching to 简体中文 changes the interface and survives a reload', ({ context_ }) => switchToChineseSurvivesReload(context_))
  test('files dropped on the window are imported', ({ context_ }) => dropOnWindowImports(context_))
  test('bad files show their translated error and change nothing', ({ context_ }) => badFilesShowTranslatedErrors(context_))
  test('the reader moves between articles, zooms (kept after reload) and switches text versions', ({ context_ }) =>
    readerNavigatesZoomsAndSwitchesVersions(context_))
  test('settings create a new archive and open another one', ({ context_ }) => settingsCreateAndOpenArchives(context_))
})
