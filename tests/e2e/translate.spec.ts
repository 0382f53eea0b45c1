import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { test } from './support/app-test'
import type { AppDriver } from './support/app'

/**
 * The translation workbench, as a translator uses it: a Chinese article (written here), its
 * English machine translation added from the reader, segments confirmed with the keyboard,
 * a doubled word found by QA and fixed, the MT → target diff and the effort seen, and all of
 * it still there after a reload. Screenshots of the editor in both languages and themes.
 */

const TITLE = '青禾镇举办首届“稻香节”农产品展销会'
const ARTICLE = `${TITLE}

日期：2024年9月21日

来源：青禾新闻网

9月20日，青禾镇在镇文化广场举办首届“稻香节”农产品展销会。来自全镇十二个村的八十多家合作社参加了展销。

镇长林晓东在开幕式上表示，今年全镇水稻种植面积达到三万五千亩，比去年增长百分之六点五。展销会为期三天，预计销售额将超过两千万元。

现场还举办了插秧比赛和农耕文化展览，吸引了许多市民前来参观。
`
const DOUBLED = 'More than 80 cooperatives from the the 12 villages of the town took part in the exhibition.'
const FIXED = 'More than 80 cooperatives from the 12 villages of the town took part in the fair.'
const MT = `On September 20, Qinghe Town held the first "Rice Fragrance Festival" agricultural products exhibition and sale at the town cultural square. ${DOUBLED}

Town mayor Lin Xiaodong said at the opening ceremony that this year the rice planting area of the whole town reached 35,000 mu, an increase of 6.5% over last year. The exhibition lasts three days, and sales are expected to exceed 20 million yuan.

The scene also held a rice transplanting competition and a farming culture exhibition, attracting many citizens to visit.
`

const rows = (page: Page) => page.getByTestId('segment-row')
const rowWith = (page: Page, text: string) => rows(page).filter({ hasText: text })

async function openArticle(app: AppDriver): Promise<void> {
  await app.row(TITLE).click()
  await expect(app.page.getByTestId('article-text')).toBeVisible()
}

/** From the reader: the Translate side of the Read | Translate switch. */
async function openEditor(page: Page): Promise<void> {
  await page.locator('input[name="reader-mode"][value="translate"]').check()
  await expect(page.getByTestId('translate-editor')).toBeVisible()
  await expect(rows(page)).toHaveCount(5)
}

test('add an MT, confirm with the keyboard, fix a doubled word, see the diff and the effort, reload', async ({ app, server }) => {
  const { page } = app
  await app.waitForLibrary()
  const file = join(server.tmp, 'qinghe-rice-festival.txt')
  writeFileSync(file, ARTICLE)
  await app.importFiles([file])
  await app.closeImport()
  await openArticle(app)
  // In the reader too, ? opens the shortcut help.
  await page.keyboard.press('?')
  await expect(page.getByTestId('shortcut-help')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcut-help')).toBeHidden()
  await expect(page.getByTestId('article-text')).toBeVisible()

  // Add the English machine translation from the reader.
  await page.getByTestId('add-translation').click()
  const dialog = page.getByTestId('add-translation-dialog')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('translation-lang')).toHaveValue('en')
  await page.getByTestId('translation-text').fill(MT)
  await page.getByTestId('translation-engine').fill('TestMT')
  await app.screenshot('translate-add-en-light')
  await page.getByTestId('add-translation-submit').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('translate-editor')).toBeVisible()
  await expect(rows(page)).toHaveCount(5)
  await expect(page.getByTestId('translate-engine')).toContainText('TestMT')
  await expect(rows(page).first().getByTestId('segment-source')).toContainText('9月20日')
  await expect(rows(page).first().getByTestId('segment-target')).toContainText('On September 20')
  await expect(page.getByTestId('translate-progress')).toContainText('0 of 5 confirmed')

  // QA finds the doubled word.
  const doubled = page.getByTestId('qa-finding').and(page.locator('[data-check="doubled-word"]'))
  await expect(doubled).toHaveCount(1)
  await app.screenshot('translate-editor-en-light-start')

  // Confirm the first segment with Ctrl+Enter: it becomes translated, the next one opens.
  await rows(page).first().click()
  const editor = page.getByTestId('segment-editor')
  await expect(editor).toBeFocused()
  await editor.press('Control+Enter')
  await expect(rows(page).first()).toHaveAttribute('data-status', 'translated')
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(editor).toHaveValue(DOUBLED)

  // Fix the doubled word by typing, then confirm.
  await page.waitForTimeout(1200)
  await editor.press('Control+a')
  await page.keyboard.type(FIXED, { delay: 8 })
  await editor.press('Control+Enter')
  await expect(rows(page).nth(1)).toHaveAttribute('data-status', 'translated')
  await expect(rows(page).nth(1).getByTestId('segment-target')).toHaveText(FIXED)
  await expect(doubled).toHaveCount(0)
  await expect(rows(page).nth(1).getByTestId('segment-hter')).toBeVisible()
  await expect(rows(page).nth(1).getByTestId('segment-origin')).toContainText('post-edited')

  // Ctrl+Shift+Enter skips to the next unconfirmed segment without confirming this one.
  await expect(rows(page).nth(2)).toHaveAttribute('aria-selected', 'true')
  await editor.press('Control+Enter')
  await expect(rows(page).nth(2)).toHaveAttribute('data-status', 'translated')
  await expect(rows(page).nth(3)).toHaveAttribute('aria-selected', 'true')
  await editor.press('Control+Shift+Enter')
  await expect(rows(page).nth(4)).toHaveAttribute('aria-selected', 'true')
  await expect(rows(page).nth(3)).toHaveAttribute('data-status', 'initial')
  // Ctrl+Shift+S puts the source in the field; the field's own undo takes it back (nothing saved yet).
  await editor.press('Control+Shift+S')
  await expect(editor).toHaveValue('现场还举办了插秧比赛和农耕文化展览，吸引了许多市民前来参观。')
  await editor.press('Control+z')
  await expect(editor).toHaveValue(/^The scene also held/)
  // Confirming a translated segment again makes it reviewed.
  await rows(page).first().click()
  await editor.press('Control+Enter')
  await expect(rows(page).first()).toHaveAttribute('data-status', 'reviewed')
  await editor.press('Escape')
  await expect(page.getByTestId('translate-progress')).toContainText('3 of 5 confirmed')

  // The effort of the article: HTER and active time.
  await expect(page.getByTestId('article-hter')).not.toHaveText('—')
  await expect(page.getByTestId('article-seconds')).toHaveText(/[1-9]/)
  await expect(page.getByTestId('article-edited')).toHaveText('1')

  // The diff of MT → target: "the " removed, "fair" added.
  await page.getByTestId('toggle-diff').click()
  const diff = rows(page).nth(1).getByTestId('segment-diff')
  await expect(diff.locator('del').first()).toBeVisible()
  await expect(diff.locator('ins')).toContainText(['fair'])
  await app.screenshot('translate-editor-en-light')

  // Filters: by status.
  await page.getByTestId('status-filter-initial').click()
  await expect(rows(page)).toHaveCount(2)
  await page.getByTestId('status-filter-initial').click()
  await expect(rows(page)).toHaveCount(5)

  // The shortcut help lists the editor's keys.
  await page.keyboard.press('?')
  await expect(page.getByTestId('shortcut-help')).toContainText('Confirm the segment and go to the next')
  await app.screenshot('translate-shortcuts-en-light')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcut-help')).toBeHidden()

  // Undo takes the last change back (the reviewed status of the first segment), redo restores it.
  await page.keyboard.press('Control+z')
  await expect(rows(page).first()).toHaveAttribute('data-status', 'translated')
  await page.keyboard.press('Control+Shift+z')
  await expect(rows(page).first()).toHaveAttribute('data-status', 'reviewed')

  // Reload: everything is still there.
  await page.reload()
  await expect(page.getByTestId('article-text')).toBeVisible()
  await openEditor(page)
  await expect(rows(page).first()).toHaveAttribute('data-status', 'reviewed')
  await expect(rows(page).nth(1)).toHaveAttribute('data-status', 'translated')
  await expect(rows(page).nth(1).getByTestId('segment-target')).toHaveText(FIXED)
  await expect(rows(page).nth(2)).toHaveAttribute('data-status', 'translated')
  await expect(rows(page).nth(3)).toHaveAttribute('data-status', 'initial')
  await expect(page.getByTestId('article-hter')).not.toHaveText('—')
  await expect(page.getByTestId('article-seconds')).toHaveText(/[1-9]/)
  await page.getByTestId('toggle-diff').click()
  await expect(rows(page).nth(1).getByTestId('segment-diff').locator('ins')).toContainText(['fair'])
  // The fixed segment no longer has the finding; the diff still shows the MT's doubled word struck through.
  await expect(page.getByTestId('qa-panel')).toBeVisible()
  await expect(page.getByTestId('qa-finding').and(page.locator('[data-check="doubled-word"]'))).toHaveCount(0)
  await expect(rows(page).nth(1).getByTestId('segment-diff').locator('del')).toContainText(['the'])

  // Screenshots: both languages, both themes (the editor opened again after each change).
  for (const [lng, theme] of [
    ['en', 'dark'],
    ['zh-CN', 'dark'],
    ['zh-CN', 'light']
  ] as const) {
    await app.openSettings()
    await app.choose('language', lng)
    await app.choose('theme', theme)
    await app.openLibrary()
    await openArticle(app)
    await openEditor(page)
    await page.getByTestId('toggle-diff').click()
    await rows(page).nth(3).click()
    await expect(page.getByTestId('segment-editor')).toBeFocused()
    await app.screenshot(`translate-editor-${lng}-${theme}`)
    await page.getByTestId('segment-editor').press('Escape')
  }
})

test('mark an article’s own text as machine translation and post-edit it without a source', async ({ app, server }) => {
  const { page } = app
  await app.waitForLibrary()
  const file = join(server.tmp, 'mt-only.txt')
  writeFileSync(file, `Qinghe rice festival opens\n\n${MT}`)
  await app.importFiles([file])
  await app.closeImport()
  await app.row('Qinghe rice festival opens').click()
  await expect(page.getByTestId('article-text')).toBeVisible()

  await page.getByTestId('add-translation').click()
  await page.locator('input[name="translation-mode"][value="mark"]').check()
  await page.getByTestId('translation-engine').fill('TestMT')
  await page.getByTestId('add-translation-submit').click()
  await expect(page.getByTestId('translate-editor')).toBeVisible()
  await expect(page.getByTestId('segment-source')).toHaveCount(0)
  const doubledRow = rowWith(page, 'the the')
  await expect(doubledRow).toHaveCount(1)
  await doubledRow.click()
  const editor = page.getByTestId('segment-editor')
  await editor.fill(FIXED)
  await editor.press('Control+Enter')
  await expect(rowWith(page, FIXED)).toHaveAttribute('data-status', 'translated')
  // The MT stays beside the post-edit as reference; Restore MT brings it back into the field.
  await rowWith(page, FIXED).click()
  await editor.press('Control+Shift+m')
  await expect(editor).toHaveValue(DOUBLED)
  await editor.press('Control+z')
  await expect(editor).toHaveValue(FIXED)
  await editor.press('Escape')

  // Split a segment at the cursor, then merge it back with the next.
  const mayor = rowWith(page, 'Town mayor Lin Xiaodong')
  await mayor.click()
  const at = 'Town mayor Lin Xiaodong said at the opening ceremony'.length
  await editor.evaluate((el, offset) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(offset, offset), at)
  await page.getByTestId('split-segment').click()
  await expect(rows(page)).toHaveCount(6)
  await rowWith(page, 'Town mayor Lin Xiaodong').click()
  await expect(editor).toHaveValue('Town mayor Lin Xiaodong said at the opening ceremony')
  await page.getByTestId('merge-segment').click()
  await expect(rows(page)).toHaveCount(5)
  await editor.press('Escape')
  await app.screenshot('translate-monolingual-en-light')
})
