import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { uiDate, type AppDriver } from './app'
import { BAISHUI_ZH, LIANHE, NEWS_FILES, SONGMEI } from '../../fixtures/news'
import { REPO } from './server'

/**
 * The end-to-end scenarios, written once and run both in Chromium against `scriptorium serve`
 * (browser.spec.ts) and in the Electron window (electron.spec.ts).
 */
export interface Context {
  app: AppDriver
  /** Reloads the page (browser) or the window (Electron). */
  reload: () => Promise<void>
  /** A scratch folder for files the test makes. */
  tmp: string
}


const errorsOf = (lang: string) =>
  JSON.parse(readFileSync(join(REPO, 'src/shared/i18n/locales', lang, 'errors.json'), 'utf8')) as Record<string, string>

interface Sample {
  article: { title: string; language: string }
  versions: unknown[]
}
const samples = (): Sample[] =>
  readdirSync(join(REPO, 'resources/samples'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(REPO, 'resources/samples', name), 'utf8')) as Sample)

export const sampleTitles = (): string[] => samples().map((sample) => sample.article.title)

/** The first sample in `language` (optionally one with several text versions). */
export function sampleTitle(language: 'en' | 'zh', withTranslation = false): string {
  const found = samples().find((s) => s.article.language.startsWith(language) && (!withTranslation || s.versions.length > 1))
  if (!found) throw new Error(`resources/samples has no ${language} article${withTranslation ? ' with a translation' : ''}`)
  return found.article.title
}

export async function freshArchiveShowsSamples({ app }: Context): Promise<void> {
  await app.waitForLibrary()
  const titles = sampleTitles()
  expect(titles.length).toBeGreaterThanOrEqual(3)
  await expect(app.rows).toHaveCount(titles.length)
  for (const title of titles) await expect(app.row(title)).toHaveCount(1)
}

export async function importNewsThroughChooser({ app }: Context): Promise<void> {
  await app.waitForLibrary()
  const before = await app.rows.count()
  const dialog = await app.importFiles(NEWS_FILES)
  await expect(dialog.locator('.outcome--imported')).toHaveCount(NEWS_FILES.length)
  await app.closeImport()
  await expect(app.rows).toHaveCount(before + NEWS_FILES.length)

  const songmei = app.row(SONGMEI.titleStart)
  await expect(songmei).toHaveCount(1)
  await expect(songmei).toContainText(uiDate(SONGMEI.date, 'en'))
  await expect(songmei).toContainText(SONGMEI.source)
  await expect(app.row(LIANHE.titleStart)).toHaveCount(1)
  await expect(app.row(BAISHUI_ZH.title)).toContainText(BAISHUI_ZH.source)

  // Opening it shows its text, with the same metadata.
  await songmei.click()
  const text = app.page.getByTestId('article-text')
  await expect(text).toContainText(SONGMEI.firstWords)
  await expect(app.page.locator('h1')).toContainText(SONGMEI.titleStart)
  await expect(app.page.getByTestId('article-meta')).toContainText(SONGMEI.source)
  await expect(app.page.getByTestId('article-meta')).toContainText(uiDate(SONGMEI.date, 'en'))

  // Filtering finds it, by title and by source.
  await app.page.keyboard.press('Escape')
  await app.waitForLibrary()
  await app.filter('warm hands, bright')
  await expect(app.rows).toHaveCount(1)
  await expect(app.rows.first()).toContainText(SONGMEI.titleStart)
  await app.filter(SONGMEI.source)
  await expect(app.row(SONGMEI.titleStart)).toHaveCount(1)
  await app.filter('no article has this title')
  await expect(app.rows).toHaveCount(0)
  await expect(app.page.getByRole('status').filter({ hasText: 'no article has this title' })).toBeVisible()
}

export async function switchToChineseSurvivesReload({ app, reload }: Context): Promise<void> {
  await app.waitForLibrary()
  await expect(app.page.locator('#library-title')).toHaveText('Library')
  await app.openSettings()
  await app.choose('language', 'zh-CN')
  await expect(app.page.locator('#settings-title')).toHaveText('设置')
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await reload()
  await expect(app.page.locator('#settings-title')).toHaveText('设置')
  await app.openLibrary()
  await expect(app.page.locator('#library-title')).toHaveText('文库')
  await expect(app.page.getByRole('columnheader').first()).toHaveText(/标题/)
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'zh-CN')
}

export async function badFilesShowTranslatedErrors({ app, tmp }: Context): Promise<void> {
  await app.waitForLibrary()
  const before = await app.rows.allTextContents()
  const empty = join(tmp, 'empty.txt')
  const binary = join(tmp, 'scan.txt')
  writeFileSync(empty, '')
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0xff, 0xfe]))

  for (const lang of ['en', 'zh-CN']) {
    const errors = errorsOf(lang)
    if (lang === 'zh-CN') {
      await app.openSettings()
      await app.choose('language', 'zh-CN')
      await app.openLibrary()
    }
    const dialog = await app.importFiles([empty, binary])
    await expect(dialog.locator('.outcome--failed')).toHaveCount(2)
    await expect(dialog.locator('.outcome--failed').filter({ hasText: 'empty.txt' })).toContainText(errors['import.empty'] as string)
    await expect(dialog.locator('.outcome--failed').filter({ hasText: 'scan.txt' })).toContainText(errors['import.binary'] as string)
    await app.closeImport()
    await expect(app.rows).toHaveCount(before.length)
    expect(await app.rows.allTextContents()).toHaveLength(before.length)
  }
}

export async function readerNavigatesZoomsAndSwitchesVersions({ app, reload }: Context): Promise<void> {
  const { page } = app
  await app.waitForLibrary()
  const titles = (await app.rows.locator('.table__cell--title').allTextContents()).map((t) => t.trim())
  await app.rows.first().click()
  const title = page.locator('#article-title')
  await expect(title).toHaveText(titles[0] as string)
  await page.keyboard.press('ArrowRight')
  await expect(title).toHaveText(titles[1] as string)
  await page.getByRole('button', { name: 'Previous article' }).click()
  await expect(title).toHaveText(titles[0] as string)

  // Zoom by button and by keyboard; the size is a setting, so it survives a reload.
  const reset = page.getByRole('button', { name: 'Reset text size' })
  await expect(reset).toHaveText('100%')
  await page.getByRole('button', { name: 'Larger text' }).click()
  await page.keyboard.press('Control+=')
  await expect(reset).toHaveText('120%')
  await reload()
  await expect(page.getByRole('button', { name: 'Reset text size' })).toHaveText('120%')
  await page.keyboard.press('Control+0')
  await expect(page.getByRole('button', { name: 'Reset text size' })).toHaveText('100%')

  // An article with a machine translation offers both texts.
  await page.keyboard.press('Escape')
  await app.waitForLibrary()
  await app.row(sampleTitle('zh', true)).click()
  const text = page.getByTestId('article-text')
  await expect(text).toHaveAttribute('lang', /^zh/)
  await page.getByRole('radio', { name: /Machine translation/ }).check()
  await expect(text).toHaveAttribute('lang', /^en/)
}

/** Drops a news file on the window, as dragging it from the file manager does. */
export async function dropOnWindowImports({ app }: Context): Promise<void> {
  await app.waitForLibrary()
  const before = await app.rows.count()
  await app.drag(['dragenter', 'dragover', 'drop'], [{ name: SONGMEI.fileName, base64: readFileSync(SONGMEI.file).toString('base64') }])
  const dialog = app.page.getByTestId('import-dialog')
  await expect(dialog.locator('.outcome--imported')).toHaveCount(1)
  await app.closeImport()
  await expect(app.rows).toHaveCount(before + 1)
  await expect(app.row(SONGMEI.titleStart)).toHaveCount(1)
}

export async function settingsCreateAndOpenArchives({ app, tmp }: Context): Promise<void> {
  const { page } = app
  await app.waitForLibrary()
  await app.openSettings()
  const first = (await page.getByTestId('archive-path').textContent())?.trim() ?? ''
  const other = join(tmp, 'second-archive')
  const path = page.getByRole('textbox', { name: 'Folder path' })

  await path.fill(other)
  await page.getByRole('button', { name: 'Create new archive' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Created a new archive' })).toBeVisible()
  await expect(page.getByTestId('archive-path')).toHaveText(other)

  // A folder that is not there is refused with a message, and the open archive stays.
  await path.fill(join(tmp, 'no-such-folder'))
  await page.getByRole('button', { name: 'Open archive' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page.getByTestId('archive-path')).toHaveText(other)

  await path.fill(first)
  await page.getByRole('button', { name: 'Open archive' }).click()
  await expect(page.getByTestId('archive-path')).toHaveText(first)
  await app.openLibrary()
  await expect(app.rows).toHaveCount(sampleTitles().length)
}
