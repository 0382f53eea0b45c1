import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import { test } from './support/app-test'
import { ApiClient } from './support/seed-entities'

/**
 * Tags on both columns of the translation editor, as a translator uses them: a Chinese
 * article (written here) and its English MT; a name tagged in the source with the reader's
 * letter key and linked to its entity; its English name projected onto the translation and
 * accepted (by click, and with Ctrl+Alt+A); words tagged in the text field with Ctrl+Alt+T and
 * with the floating palette; a tag kept in place while the text around it is edited; all of it
 * there after a reload; and the reader naming the version of each annotation.
 */

const TITLE = '柳溪镇启动老旧小区改造工程'
const ARTICLE = `${TITLE}

日期：2024年10月12日

来源：柳溪新闻网

10月11日，柳溪镇老旧小区改造工程正式启动。镇党委书记周明远出席启动仪式并讲话。

周明远表示，今年全镇将改造十二个小区，惠及三千多户居民。工程预计明年六月完工。

柳溪镇居民代表王秀兰说，大家期待已久。
`
const MT = `On October 11, the renovation project of old residential communities in Liuxi Town was officially launched. Zhou Mingyuan, secretary of the town Party committee, attended the launching ceremony and delivered a speech.

Zhou Mingyuan said that this year the town will renovate 12 communities, benefiting more than 3,000 households. The project is expected to be completed in June next year.

Wang Xiulan, a representative of Liuxi Town residents, said that everyone has been looking forward to it.
`

const rows = (page: Page) => page.getByTestId('segment-row')
const sourceOf = (row: Locator) => row.getByTestId('segment-source')
const targetOf = (row: Locator) => row.getByTestId('segment-target')
/** Real annotations drawn in a cell (not projected mentions). */
const tagsIn = (cell: Locator) => cell.locator('.tr-marked .hl[data-ids]')
const projectedIn = (cell: Locator) => cell.locator('.tr-marked [data-projected]')

/**
 * In the page: selects `word` in an element's text as a person would with the mouse. Written
 * as text (these tests compile without DOM types) and made a function the page can run.
 */
const SELECT_WORDS = new Function(
  'element',
  'word',
  `const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(word)
    if (at < 0) continue
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + word.length)
    const selection = window.getSelection()
    selection.removeAllRanges()
    selection.addRange(range)
    return true
  }
  return false`
) as (element: unknown, word: string) => boolean
/** In the page: selects `word` in a text field, with the events the browser sends for a mouse selection. */
const SELECT_IN_FIELD = new Function(
  'field',
  'word',
  `const at = field.value.indexOf(word)
  field.focus()
  field.setSelectionRange(at, at + word.length)
  field.dispatchEvent(new Event('select'))
  field.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  return at >= 0`
) as (field: unknown, word: string) => boolean

/** In the page: the styles that lay out an element's text, which the field and its mirror must share. */
const TEXT_LAYOUT = new Function(
  'element',
  `const style = getComputedStyle(element)
  const names = ['fontFamily', 'fontSize', 'fontWeight', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textIndent', 'whiteSpace', 'paddingLeft', 'paddingTop', 'borderLeftWidth', 'borderTopWidth']
  return names.map((name) => name + ': ' + style[name])`
) as (element: unknown) => string[]

async function layoutOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate(TEXT_LAYOUT)
}

async function selectWords(cell: Locator, word: string): Promise<void> {
  expect(await cell.evaluate(SELECT_WORDS, word)).toBe(true)
}

async function selectInField(field: Locator, word: string): Promise<void> {
  expect(await field.evaluate(SELECT_IN_FIELD, word)).toBe(true)
}

/** Links the annotation open in the tag editor to an entity of the registry, by name. */
async function linkTo(page: Page, name: string): Promise<void> {
  const popover = page.getByTestId('tag-popover')
  await popover.getByTestId('entity-input').fill(name.split(' ')[0]!)
  await popover.getByRole('option', { name: new RegExp(name) }).click()
  await expect(popover.getByTestId('linked-entity')).toContainText(name)
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
}

async function openEditor(page: Page): Promise<void> {
  await page.locator('input[name="reader-mode"][value="translate"]').check()
  await expect(page.getByTestId('translate-editor')).toBeVisible()
  await expect(rows(page)).toHaveCount(5)
}

test('tag both columns, accept projected names, keep tags while editing, reload; the reader names each version', async ({ app, server, request }) => {
  const { page } = app
  const api = new ApiClient(request, server.url)
  await api.call('createEntity', { type: 'PERSON', name: 'Zhou Mingyuan', names: { zh: '周明远', en: 'Zhou Mingyuan' } })
  await api.call('createEntity', { type: 'PLACE', name: 'Liuxi Town', names: { zh: '柳溪镇', en: 'Liuxi Town' } })
  await app.waitForLibrary()
  const file = join(server.tmp, 'liuxi-renovation.txt')
  writeFileSync(file, ARTICLE)
  await app.importAndOpen(file, TITLE)
  await app.addTranslation(MT, 'TestMT')
  await expect(rows(page)).toHaveCount(5)
  const [first, second, third, , fifth] = [0, 1, 2, 3, 4].map((i) => rows(page).nth(i))

  // The source side: words selected in a read-only cell are tagged with the reader's letter key.
  await selectWords(sourceOf(second!), '周明远')
  await expect(page.getByTestId('type-palette')).toBeVisible()
  await page.keyboard.press('p')
  await expect(tagsIn(sourceOf(second!))).toHaveText(['周明远'])
  // The tag editor opens beside it, naming the version; link the mention to its entity.
  const popover = page.getByTestId('tag-popover')
  await expect(popover.getByTestId('annotation-version')).toHaveText('Chinese · original')
  await linkTo(page, 'Zhou Mingyuan')
  // Selecting words must not open the row's editor.
  await expect(page.getByTestId('segment-editor')).toHaveCount(0)

  // Its English name is projected onto the aligned translation: dashed, with where it comes from.
  const projected = projectedIn(targetOf(second!))
  await expect(projected).toHaveText(['Zhou Mingyuan'])
  await expect(projected).toHaveAttribute('data-label', 'Projected from the original: Zhou Mingyuan — PERSON')
  await projected.click()
  const card = page.getByTestId('projection-card')
  await expect(card).toContainText('Projected from the original: Zhou Mingyuan — PERSON')
  await card.getByTestId('accept-projection').click()
  await expect(tagsIn(targetOf(second!))).toHaveText(['Zhou Mingyuan'])
  await expect(projected).toHaveCount(0)
  await expect(page.getByTestId('tag-status')).toHaveText('Tagged “Zhou Mingyuan” as PERSON, linked to Zhou Mingyuan')
  // Accepting is one undoable step.
  await page.keyboard.press('Control+z')
  await expect(projected).toHaveText(['Zhou Mingyuan'])
  await expect(tagsIn(targetOf(second!))).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(tagsIn(targetOf(second!))).toHaveText(['Zhou Mingyuan'])

  // The target side, in the text field: Ctrl+Alt+T opens the palette for the selected words.
  await first!.click()
  const field = page.getByTestId('segment-editor')
  await expect(field).toBeFocused()
  await selectInField(field, 'Liuxi Town')
  await field.press('Control+Alt+t')
  const menu = page.getByTestId('type-menu')
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: /PLACE/ }).click()
  await expect(page.getByTestId('row-tag')).toHaveText(['PLACELiuxi Town'])
  await expect(page.locator('.tr-field__marks .hl[data-ids]')).toHaveText(['Liuxi Town'])
  await expect(field).toBeFocused()
  // Typing before the tag moves it along; once confirmed it is still on the same words.
  await field.press('Control+Home')
  await page.keyboard.type('Yesterday: ')
  await expect(page.locator('.tr-field__marks .hl[data-ids]')).toHaveText(['Liuxi Town'])
  await field.press('Control+Enter')
  await expect(first!).toHaveAttribute('data-status', 'translated')
  await expect(tagsIn(targetOf(first!))).toHaveText(['Liuxi Town'])
  await expect(targetOf(first!)).toContainText('Yesterday: On October 11')

  // The floating palette for words selected with the mouse in the field.
  await fifth!.click()
  await selectInField(field, 'Wang Xiulan')
  await page.getByTestId('type-palette').getByRole('button', { name: /PERSON/ }).click()
  await expect(page.getByTestId('row-tag')).toHaveText(['PERSONWang Xiulan'])
  // The new tag opens in the tag editor beside it: Esc closes that first, then leaves the row.
  await expect(popover.getByTestId('annotation-version')).toHaveText('English · machine translation (TestMT)')
  await field.press('Escape')
  await expect(popover).toBeHidden()
  await expect(field).toBeFocused()
  await field.press('Escape')
  await expect(tagsIn(targetOf(fifth!))).toHaveText(['Wang Xiulan'])

  // Ctrl+Alt+A in the field accepts the row's first projected mention.
  await selectWords(sourceOf(third!), '周明远')
  await page.keyboard.press('p')
  await linkTo(page, 'Zhou Mingyuan')
  await expect(projectedIn(targetOf(third!))).toHaveText(['Zhou Mingyuan'])
  await third!.click()
  await expect(page.getByTestId('row-projected')).toHaveText(['PERSONZhou Mingyuan'])
  await field.press('Control+Alt+a')
  await expect(page.getByTestId('row-tag')).toHaveText(['PERSONZhou Mingyuan'])
  await expect(page.getByTestId('row-projected')).toHaveCount(0)
  await field.press('Escape')
  await field.press('Escape')
  await expect(field).toHaveCount(0)

  // A projection left open for the screenshots: the place in the last row.
  await selectWords(sourceOf(fifth!), '柳溪镇')
  await page.keyboard.press('l')
  await linkTo(page, 'Liuxi Town')
  await expect(projectedIn(targetOf(fifth!))).toHaveText(['Liuxi Town'])
  // Clicking a tag opens it; Delete removes it, and undo brings it back.
  await tagsIn(targetOf(fifth!)).click()
  await expect(popover.getByTestId('annotation-version')).toHaveText('English · machine translation (TestMT)')
  await expect(field).toHaveCount(0)
  await page.keyboard.press('Delete')
  await expect(tagsIn(targetOf(fifth!))).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(tagsIn(targetOf(fifth!))).toHaveText(['Wang Xiulan'])

  // The shortcut help lists the tagging keys.
  await page.keyboard.press('?')
  await expect(page.getByTestId('shortcut-help')).toContainText('Accept the segment’s first projected mention')
  await expect(page.getByTestId('shortcut-help')).toContainText('Tag the selected words of the translation field')
  await page.keyboard.press('Escape')

  await projectedIn(targetOf(fifth!)).hover()
  await app.screenshot('translate-annotations-en-light')

  // Reload: every tag is still there, on both sides.
  await page.reload()
  await expect(page.getByTestId('article-text')).toBeVisible()
  await openEditor(page)
  await expect(tagsIn(sourceOf(second!))).toHaveText(['周明远'])
  await expect(tagsIn(targetOf(second!))).toHaveText(['Zhou Mingyuan'])
  await expect(tagsIn(targetOf(first!))).toHaveText(['Liuxi Town'])
  await expect(tagsIn(targetOf(third!))).toHaveText(['Zhou Mingyuan'])
  await expect(tagsIn(targetOf(fifth!))).toHaveText(['Wang Xiulan'])
  await expect(projectedIn(targetOf(fifth!))).toHaveText(['Liuxi Town'])

  // The open row's source shows its tags under the glossary's underlines; a click on a tag opens it.
  await second!.click()
  const openSource = page.getByTestId('active-source')
  const term = openSource.getByTestId('glossary-term').filter({ hasText: '周明远' })
  await expect(term).toHaveAttribute('title', '周明远 → Zhou Mingyuan')
  await expect(tagsIn(openSource)).toHaveText(['周明远'])
  await expect(openSource).toHaveText('镇党委书记周明远出席启动仪式并讲话。')
  await expect(term.locator('.hl[data-ids]')).toBeVisible()
  await app.screenshot('translate-annotations-open-source-en-light')
  await term.locator('.hl[data-ids]').click()
  await expect(popover.getByTestId('annotation-version')).toHaveText('Chinese · original')
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(openSource).toBeVisible()
  // Words selected there are tagged as in any other cell (one undo step).
  await selectWords(openSource, '镇党委')
  await expect(page.getByTestId('type-palette')).toBeVisible()
  await page.keyboard.press('l')
  await expect(tagsIn(openSource)).toHaveText(['镇党委', '周明远'])
  await expect(popover.getByTestId('annotation-version')).toHaveText('Chinese · original')
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await page.keyboard.press('Control+z')
  await expect(tagsIn(openSource)).toHaveText(['周明远'])
  // Ctrl+Alt+T with no words selected: the menu says to select some; Esc closes it and the row stays open.
  await field.focus()
  await field.press('Control+Alt+t')
  await expect(page.getByTestId('type-menu')).toContainText('Select')
  await field.press('Escape')
  await expect(page.getByTestId('type-menu')).toBeHidden()
  await expect(field).toBeFocused()
  await field.press('Escape')
  await expect(field).toHaveCount(0)

  // The reader names each annotation's version, in the list and in the editor.
  await page.locator('input[name="reader-mode"][value="read"]').check()
  await expect(page.getByTestId('article-text')).toBeVisible()
  const versions = page.getByTestId('annotation-row-version')
  await expect(versions.filter({ hasText: 'Chinese · original' })).toHaveCount(3)
  await expect(versions.filter({ hasText: 'English · MT' })).toHaveCount(4)
  await expect(versions.filter({ hasText: 'English · MT' }).first()).toHaveAttribute('title', 'English · machine translation (TestMT)')
  // Choosing an annotation of the translation shows the translation, and names it.
  await page.locator('.ann-row').filter({ hasText: 'Wang Xiulan' }).click()
  await expect(page.getByTestId('annotation-editor').getByTestId('annotation-version')).toHaveText('English · machine translation (TestMT)')
  await expect(page.getByTestId('article-text').locator('.hl[aria-current="true"]')).toHaveText('Wang Xiulan')
  await app.screenshot('translate-annotations-reader-en-light')

  // Screenshots in Chinese, dark.
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await app.row(TITLE).click()
  await openEditor(page)
  await first!.click()
  await expect(page.getByTestId('row-tag')).toHaveText(['PLACELiuxi Town'])
  // The tags behind the field sit under their words: the mirror lays its text out as the field does, in a Chinese interface too.
  expect(await layoutOf(page, '.tr-field__marks')).toEqual(await layoutOf(page, '[data-testid="segment-editor"]'))
  await app.screenshot('translate-annotations-zh-CN-dark-field')
  await page.getByTestId('segment-editor').press('Escape')
  await projectedIn(targetOf(fifth!)).click()
  await expect(page.getByTestId('projection-card')).toContainText('从原文投射：Liuxi Town — PLACE')
  await app.screenshot('translate-annotations-zh-CN-dark')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('projection-card')).toBeHidden()
  await page.locator('input[name="reader-mode"][value="read"]').check()
  await expect(page.getByTestId('annotation-row-version').filter({ hasText: '中文 · 原文' })).toHaveCount(3)
  await expect(page.getByTestId('annotation-row-version').filter({ hasText: '英语 · 机译' })).toHaveCount(4)
  await page.locator('.ann-row').filter({ hasText: 'Zhou Mingyuan' }).first().click()
  await expect(page.getByTestId('annotation-editor').getByTestId('annotation-version')).toHaveText('英语 · 机器翻译（TestMT）')
  await app.screenshot('translate-annotations-reader-zh-CN-dark')
})
