import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import { REPO } from './server'

export const SCREENSHOTS = join(REPO, 'test-results/screenshots')

export type DragStep = 'dragenter' | 'dragover' | 'drop' | 'dragleave'

/**
 * Runs in the page (kept as text: these tests compile without DOM types): builds a
 * DataTransfer holding the files and fires the drag events at the window, as a file manager does.
 */
const DRAG_SCRIPT = `(steps, files) => {
  const data = new DataTransfer()
  for (const f of files) {
    const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
    data.items.add(new File([bytes], f.name, { type: 'text/plain' }))
  }
  for (const step of steps) window.dispatchEvent(new DragEvent(step, { dataTransfer: data, bubbles: true, cancelable: true }))
}`

/** What the specs do with the app, in words a person would use. */
export class AppDriver {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('grid')
  }

  /** Data rows of the library (the header row excluded). */
  get rows(): Locator {
    return this.grid.locator('[role=row]:not(.table__row--head)')
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text })
  }

  async waitForLibrary(): Promise<void> {
    await expect(this.grid).toBeVisible()
  }

  async importFiles(paths: string[]): Promise<Locator> {
    await this.page.getByTestId('import-input').setInputFiles(paths)
    const dialog = this.page.getByTestId('import-dialog')
    await expect(dialog.locator('.modal__footer button')).toBeVisible({ timeout: 30_000 })
    return dialog
  }

  async closeImport(): Promise<void> {
    await this.page.getByTestId('import-dialog').locator('.modal__footer button').click()
    await expect(this.page.getByTestId('import-dialog')).toBeHidden()
  }

  /** Imports one file and opens it in the reader by its title. */
  async importAndOpen(path: string, title: string): Promise<void> {
    await this.importFiles([path])
    await this.closeImport()
    await this.row(title).click()
    await expect(this.page.getByTestId('article-text')).toBeVisible()
  }

  /** Adds `text` to the open article as its machine translation, from the reader's form. */
  async addTranslation(text: string, engine?: string): Promise<void> {
    await this.page.getByTestId('add-translation').click()
    await this.page.getByTestId('translation-text').fill(text)
    if (engine) await this.page.getByTestId('translation-engine').fill(engine)
    await this.page.getByTestId('add-translation-submit').click()
  }

  async drag(steps: DragStep[], files: { name: string; base64: string }[]): Promise<void> {
    await this.page.evaluate(`(${DRAG_SCRIPT})(${JSON.stringify(steps)}, ${JSON.stringify(files)})`)
  }

  async filter(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text)
  }

  async openSettings(): Promise<void> {
    await this.page.locator('a[href="#/settings"]').click()
    await expect(this.page.locator('.settings')).toBeVisible()
  }

  async openLibrary(): Promise<void> {
    await this.page.locator('a[href="#/"]').click()
    await this.waitForLibrary()
  }

  /** Chooses a radio of a settings group by its value (language or theme). */
  async choose(name: 'language' | 'theme', value: string): Promise<void> {
    const input = this.page.locator(`input[name="${name}"][value="${value}"]`)
    if (await input.isChecked()) return
    await input.check()
    // The choice applies at once; wait until the server has stored it too.
    await expect(this.page.getByTestId('settings-status')).toHaveText(/All changes saved|所有更改已保存/)
  }

  /** Sets the interface's language and theme in Settings, then goes back to the library. */
  async applySettings(settings: { language?: string; theme?: 'light' | 'dark' }): Promise<void> {
    await this.openSettings()
    if (settings.language) await this.choose('language', settings.language)
    if (settings.theme) await this.choose('theme', settings.theme)
    await this.openLibrary()
  }

  /** applySettings, then opens the article of this title in its translation editor again. */
  async reopenInTranslateEditor(title: string, settings: { language?: string; theme?: 'light' | 'dark' }): Promise<void> {
    await this.applySettings(settings)
    await this.row(title).click()
    await this.page.locator('input[name="reader-mode"][value="translate"]').check()
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const path = join(SCREENSHOTS, `${name}.png`)
    // Let the caret and transitions settle so screenshots are stable.
    await this.page.waitForTimeout(150)
    await this.page.screenshot({ path })
    return path
  }
}

/** Formats a calendar date the way the library does, for the given UI language. */
export function uiDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
}
