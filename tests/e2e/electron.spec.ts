import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, test as base, type ElectronApplication } from '@playwright/test'
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
import { REPO } from './support/server'

/** The same scenarios in the desktop window, through Playwright's Electron driver. */
const binaryMarker = join(REPO, 'node_modules/electron/path.txt')
const hasElectron = existsSync(binaryMarker)

const test = base.extend<{ context_: Context }>({
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  context_: async ({}, use) => {
    const tmp = mkdtempSync(join(tmpdir(), 'scriptorium-electron-'))
    let app: ElectronApplication | undefined
    try {
      // A fresh user folder: new settings and a new default archive with the sample articles.
      app = await electron.launch({
        args: [join(REPO, 'out/main/index.js'), '--no-sandbox'],
        cwd: REPO,
        env: { ...process.env, SCRIPTORIUM_HOME: join(tmp, 'home'), LANG: 'en_US.UTF-8' }
      })
      const page = await app.firstWindow()
      await page.setViewportSize({ width: 1280, height: 800 })
      await use({ app: new AppDriver(page), reload: async () => void (await page.reload()), tmp })
    } finally {
      await app?.close()
      rmSync(tmp, { recursive: true, force: true })
    }
  }
})

test.describe('electron', () => {
  test.skip(!hasElectron, `Electron binary not downloaded: ${binaryMarker} does not exist, so there is no Electron to drive`)
  test.skip(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY, 'Electron needs a display: neither DISPLAY nor WAYLAND_DISPLAY is set (run under xvfb-run)')

  test('a fresh archive shows the sample articles', ({ context_ }) => freshArchiveShowsSamples(context_))
  test('importing news files through the file chooser; open, filter', ({ context_ }) => importNewsThroughChooser(context_))
  test('switching to 简体中文 changes the interface and survives a reload', ({ context_ }) => switchToChineseSurvivesReload(context_))
  test('files dropped on the window are imported', ({ context_ }) => dropOnWindowImports(context_))
  test('bad files show their translated error and change nothing', ({ context_ }) => badFilesShowTranslatedErrors(context_))
  test('the reader moves between articles, zooms (kept after reload) and switches text versions', ({ context_ }) =>
    readerNavigatesZoomsAndSwitchesVersions(context_))
  test('settings create a new archive and open another one', ({ context_ }) => settingsCreateAndOpenArchives(context_))
})
