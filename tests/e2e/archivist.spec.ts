import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator } from '@playwright/test'
import { AppDriver } from './support/app'
import { ApiClient, seedEntities } from './support/seed-entities'
import { startServer, type Server } from './support/server'

/** Article details, deleting to the trash, restoring and undo, in the browser against `scriptorium serve`. */

const LANXIA = /Lanxia Launches/
const FENGHE = /Fenghe Promotes/

let server: Server
test.beforeEach(async () => {
  server = await startServer()
})
test.afterEach(async () => {
  await server.stop()
})

for (const lng of ['en', 'zh-CN'] as const) {
  test(`edits an article's title in the reader; the library follows and undo restores it (${lng})`, async ({ page }) => {
    const app = new AppDriver(page)
    const zh = lng === 'zh-CN'
    await page.goto(`${server.url}&lng=${lng}`)
    await app.waitForLibrary()
    await app.row(LANXIA).click()
    await expect(page.getByTestId('article-text')).toBeVisible()

    await page.getByTestId('open-details').click()
    const dialog = page.getByTestId('details-dialog')
    await expect(dialog).toBeVisible()
    const title = dialog.getByLabel(zh ? '标题' : 'Title')
    await expect(title).toBeFocused()
    await title.fill(zh ? '兰峡河流志愿者启动仪式' : 'Lanxia river volunteers set out')
    await dialog.getByLabel(zh ? '日期' : 'Date').fill('next spring')
    await dialog.getByRole('button', { name: zh ? '保存信息' : 'Save details' }).click()
    // A bad value is explained next to its field, and nothing is saved.
    await expect(dialog.getByRole('alert')).toContainText(zh ? '不是日期' : 'is not a date')
    await app.screenshot(`details-error-${lng}`)
    await dialog.getByLabel(zh ? '日期' : 'Date').fill('2024-04-13')
    await dialog.getByLabel(zh ? '网址' : 'Web address').fill('https://example.org/lanxia')
    await dialog.getByRole('button', { name: zh ? '保存信息' : 'Save details' }).click()
    await expect(dialog).toBeHidden()
    const heading = page.locator('#article-title')
    await expect(heading).toHaveText(zh ? '兰峡河流志愿者启动仪式' : 'Lanxia river volunteers set out')
    await expect(page.getByTestId('article-meta')).toContainText('https://example.org/lanxia')
    await app.screenshot(`details-saved-${lng}`)

    await page.keyboard.press('Escape')
    await expect(app.row(zh ? '兰峡河流志愿者启动仪式' : 'Lanxia river volunteers set out')).toHaveCount(1)

    await app.row(zh ? '兰峡河流志愿者启动仪式' : 'Lanxia river volunteers set out').click()
    await page.getByTestId('undo').click()
    await expect(heading).toHaveText(LANXIA)
    await page.keyboard.press('Escape')
    await expect(app.row(LANXIA)).toHaveCount(1)
  })
}

for (const lng of ['en', 'zh-CN'] as const) {
  test(`deletes articles from the library, undoes, deletes again and restores from the Trash (${lng})`, async ({ page }) => {
    const app = new AppDriver(page)
    const zh = lng === 'zh-CN'
    await page.goto(`${server.url}&lng=${lng}`)
    await app.waitForLibrary()
    const total = await app.rows.count()

    // Tick two rows; the selection bar offers the actions.
    await app.row(LANXIA).locator('input[type=checkbox]').check()
    await app.row(FENGHE).locator('input[type=checkbox]').check()
    await expect(page.getByTestId('selection-bar')).toContainText(zh ? '已选 2 篇' : '2 selected')
    await app.screenshot(`library-selection-${lng}`)

    // The Delete key asks first, naming what goes.
    await app.grid.focus()
    await page.keyboard.press('Delete')
    const confirm = page.getByTestId('delete-articles-dialog')
    await expect(confirm).toContainText(zh ? '将 2 篇文章移到回收站？' : 'Move 2 articles to the trash?')
    await expect(confirm).toContainText('Lanxia Launches')
    await app.screenshot(`delete-confirm-${lng}`)
    await confirm.getByRole('button', { name: zh ? '移到回收站' : 'Move to trash' }).click()
    await expect(app.rows).toHaveCount(total - 2)
    await expect(page.getByTestId('deleted-notice')).toBeVisible()
    // The keyboard is back on the table, ready for the next Delete.
    await expect(app.grid).toBeFocused()
    expect(existsSync(join(server.archive, 'trash', 'articles', 'sample-1.json'))).toBe(true)
    await app.screenshot(`library-deleted-${lng}`)

    // Undo brings both back.
    await page.getByTestId('deleted-notice').getByRole('button', { name: zh ? '撤销' : 'Undo' }).click()
    await expect(app.rows).toHaveCount(total)
    await expect(app.row(LANXIA)).toHaveCount(1)

    // Delete one again (the active row, nothing ticked), then restore it from the Trash.
    await app.row(LANXIA).locator('input[type=checkbox]').check()
    await page.getByTestId('selection-bar').getByRole('button', { name: zh ? '移到回收站…' : 'Move to trash…' }).click()
    await page.getByTestId('delete-articles-dialog').getByRole('button', { name: zh ? '移到回收站' : 'Move to trash' }).click()
    await expect(app.rows).toHaveCount(total - 1)
    await page.getByTestId('deleted-notice').getByRole('button', { name: zh ? '打开回收站' : 'Open Trash' }).click()
    const trashed = page.getByTestId('trash-articles')
    await expect(trashed).toContainText('Lanxia Launches')
    await app.screenshot(`trash-${lng}`)
    await trashed.getByRole('button', { name: zh ? '恢复“' : 'Restore “' }).click()
    await expect(page.getByTestId('restored-notice')).toBeVisible()
    await expect(page.getByText(zh ? '回收站是空的' : 'The trash is empty')).toBeVisible()
    await app.screenshot(`trash-empty-${lng}`)
    await app.openLibrary()
    await expect(app.rows).toHaveCount(total)
  })
}

test('deletes an entity after a confirmation with its mention count, and restores it from the Trash with its links', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  const { ids } = await seedEntities(api)
  const app = new AppDriver(page)
  await page.goto(`${server.url}#/entity/${ids['Dongpo District']}`)
  await page.getByTestId('delete-entity').click()
  const confirm = page.getByTestId('delete-entity-dialog')
  await expect(confirm).toContainText('Its 2 mentions keep their annotations but are unlinked')
  await app.screenshot('delete-entity-confirm-en')
  await confirm.getByRole('button', { name: 'Move to trash' }).click()

  // The Trash lists it; the registry no longer has it, its mentions are unlinked.
  const trashed = page.getByTestId('trash-entities')
  await expect(trashed).toContainText('Dongpo District')
  await expect(page.getByTestId('sidebar-entity-count')).toHaveText('6')
  const unlinked = await api.call<{ doc: { annotations: { entity: string | null }[] } }>('getArticle', { id: 'sample-4' })
  expect(unlinked.doc.annotations.map((a) => a.entity)).not.toContain(ids['Dongpo District'])
  await app.screenshot('trash-entity-en')

  await trashed.getByRole('button', { name: 'Restore “Dongpo District”' }).click()
  await expect(page.getByTestId('restored-notice')).toContainText('Dongpo District')
  await expect(page.getByTestId('sidebar-entity-count')).toHaveText('7')
  const entity = await api.call<{ entity: { mentionCount: number } }>('getEntity', { id: ids['Dongpo District'] })
  expect(entity.entity.mentionCount).toBe(2)
})

test('the new screens in the dark theme: selection, confirmation, details, trash', async ({ page }) => {
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.openSettings()
  await app.choose('theme', 'dark')
  await app.openLibrary()
  await app.row(FENGHE).locator('input[type=checkbox]').check()
  await expect(page.getByTestId('selection-bar')).toBeVisible()
  await app.screenshot('library-selection-en-dark')
  await page.getByTestId('selection-bar').getByRole('button', { name: 'Edit details…' }).click()
  await expect(page.getByTestId('details-dialog').getByLabel('Title')).toHaveValue(FENGHE)
  await app.screenshot('details-en-dark')
  await page.keyboard.press('Escape')
  await app.grid.focus()
  await page.keyboard.press('Delete')
  await app.screenshot('delete-confirm-en-dark')
  await page.getByTestId('delete-articles-dialog').getByRole('button', { name: 'Move to trash' }).click()
  await page.getByTestId('deleted-notice').getByRole('button', { name: 'Open Trash' }).click()
  await expect(page.getByTestId('trash-articles')).toContainText('Fenghe Promotes')
  await app.screenshot('trash-en-dark')
})

/** The rendered font size of an element, in px. */
const FONT_SIZE = new Function('el', 'return parseFloat(getComputedStyle(el).fontSize)') as (el: unknown) => number
const fontSize = (locator: Locator): Promise<number> => locator.evaluate(FONT_SIZE)

test('a plain text whose first line is a whole paragraph shows it as a smaller title', async ({ page }) => {
  const app = new AppDriver(page)
  const first =
    'The night market on Willow Lane reopened on Saturday after three months of repairs to its drains and lamps, ' +
    'and the stallholders who had waited since the spring floods said that trade on the first evening was better than they had hoped.'
  const file = join(server.tmp, 'willow-lane.txt')
  writeFileSync(file, `${first}\n\nThe district will review the lamps again in the autumn.\n`)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.row(LANXIA).click()
  const heading = page.locator('#article-title')
  const normalSize = await fontSize(heading)
  await app.openLibrary()
  await app.importAndOpen(file, 'The night market on Willow Lane')
  await expect(heading).toHaveText(first)
  const longSize = await fontSize(heading)
  expect(longSize).toBeLessThan(normalSize * 0.8)
  await expect(page.getByTestId('article-text')).toHaveText('The district will review the lamps again in the autumn.')
  await app.screenshot('reader-long-title-en')
})
