import { expect, test as base, type Browser, type Page } from '@playwright/test'
import { AppDriver } from './support/app'
import { startServer, type Server } from './support/server'

/**
 * Several windows on one archive: two tabs of one browser against one `scriptorium serve`
 * (in Electron, the same change feed travels over IPC instead of Server-Sent Events).
 */
const test = base.extend<{ server: Server }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer()
    try {
      await use(server)
    } finally {
      await server.stop()
    }
  }
})

const ARTICLE = 'Lanxia Launches'

/** Selects the first occurrence of `needle` in the article text (kept as text: no DOM types here). */
const SELECT_SCRIPT = `(needle) => {
  const root = document.querySelector('[data-testid="article-text"]')
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const at = node.data.indexOf(needle)
    if (at < 0) continue
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + needle.length)
    getSelection().removeAllRanges()
    getSelection().addRange(range)
    return true
  }
  return false
}`

async function openTab(browser: Browser, server: Server, options: { withoutFeed?: boolean } = {}): Promise<AppDriver> {
  const page = await browser.newPage()
  // A tab that misses the feed (as one whose change arrives late): its view goes stale.
  if (options.withoutFeed) await page.route('**/api/events', (route) => route.abort())
  await page.goto(server.url)
  const app = new AppDriver(page)
  await app.waitForLibrary()
  return app
}

async function openArticle(app: AppDriver): Promise<void> {
  await app.row(ARTICLE).click()
  await expect(app.page.getByTestId('annotate-panel')).toBeVisible()
}

/** Tags `needle` with the type's shortcut key. */
async function tag(page: Page, needle: string, key: string): Promise<void> {
  await expect(page.getByTestId('type-palette')).toBeHidden()
  expect(await page.evaluate(`(${SELECT_SCRIPT})(${JSON.stringify(needle)})`)).toBe(true)
  await expect(page.getByTestId('type-palette')).toBeVisible()
  await page.keyboard.press(key)
  await expect(page.getByTestId('type-palette')).toBeHidden()
}

const count = (page: Page, type: string) => page.getByTestId(`count-${type}`)
const libraryCount = (app: AppDriver) => app.row(ARTICLE).locator('.table__cell--numeric')

test('a tag made in one tab appears in the other without a reload, and the library counts follow', async ({ browser, server }) => {
  const a = await openTab(browser, server)
  const b = await openTab(browser, server)
  await expect(libraryCount(a)).toHaveText('0')

  await openArticle(b)
  await tag(b.page, 'Lanxia City', 'l')
  await expect(count(b.page, 'PLACE')).toHaveText('1')
  // A, on the library, sees the count change.
  await expect(libraryCount(a)).toHaveText('1')

  // A opens the article; B tags again: A shows it at once, with B's step as A's undo label.
  await openArticle(a)
  await tag(b.page, 'Jinghe Square', 'l')
  await expect(count(a.page, 'PLACE')).toHaveText('2')
  await expect(a.page.getByTestId('article-text').locator('[data-ids]').filter({ hasText: 'Jinghe Square' })).toHaveCount(1)
  await expect(a.page.getByTestId('undo')).toContainText('tag “Jinghe Square” as PLACE')

  // A undoes what it shows as the last step; B follows.
  await a.page.getByTestId('undo').click()
  await expect(count(b.page, 'PLACE')).toHaveText('1')
  await b.openLibrary()
  await expect(libraryCount(b)).toHaveText('1')
})

test('a write against a revision the tab never showed is refused, says so, shows the latest, never "Saved"', async ({ browser, server }) => {
  const a = await openTab(browser, server, { withoutFeed: true })
  const b = await openTab(browser, server)
  await openArticle(a)
  await tag(a.page, 'Lanxia City', 'l')
  await openArticle(b)
  await expect(count(b.page, 'PLACE')).toHaveText('1')

  // B tags something else; A, missing the feed, edits its tag's note: refused, the note kept in
  // the field as "Not saved", the view read again; leaving the field again stores it.
  await tag(b.page, 'Baituo District', 'l')
  await a.page.getByTestId('group-PLACE').getByRole('button', { name: 'Lanxia City' }).click()
  const note = a.page.locator('#annotation-note')
  await note.fill('Prefecture-level city')
  await note.blur()
  const error = a.page.getByTestId('annotate-error')
  await expect(error).toContainText('changed in another window')
  await expect(a.page.locator('.field__status')).toHaveText('Not saved')
  await expect(note).toHaveValue('Prefecture-level city')
  await expect(count(a.page, 'PLACE')).toHaveText('2')
  await a.screenshot('live-note-not-saved-en')
  await note.focus()
  await note.blur()
  await expect(a.page.locator('.field__status')).toHaveText('Saved')
  await b.page.getByTestId('group-PLACE').getByRole('button', { name: 'Lanxia City' }).click()
  await expect(b.page.locator('#annotation-note')).toHaveValue('Prefecture-level city')
  await b.page.keyboard.press('Escape')

  // B deletes A's tag; A (missing the feed) still shows it and edits its note again.
  await b.page.getByTestId('group-PLACE').getByRole('button', { name: 'Lanxia City' }).click()
  await b.page.keyboard.press('Delete')

  await expect(b.page.getByTestId('group-PLACE').getByRole('button', { name: 'Lanxia City' })).toHaveCount(0)
  await note.fill('Seat of the city government')
  await note.blur()
  await expect(error).toContainText('changed in another window')
  await expect(error).not.toContainText(/\bn_[0-9a-f]{16}\b/)
  await expect(a.page.getByText('Saved', { exact: true })).toHaveCount(0)
  // The view was read again: the tag B deleted is gone from A too.
  await expect(a.page.getByTestId('group-PLACE').getByRole('button', { name: 'Lanxia City' })).toHaveCount(0)
  await a.screenshot('live-stale-write-en')

  // An undo from the stale tab is refused the same way, and reverses nothing it did not show.
  await a.page.getByTestId('annotate-error').getByRole('button').click()
  await tag(b.page, 'Jinghe Square', 'l')
  await expect(a.page.getByTestId('undo')).toBeEnabled()
  await a.page.getByTestId('undo').click()
  await expect(error).toContainText('changed in another window')
  await expect(count(a.page, 'PLACE')).toHaveText('2')
  await expect(count(b.page, 'PLACE')).toHaveText('2')
})

test('undo names the step it will undo, in English and Chinese', async ({ browser, server }) => {
  const app = await openTab(browser, server)
  await openArticle(app)
  await tag(app.page, 'Lanxia City', 'l')
  const undo = app.page.getByTestId('undo')
  await expect(undo).toContainText('tag “Lanxia City” as PLACE')
  await expect(undo).toHaveAttribute('title', 'Undo: tag “Lanxia City” as PLACE (Ctrl+Z)')
  await app.screenshot('live-undo-label-en')
  await app.page.keyboard.press('Control+z')
  await expect(app.page.getByTestId('annotate-status')).toHaveText('Undone: tag “Lanxia City” as PLACE')
  await expect(app.page.getByTestId('redo')).toHaveAttribute('title', 'Redo: tag “Lanxia City” as PLACE (Ctrl+Shift+Z)')

  await app.openSettings()
  await app.choose('language', 'zh-CN')
  await app.openLibrary()
  await openArticle(app)
  await tag(app.page, 'Jinghe Square', 'l')
  await expect(undo).toContainText('将“Jinghe Square”标注为 PLACE')
  await app.screenshot('live-undo-label-zh-CN')
})

test('a note typed just before a reload is kept', async ({ browser, server }) => {
  const app = await openTab(browser, server)
  await openArticle(app)
  await tag(app.page, 'Lanxia City', 'l')
  const note = app.page.locator('#annotation-note')
  await note.fill('Prefecture-level city')
  // No pause, no blur: the page goes away at once.
  await app.page.reload()
  await expect(app.page.getByTestId('annotate-panel')).toBeVisible()
  await app.page.getByTestId('group-PLACE').getByRole('button', { name: 'Lanxia City' }).click()
  await expect(app.page.locator('#annotation-note')).toHaveValue('Prefecture-level city')
})

test('the token survives a reload and a new tab; a tab without one says how to get one', async ({ browser, server }) => {
  const app = await openTab(browser, server)
  // The token left the address bar, but the tab keeps it.
  expect(app.page.url()).not.toContain('token=')
  await app.page.reload()
  await app.waitForLibrary()
  const [opened] = await Promise.all([app.page.context().waitForEvent('page'), app.page.evaluate('window.open(location.href)')])
  await new AppDriver(opened!).waitForLibrary()

  const stranger = await browser.newPage()
  await stranger.goto(new URL('/', server.url).href)
  await expect(stranger.locator('body')).toContainText('no access key')
  await expect(stranger.locator('body')).not.toContainText('expired')
})

test('the tabs of one browser share one event stream; when its tab closes, another takes over', async ({ browser, server }) => {
  const context = await browser.newContext()
  try {
    let streams = 0
    context.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/events') streams++
    })
    const first = await context.newPage()
    await first.goto(server.url)
    await new AppDriver(first).waitForLibrary()
    const second = new AppDriver(await context.newPage())
    await second.page.goto(server.url)
    await second.waitForLibrary()
    // A browser keeps six connections to a host: one stream per tab would starve requests.
    await expect.poll(() => streams).toBe(1)
    await first.close()
    await expect.poll(() => streams).toBe(2)
    // A change made elsewhere still reaches the tab left.
    const other = await openTab(browser, server)
    await openArticle(other)
    await tag(other.page, 'Lanxia City', 'l')
    await expect(libraryCount(second)).toHaveText('1')
  } finally {
    await context.close()
  }
})

