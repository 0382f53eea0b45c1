import { expect, test as base, type Page } from '@playwright/test'
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { NEWS_FILES, SONGMEI } from '../fixtures/news'
import { AppDriver, SCREENSHOTS } from './support/app'
import { REPO, startServer } from './support/server'

/** Each test gets its own `scriptorium serve` on a fresh archive (as browser.spec.ts does). */
const test = base.extend<{ app: AppDriver }>({
  app: async ({ page }, use) => {
    const server = await startServer()
    try {
      await page.goto(server.url)
      await use(new AppDriver(page))
    } finally {
      await server.stop()
    }
  }
})

/** Selects the nth occurrence of `needle` in the article text (kept as text: no DOM types here). */
const SELECT_SCRIPT = `([needle, nth]) => {
  const root = document.querySelector('[data-testid="article-text"]')
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let count = 0
  while (walker.nextNode()) {
    const node = walker.currentNode
    for (let i = node.data.indexOf(needle); i >= 0; i = node.data.indexOf(needle, i + 1)) {
      if (count++ !== nth) continue
      const range = document.createRange()
      range.setStart(node, i)
      range.setEnd(node, i + needle.length)
      const selection = getSelection()
      selection.removeAllRanges()
      selection.addRange(range)
      return true
    }
  }
  return false
}`

async function select(page: Page, needle: string, nth = 0): Promise<void> {
  // The previous tag clears its selection once saved: wait for that first.
  await expect(page.getByTestId('type-palette')).toBeHidden()
  expect(await page.evaluate(`(${SELECT_SCRIPT})(${JSON.stringify([needle, nth])})`)).toBe(true)
  await expect(page.getByTestId('type-palette')).toBeVisible()
}

/** Where the first occurrence of `needle` is on screen, scrolled into view (kept as text: no DOM types here). */
const BOX_SCRIPT = `(needle) => {
  const root = document.querySelector('[data-testid="article-text"]')
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const at = node.data.indexOf(needle)
    if (at < 0) continue
    node.parentElement.scrollIntoView({ block: 'center' })
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + needle.length)
    const box = range.getClientRects()[0]
    return { left: box.left, right: box.right, y: box.top + box.height / 2 }
  }
  return null
}`

/** Selects `needle` as a person does: a mouse drag across it. */
async function dragSelect(page: Page, needle: string): Promise<void> {
  await expect(page.getByTestId('type-palette')).toBeHidden()
  const box = (await page.evaluate(`(${BOX_SCRIPT})(${JSON.stringify(needle)})`)) as { left: number; right: number; y: number }
  await page.mouse.move(box.left + 1, box.y)
  await page.mouse.down()
  await page.mouse.move(box.right - 1, box.y, { steps: 6 })
  await page.mouse.up()
  await expect(page.getByTestId('type-palette')).toBeVisible()
}

const count = (page: Page, type: string) => page.getByTestId(`count-${type}`)

async function openSongmei(app: AppDriver): Promise<void> {
  await app.waitForLibrary()
  await app.importFiles(NEWS_FILES)
  await app.closeImport()
  await app.row(SONGMEI.titleStart).click()
  await expect(app.page.getByTestId('annotate-panel')).toBeVisible()
}

test('tag with the keyboard, link an entity, tag all occurrences, relate, undo/redo, reload', async ({ app }) => {
  const { page } = app
  await openSongmei(app)
  const text = page.getByTestId('article-text')
  const maQiuyunHere = ((await text.textContent()) ?? '').match(/\bMa Qiuyun\b/g)?.length ?? 0
  expect(maQiuyunHere).toBeGreaterThan(5)

  // "Gao Wenbin", selected with the mouse → PERSON with its shortcut key, then linked to a new entity with one Enter.
  await dragSelect(page, 'Gao Wenbin')
  await page.keyboard.press('p')
  await expect(count(page, 'PERSON')).toHaveText('1')
  const editor = page.getByTestId('annotation-editor')
  await expect(editor.locator('h2')).toHaveText('Gao Wenbin')
  const entity = page.getByTestId('entity-input')
  await entity.focus()
  await expect(page.getByRole('listbox')).toContainText('Create “Gao Wenbin”')
  await app.screenshot('annotate-editor-en')
  await entity.press('Enter')
  await expect(page.getByTestId('linked-entity')).toContainText('Gao Wenbin')
  // A mention retyped away from its entity's type says so; back to PERSON, the note goes.
  await expect(page.getByTestId('link-type-mismatch')).toHaveCount(0)
  await editor.locator('#annotation-type').selectOption('ORG')
  await expect(page.getByTestId('link-type-mismatch')).toContainText('This ORG mention links to a PERSON entity')
  await app.screenshot('annotate-link-mismatch-en')
  await editor.locator('#annotation-type').selectOption('PERSON')
  await expect(page.getByTestId('link-type-mismatch')).toHaveCount(0)

  // One "Ma Qiuyun" as PERSON, then every other one across the archive.
  await select(page, 'Ma Qiuyun')
  await page.keyboard.press('p')
  await expect(count(page, 'PERSON')).toHaveText('2')
  await page.getByTestId('tag-all').click()
  const dialog = page.getByTestId('tag-all-dialog')
  await dialog.getByRole('radio', { name: 'Whole archive' }).check()
  await expect(dialog.locator('.tag-all__summary')).toContainText('2 articles')
  const rows = dialog.locator('.kwic-row')
  await expect(rows.first()).toBeVisible()
  const found = await rows.count()
  expect(found).toBeGreaterThan(maQiuyunHere - 1)
  await expect(dialog.locator('.kwic__title').filter({ hasText: 'Ma Qiuyun’s name is known' }).first()).toBeVisible()
  await app.screenshot('annotate-tag-all-en')
  await page.getByTestId('tag-all-confirm').click()
  await expect(dialog).toBeHidden()
  const persons = 1 + maQiuyunHere
  await expect(count(page, 'PERSON')).toHaveText(String(persons))

  // A relation from Gao Wenbin to a Ma Qiuyun mention.
  await page.getByTestId('group-PERSON').getByRole('button', { name: 'Gao Wenbin' }).click()
  await page.getByTestId('add-relation').click()
  await text.locator('[data-ids]').filter({ hasText: 'Ma Qiuyun' }).nth(2).click()
  await page.getByTestId('relation-create').click()
  await page.getByRole('tab', { name: /Relations/ }).click()
  await expect(page.getByTestId('relation-list').locator('li')).toHaveCount(1)
  await expect(page.getByTestId('relation-arrows').locator('.relation')).toHaveCount(1)
  await page.getByRole('tab', { name: /Annotations/ }).click()
  await page.keyboard.press('Escape')
  await app.screenshot('annotate-reader-en')

  // Undo the relation and the tag-all; redo the tag-all.
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Undo: add relation/)
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Undo: tag all occurrences|Undo: tag several/)
  await page.keyboard.press('Control+z')
  await expect(count(page, 'PERSON')).toHaveText('2')
  await page.keyboard.press('Control+Shift+z')
  await expect(count(page, 'PERSON')).toHaveText(String(persons))

  await page.reload()
  await expect(count(page, 'PERSON')).toHaveText(String(persons))
  await expect(page.getByTestId('annotate-panel').locator('.ann-group')).toHaveCount(1)
  await page.getByRole('tab', { name: /Relations/ }).click()
  await expect(page.getByTestId('relation-list').locator('li')).toHaveCount(0)
  await page.getByRole('tab', { name: /Annotations/ }).click()
  await page.getByTestId('group-PERSON').getByRole('button', { name: 'Gao Wenbin' }).click()
  await expect(page.getByTestId('linked-entity')).toContainText('Gao Wenbin')
})

test('suggestion review and the reader in both languages', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  await openSongmei(app)
  for (const lang of ['en', 'zh-CN']) {
    if (lang === 'zh-CN') {
      const url = page.url()
      await app.openSettings()
      await app.choose('language', 'zh-CN')
      await page.goto(url)
      await expect(page.getByTestId('annotate-panel')).toBeVisible()
    }
    const [suggestionsTab, suggest] = lang === 'en' ? ['Suggestions', 'Suggest annotations'] : ['建议', '获取标注建议']
    if (lang === 'en') {
      // Nested spans: the title, and the organisation inside it.
      await select(page, 'secretary of the Municipal Party Committee')
      await page.keyboard.press('t')
      await expect(page.getByTestId('annotation-editor').locator('h2')).toHaveText('secretary of the Municipal Party Committee')
      await select(page, 'Municipal Party Committee')
      await page.keyboard.press('o')
      await expect(page.locator('.hl--stacked').first()).toBeVisible()
    }
    await page.getByRole('tab', { name: new RegExp(suggestionsTab) }).click()
    await page.getByRole('button', { name: suggest }).click()
    await expect(page.locator('.hl--suggested').first()).toBeVisible()
    await app.screenshot(`annotate-suggestions-${lang}`)
    // Rejections are remembered as one undo step (undone below, so they come back in the second language); accepting stores them.
    if (lang === 'en') await page.getByRole('button', { name: 'Reject all' }).first().click()
    else await page.getByTestId('accept-all').click()
    await expect(page.locator('.hl--suggested')).toHaveCount(0)
    await expect(page.getByTestId('suggestions-done')).toContainText(lang === 'en' ? 'You have reviewed all' : '已处理全部')
    if (lang === 'zh-CN') {
      await select(page, 'launching ceremony')
      await page.keyboard.press('e')
      await page.getByTestId('entity-input').fill('Launching ceremony of April 11')
      await app.screenshot('annotate-editor-zh-CN')
      await page.getByTestId('entity-input').press('Escape')
      await page.getByTestId('tag-all').click()
      await page.getByTestId('tag-all-dialog').getByRole('radio', { name: '整个文库' }).check()
      await expect(page.getByTestId('tag-all-dialog').locator('.tag-all__summary, .tag-all__empty')).toBeVisible()
      await app.screenshot('annotate-tag-all-zh-CN')
      await page.keyboard.press('Escape')
    }
    await page.keyboard.press('Escape')
    // en: the reader once all suggestions were rejected; zh-CN: accepted, so the reader is full.
    await app.screenshot(lang === 'en' ? 'annotate-reviewed-en' : 'annotate-reader-zh-CN')
    if (lang === 'en') {
      await page.getByTestId('undo').click()
      await expect(page.getByTestId('redo')).toHaveAttribute('title', /Redo: reject suggestion/)
      await expect(page.locator('.hl--suggested').first()).toBeVisible()
    }
  }
})

test('the menu’s Undo undoes typing while a text field has the focus, and the archive’s last change otherwise', async ({ app }) => {
  const { page } = app
  // Electron's menu bridge, stood in for: the test sends the commands the native menu would.
  await page.addInitScript(() => {
    const host = globalThis as unknown as { menu: unknown; menuSend?: (event: string) => void }
    host.menu = { on: (handler: (event: string) => void) => ((host.menuSend = handler), () => undefined) }
  })
  await page.reload()
  await openSongmei(app)
  const send = (event: string) => page.evaluate((name) => (globalThis as unknown as { menuSend: (event: string) => void }).menuSend(name), event)
  await select(page, 'Gao Wenbin')
  await page.keyboard.press('p')
  await expect(count(page, 'PERSON')).toHaveText('1')
  const note = page.getByTestId('annotation-editor').locator('textarea')
  await note.click()
  await page.keyboard.type('x')
  await expect(note).toHaveValue('x')
  await send('undo')
  await expect(note).toHaveValue('')
  await expect(count(page, 'PERSON')).toHaveText('1')
  await page.locator('#article-title').click()
  await send('undo')
  await expect(page.getByTestId('group-PERSON')).toHaveCount(0)
  await send('redo')
  await expect(count(page, 'PERSON')).toHaveText('1')
})

// The README shows the annotated reader (relation arrow, linked entity, side panel).
test.afterAll(() => {
  const shot = join(SCREENSHOTS, 'annotate-reader-en.png')
  if (existsSync(shot)) copyFileSync(shot, join(REPO, 'docs/screenshots/annotate.png'))
})

test('two windows on one article: each shows the other’s change at once, and tags on top of it', async ({ browser }) => {
  const server = await startServer()
  const context = await browser.newContext()
  try {
    const [first, second] = [await context.newPage(), await context.newPage()]
    await first.goto(server.url)
    await openSongmei(new AppDriver(first))
    // The second window opens the same article (its own token in the address, as the first had).
    await second.goto(`${server.url}${new URL(first.url()).hash}`)
    await expect(second.getByTestId('annotate-panel')).toBeVisible()

    await select(first, 'Gao Wenbin')
    await first.keyboard.press('p')
    await expect(count(first, 'PERSON')).toHaveText('1')
    // The second window follows the change feed: the tag is there without a reload.
    await expect(second.getByTestId('group-PERSON').getByRole('button', { name: 'Gao Wenbin' })).toBeVisible()
    await select(second, 'Ma Qiuyun')
    await second.keyboard.press('p')
    await expect(count(second, 'PERSON')).toHaveText('2')
    await expect(count(first, 'PERSON')).toHaveText('2')
  } finally {
    await context.close()
    await server.stop()
  }
})

test('linking mentions to an entity updates its mention count where links are offered', async ({ app }) => {
  const { page } = app
  await openSongmei(app)
  const entity = page.getByTestId('entity-input')
  const option = page.getByRole('listbox').getByRole('option', { name: /Ma Qiuyun/ }).first()
  // The first "Ma Qiuyun" becomes a new entity; the second links to it; the third sees both.
  for (let n = 0; n < 3; n++) {
    await select(page, 'Ma Qiuyun', n)
    await page.keyboard.press('p')
    await expect(page.getByTestId('annotation-editor').locator('h2')).toHaveText('Ma Qiuyun')
    await entity.focus()
    if (n === 0) {
      await expect(page.getByRole('listbox')).toContainText('Create “Ma Qiuyun”')
    } else {
      await expect(option).toContainText(n === 1 ? '1 mention' : '2 mentions')
      if (n === 2) await app.screenshot('annotate-link-en')
    }
    await entity.press('Enter')
    await expect(page.getByTestId('linked-entity')).toContainText('Ma Qiuyun')
    // The sidebar counts the entity created from the reader at once.
    await expect(page.getByTestId('sidebar-entity-count')).toHaveText('1')
  }
})
